/**
 * `<relais-steps>`: one story per fixture (the same named examples as the
 * browser tests and the accessibility sweep), and a playground driven by the
 * controls, which come from the custom elements manifest.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { fixtures } from '../packages/steps/src/steps.fixtures.js';
import { fixtureStories } from './fixture-stories.js';
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

const { story } = fixtureStories(fixtures, 'steps.fixtures.ts');

export const First = story<StepsArgs>('first');
export const Middle = story<StepsArgs>('middle');
export const Last = story<StepsArgs>('last');
export const WithError = story<StepsArgs>('error');
export const OffLine = story<StepsArgs>('offline');
export const Compact = story<StepsArgs>('compact');
export const CompactClosed = story<StepsArgs>('compact-closed');
export const Vertical = story<StepsArgs>('vertical');
export const Navigable = story<StepsArgs>('navigable');
export const Dark = story<StepsArgs>('dark');
export const English = story<StepsArgs>('english');
export const Easy = story<StepsArgs>('easy');
export const RightToLeft = story<StepsArgs>('rtl');
export const FollowsAForm = story<StepsArgs>('form');

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
