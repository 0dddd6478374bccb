/**
 * `<relais-term>`: one story per fixture (the same named examples as the
 * browser tests and the accessibility sweep), and a playground driven by the
 * controls, which come from the custom elements manifest.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { waitFor } from 'storybook/test';
import { termFixtures } from '@relais/explainer';
import type { RelaisTerm, TermFixture } from '@relais/explainer';
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

/** Opens the first term's explanation the way a citizen would, and waits until it shows. */
async function openFirst({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await customElements.whenDefined('relais-term');
  const element = canvasElement.querySelector<RelaisTerm>('relais-term');
  if (!element) throw new Error('No <relais-term> in the story.');
  await waitFor(
    async () => {
      await element.show();
      await element.updateComplete;
      if (!element.shadowRoot?.querySelector('.tip #text')) throw new Error('The explanation has not rendered yet.');
    },
    { timeout: 5000 },
  );
}

const shown = new Set<string>();

/** The story of one fixture, opened if it says so. */
function fromFixture(name: string): Story {
  const fixture: TermFixture | undefined = termFixtures.find((f) => f.name === name && !f.hidden);
  if (!fixture) throw new Error(`term.stories.ts: no visible fixture named "${name}" in term.fixtures.ts.`);
  shown.add(name);
  return {
    render: () => fixture.render(),
    ...(fixture.open ? { play: openFirst } : {}),
    ...(fixture.dark ? { globals: { theme: 'dark' } } : {}),
    parameters: {
      controls: { disable: true },
      docs: {
        description: { story: fixture.description },
        // An open toggletip sits in the top layer: each one in its own frame, so they do not pile up on the docs page.
        story: fixture.open ? { inline: false, height: '360px' } : {},
      },
    },
  };
}

export const InText = fromFixture('in-text');
export const Open = fromFixture('open');
export const Easy = fromFixture('easy');
export const InLabel = fromFixture('in-label');
export const InClippingBox = fromFixture('in-clipping-box');
export const Dark = fromFixture('dark');
export const English = fromFixture('english');

const missing = termFixtures.filter((f) => !f.hidden && !shown.has(f.name)).map((f) => f.name);
if (missing.length) console.warn(`term.stories.ts: add a story for the fixture(s) ${missing.join(', ')}.`);

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
