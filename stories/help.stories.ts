/**
 * `<relais-help>`: one story per fixture (the same named examples as the
 * browser tests and the accessibility sweep), and a playground driven by the
 * controls, which come from the custom elements manifest.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { waitFor } from 'storybook/test';
import { helpFixtures } from '@relais/help';
import type { HelpFixture, RelaisHelp } from '@relais/help';
import { procedures } from '@relais/sdk';
import '@relais/help/relais-help.js';

interface HelpArgs {
  variant: 'inline' | 'floating';
  procedure: string;
  step: string;
  easy: boolean;
}

const meta: Meta<HelpArgs> = {
  title: 'Widgets/relais-help',
  component: 'relais-help',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['relais-help-open', 'relais-help-close', 'relais-help-channel'] },
  },
};
export default meta;

type Story = StoryObj<HelpArgs>;

/** Opens the panel the way a citizen would, and waits until it shows. */
async function openPanel({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await customElements.whenDefined('relais-help');
  const element = canvasElement.querySelector<RelaisHelp>('relais-help');
  if (!element) throw new Error('No <relais-help> in the story.');
  await waitFor(
    async () => {
      await element.show();
      await element.updateComplete;
      if (!element.shadowRoot?.querySelector('[part="panel"] h2')) throw new Error('The panel has not rendered yet.');
    },
    { timeout: 5000 },
  );
}

const shown = new Set<string>();

/** The story of one fixture: its markup at its clock, opened if it says so. */
function fromFixture(name: string): Story {
  const fixture: HelpFixture | undefined = helpFixtures.find((f) => f.name === name && !f.hidden);
  if (!fixture) throw new Error(`help.stories.ts: no visible fixture named "${name}" in help.fixtures.ts.`);
  shown.add(name);
  const floating = fixture.render(new Date(0)).strings.join('').includes('variant="floating"');
  return {
    render: () => fixture.render(new Date(fixture.now ?? Date.now())),
    ...(fixture.open ? { play: openPanel } : {}),
    ...(fixture.dark ? { globals: { theme: 'dark' } } : {}),
    parameters: {
      controls: { disable: true },
      docs: {
        description: { story: fixture.description },
        // Open panels open on the docs page too; the modal one in its own frame.
        story: fixture.open ? (floating ? { inline: false, height: '640px' } : { autoplay: true }) : {},
      },
    },
  };
}

export const Closed = fromFixture('closed');
export const Open = fromFixture('open');
export const LineClosed = fromFixture('line-closed');
export const FloatingOpen = fromFixture('floating-open');
export const Dark = fromFixture('dark');
export const Easy = fromFixture('easy');
export const English = fromFixture('english');

const missing = helpFixtures.filter((f) => !f.hidden && !shown.has(f.name)).map((f) => f.name);
if (missing.length) console.warn(`help.stories.ts: add a story for the fixture(s) ${missing.join(', ')}.`);

/** Every attribute a page can set, from the controls. */
export const Playground: Story = {
  args: {
    variant: 'inline',
    procedure: 'ants/carte-grise/changement-titulaire',
    step: 'ancien-titulaire',
    easy: false,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'floating'] },
    procedure: { control: 'select', options: ['', ...procedures.map((p) => p.id)] },
    step: { control: 'text' },
    easy: { control: 'boolean' },
  },
  parameters: {
    controls: { include: ['variant', 'procedure', 'step', 'easy'] },
    docs: {
      description: {
        story: 'Set the attributes from the controls. `step` is a step id of the procedure (see `procedures` in @relais/sdk).',
      },
    },
  },
  render: ({ variant, procedure, step, easy }) =>
    html`<relais-help variant=${variant} procedure=${ifDefined(procedure || undefined)} step=${ifDefined(step || undefined)} ?easy=${easy}
      ><a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a></relais-help
    >`,
};
