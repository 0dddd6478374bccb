/**
 * `<relais-explainer>`: one story per fixture (the same named examples as the
 * browser tests and the accessibility sweep), and a playground driven by the
 * controls, which come from the custom elements manifest.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { waitFor } from 'storybook/test';
import { explainerFixtures } from '@relais/explainer';
import type { ExplainerFixture, RelaisExplainer } from '@relais/explainer';
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

/** Opens the explanation the way a citizen would, and waits until it shows. */
async function openIt({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await customElements.whenDefined('relais-explainer');
  const element = canvasElement.querySelector<RelaisExplainer>('relais-explainer');
  if (!element) throw new Error('No <relais-explainer> in the story.');
  await waitFor(
    async () => {
      element.show();
      await element.updateComplete;
      if (!element.shadowRoot?.querySelector('[part="panel"] .actions')) throw new Error('The explanation has not rendered yet.');
    },
    { timeout: 5000 },
  );
}

const shown = new Set<string>();

/** The story of one fixture, opened if it says so. */
function fromFixture(name: string): Story {
  const fixture: ExplainerFixture | undefined = explainerFixtures.find((f) => f.name === name && !f.hidden);
  if (!fixture) throw new Error(`explainer.stories.ts: no visible fixture named "${name}" in explainer.fixtures.ts.`);
  shown.add(name);
  return {
    render: () => fixture.render(),
    ...(fixture.open ? { play: openIt } : {}),
    ...(fixture.dark ? { globals: { theme: 'dark' } } : {}),
    parameters: {
      controls: { disable: true },
      docs: { description: { story: fixture.description }, story: fixture.open ? { autoplay: true } : {} },
    },
  };
}

export const Closed = fromFixture('closed');
export const Open = fromFixture('open');
export const WithError = fromFixture('with-error');
export const Easy = fromFixture('easy');
export const Dark = fromFixture('dark');
export const English = fromFixture('english');

const missing = explainerFixtures.filter((f) => !f.hidden && !shown.has(f.name)).map((f) => f.name);
if (missing.length) console.warn(`explainer.stories.ts: add a story for the fixture(s) ${missing.join(', ')}.`);

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
