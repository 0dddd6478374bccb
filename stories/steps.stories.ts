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
import { procedureSteps } from '@relais/sdk';
import '@relais/steps/relais-steps.js';

interface StepsArgs {
  procedure: string;
  current: string;
  variant: 'full' | 'compact' | 'vertical';
  headingLevel: number;
  navigable: boolean;
  focusHeading: boolean;
  easy: boolean;
}

const meta: Meta<StepsArgs> = {
  title: 'Widgets/relais-steps',
  component: 'relais-steps',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['relais-step-change', 'relais-step-select'] },
  },
};
export default meta;

type Story = StoryObj<StepsArgs>;

/** Opens the disclosures a fixture asks for, the way a citizen would (pressing the buttons). */
function opener(fixture: StepsFixture) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    await customElements.whenDefined('relais-steps');
    const element = canvasElement.querySelector<RelaisSteps>('relais-steps');
    if (!element) throw new Error('No <relais-steps> in the story.');
    const press = async (index: number) =>
      waitFor(
        async () => {
          await element.updateComplete;
          const button = element.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="toggle"]')[index];
          if (!button) throw new Error('The tracker has not rendered yet.');
          if (button.getAttribute('aria-expanded') !== 'true') button.click();
          await element.updateComplete;
          if (!element.shadowRoot?.querySelector(index === 0 ? 'ol' : 'input[type="checkbox"]')) throw new Error('Not open yet.');
        },
        { timeout: 5000 },
      );
    if (fixture.open) await press(0);
    if (fixture.docsOpen) await press(1);
  };
}

const shown = new Set<string>();

/** The story of one fixture, opened as it says. */
function fromFixture(name: string): Story {
  const fixture = stepsFixtures.find((f) => f.name === name && !f.hidden);
  if (!fixture) throw new Error(`steps.stories.ts: no visible fixture named "${name}" in steps.fixtures.ts.`);
  shown.add(name);
  return {
    render: () => fixture.render(),
    ...(fixture.open || fixture.docsOpen ? { play: opener(fixture) } : {}),
    ...(fixture.dark ? { globals: { theme: 'dark' } } : {}),
    parameters: {
      controls: { disable: true },
      docs: { description: { story: fixture.description }, story: fixture.open || fixture.docsOpen ? { autoplay: true } : {} },
    },
  };
}

export const First = fromFixture('first');
export const Middle = fromFixture('middle');
export const Last = fromFixture('last');
export const WithError = fromFixture('error');
export const OffLine = fromFixture('offline');
export const Compact = fromFixture('compact');
export const CompactClosed = fromFixture('compact-closed');
export const Vertical = fromFixture('vertical');
export const Navigable = fromFixture('navigable');
export const Dark = fromFixture('dark');
export const English = fromFixture('english');
export const Easy = fromFixture('easy');
export const RightToLeft = fromFixture('rtl');
export const FollowsAForm = fromFixture('form');

const missing = stepsFixtures.filter((f) => !f.hidden && !shown.has(f.name)).map((f) => f.name);
if (missing.length) console.warn(`steps.stories.ts: add a story for the fixture(s) ${missing.join(', ')}.`);

/** Every attribute a page can set, from the controls. */
export const Playground: Story = {
  args: {
    procedure: 'ants/cni/pre-demande',
    current: 'empreintes',
    variant: 'full',
    headingLevel: 2,
    navigable: false,
    focusHeading: false,
    easy: false,
  },
  argTypes: {
    procedure: { control: 'select', options: Object.keys(procedureSteps) },
    current: { control: 'text' },
    variant: { control: 'inline-radio', options: ['full', 'compact', 'vertical'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    navigable: { control: 'boolean' },
    focusHeading: { control: 'boolean' },
    easy: { control: 'boolean' },
  },
  parameters: {
    controls: { include: ['procedure', 'current', 'variant', 'headingLevel', 'navigable', 'focusHeading', 'easy'] },
    docs: {
      description: {
        story:
          'Set the attributes from the controls. `current` is a step id of the procedure (see `procedureSteps` in @relais/sdk). `no-persist` is on, so the playground starts from what the controls say.',
      },
    },
  },
  render: ({ procedure, current, variant, headingLevel, navigable, focusHeading, easy }) =>
    html`<relais-steps
      procedure=${procedure}
      current=${ifDefined(current || undefined)}
      variant=${variant}
      heading-level=${headingLevel}
      ?navigable=${navigable}
      ?focus-heading=${focusHeading}
      ?easy=${easy}
      no-persist
      ><p>Étapes de la démarche</p></relais-steps
    >`,
};
