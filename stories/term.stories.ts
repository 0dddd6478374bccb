/**
 * `<relais-term>`: one story per fixture (the same named examples as the
 * browser tests and the accessibility sweep), and a playground driven by the
 * controls, which come from the custom elements manifest.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { fixtures } from '../packages/explainer/src/term.fixtures.js';
import { fixtureStories } from './fixture-stories.js';
import '@relais/explainer/relais-term.js';

interface TermArgs {
  text: string;
  term: string;
  easy: boolean;
}

const meta: Meta<TermArgs> = {
  title: 'Widgets/relais-term',
  component: 'relais-term',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['relais-term-open', 'relais-term-close'] },
  },
};
export default meta;

type Story = StoryObj<TermArgs>;

const { story } = fixtureStories(fixtures, 'term.fixtures.ts');

export const InText = story<TermArgs>('in-text');
export const Open = story<TermArgs>('open', { frame: '360px' });
export const Easy = story<TermArgs>('easy', { frame: '360px' });
export const InLabel = story<TermArgs>('in-label');
export const InClippingBox = story<TermArgs>('in-clipping-box', { frame: '360px' });
export const Dark = story<TermArgs>('dark', { frame: '360px' });
export const English = story<TermArgs>('english', { frame: '360px' });

/** Every attribute a page can set, from the controls. */
export const Playground: Story = {
  args: { text: 'code de cession', term: '', easy: false },
  argTypes: {
    text: { control: 'text', description: "The word, as the text shows it (the element's content)." },
    term: { control: 'text' },
    easy: { control: 'boolean' },
  },
  parameters: {
    controls: { include: ['text', 'term', 'easy'] },
    docs: {
      description: {
        story: 'Type a word of the default glossary ("NEPH", "cartes grises", "pré-demande"…), or name an entry with `term` (e.g. `justificatif-domicile`).',
      },
    },
  },
  render: ({ text, term, easy }) =>
    html`<p>Un mot du formulaire&nbsp;: <relais-term term=${ifDefined(term || undefined)} ?easy=${easy}>${text}</relais-term>.</p>`,
};
