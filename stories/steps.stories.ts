/**
 * `<relais-steps>`: one story per fixture (the same named examples as the
 * browser tests and the accessibility sweep), and a playground driven by the
 * controls, which come from the custom elements manifest.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { waitFor } from 'storybook/test';
import { stepsFixtures } from '@relais/steps';
import type { RelaisSteps, StepsFixture } from '@relais/steps';
import { procedures } from '@relais/sdk';
import '@relais/steps/relais-steps.js';

interface StepsArgs {
  procedure: string;
  current: string;
  variant: 'full' | 'compact' | 'vertical';
  headingLevel: number;
  navigable: boolean;
  easy: boolean;
}

const meta: Meta<StepsArgs> = {
  title: 'Widgets/relais-steps',
  component: 'relais-steps',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: { actions: { handles: ['relais-step-change', 'relais-step-select'] } },
};
export default meta;

type Story = StoryObj<StepsArgs>;

/** Presses a disclosure button ("Voir toutes les étapes" or "À préparer") as a citizen would. */
async function press(canvasElement: HTMLElement, index: number): Promise<void> {
  await customElements.whenDefined('relais-steps');
  const element = canvasElement.querySelector<RelaisSteps>('relais-steps');
  if (!element) throw new Error('No <relais-steps> in the story.');
  await waitFor(
    () => {
      const button = element.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="toggle"]')[index];
      if (!button) throw new Error('The tracker has not rendered yet.');
      if (button.getAttribute('aria-expanded') !== 'true') button.click();
    },
    { timeout: 5000 },
  );
}

const shown = new Set<string>();

/** The story of one fixture, opened as it says. */
function fromFixture(name: string): Story {
  const fixture: StepsFixture | undefined = stepsFixtures.find((f) => f.name === name && !f.hidden);
  if (!fixture) throw new Error(`steps.stories.ts: no visible fixture named "${name}" in steps.fixtures.ts.`);
  shown.add(name);
  const play = fixture.open || fixture.docsOpen
    ? async ({ canvasElement }: { canvasElement: HTMLElement }) => {
        if (fixture.open) await press(canvasElement, 0);
        if (fixture.docsOpen) await press(canvasElement, 1);
      }
    : undefined;
  return {
    render: () => fixture.render(),
    ...(play ? { play } : {}),
    ...(fixture.dark ? { globals: { theme: 'dark' } } : {}),
    parameters: {
      controls: { disable: true },
      docs: { description: { story: fixture.description }, story: play ? { autoplay: true } : {} },
    },
  };
}

export const First = fromFixture('first');
export const Middle = fromFixture('middle');
export const Last = fromFixture('last');
export const WithError = fromFixture('error');
export const Offline = fromFixture('offline');
export const Compact = fromFixture('compact');
export const CompactClosed = fromFixture('compact-closed');
export const Vertical = fromFixture('vertical');
export const Navigable = fromFixture('navigable');
export const Dark = fromFixture('dark');
export const English = fromFixture('english');
export const Easy = fromFixture('easy');
export const Rtl = fromFixture('rtl');
export const Form = fromFixture('form');

const missing = stepsFixtures.filter((f) => !f.hidden && !shown.has(f.name)).map((f) => f.name);
if (missing.length) console.warn(`steps.stories.ts: add a story for the fixture(s) ${missing.join(', ')}.`);

/** Every attribute a page can set, from the controls. */
export const Playground: Story = {
  args: {
    procedure: 'ants/carte-grise/changement-titulaire',
    current: 'ancien-titulaire',
    variant: 'full',
    headingLevel: 2,
    navigable: false,
    easy: false,
  },
  argTypes: {
    procedure: { control: 'select', options: procedures.map((p) => p.id) },
    current: { control: 'text' },
    variant: { control: 'inline-radio', options: ['full', 'compact', 'vertical'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    navigable: { control: 'boolean' },
    easy: { control: 'boolean' },
  },
  parameters: {
    controls: { include: ['procedure', 'current', 'variant', 'headingLevel', 'navigable', 'easy'] },
    docs: { description: { story: '`current` is a step id of the procedure (see `procedures` in @relais/sdk).' } },
  },
  render: ({ procedure, current, variant, headingLevel, navigable, easy }) =>
    html`<relais-steps
      no-persist
      procedure=${procedure}
      current=${ifDefined(current || undefined)}
      variant=${variant}
      heading-level=${headingLevel}
      ?navigable=${navigable}
      ?easy=${easy}
      ><p>Étapes de la démarche</p></relais-steps
    >`,
};
