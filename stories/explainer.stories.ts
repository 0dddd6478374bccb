/**
 * `<relais-explainer>`: one story per fixture (the same named examples as the
 * browser tests and the accessibility sweep), and a playground driven by the
 * controls, which come from the custom elements manifest.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { fixtures } from '../packages/explainer/src/explainer.fixtures.js';
import { fixtureStories } from './fixture-stories.js';
import { defaultExplainers } from '@relais/sdk/glossary/default-explainers.js';
import '@relais/explainer/relais-explainer.js';

interface ExplainerArgs {
  topic: string;
  easy: boolean;
}

const meta: Meta<ExplainerArgs> = {
  title: 'Widgets/relais-explainer',
  component: 'relais-explainer',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['relais-explainer-open', 'relais-explainer-close'] },
  },
};
export default meta;

type Story = StoryObj<ExplainerArgs>;

const { story } = fixtureStories(fixtures, 'explainer.fixtures.ts');

export const Closed = story<ExplainerArgs>('closed');
export const Open = story<ExplainerArgs>('open');
export const WithError = story<ExplainerArgs>('with-error');
export const Easy = story<ExplainerArgs>('easy');
export const Dark = story<ExplainerArgs>('dark');
export const English = story<ExplainerArgs>('english');

/** Any default topic under a field, from the controls. */
export const Playground: Story = {
  args: { topic: 'numero-formule', easy: false },
  argTypes: {
    topic: { control: 'select', options: defaultExplainers.map((e) => e.id) },
    easy: { control: 'boolean' },
  },
  parameters: {
    controls: { include: ['topic', 'easy'] },
    docs: { description: { story: "Choose a default field explainer; the field's label is the explainer's own." } },
  },
  render: ({ topic, easy }) => {
    const label = defaultExplainers.find((e) => e.id === topic)?.fr.label ?? topic;
    return html`<div style="display: grid; gap: 0.25rem; max-width: 36rem">
      <label for="playground-field">${label}</label>
      <input id="playground-field" type="text" autocomplete="off" />
      <relais-explainer for="playground-field" topic=${topic} ?easy=${easy}></relais-explainer>
    </div>`;
  },
};
