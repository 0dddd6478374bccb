/**
 * `<relais-help>`: one story per fixture (the same named examples as the
 * browser tests and the accessibility sweep), and a playground driven by the
 * controls, which come from the custom elements manifest.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { fixtures } from '../packages/help/src/help.fixtures.js';
import { fixtureStories } from './fixture-stories.js';
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

const { story } = fixtureStories(fixtures, 'help.fixtures.ts');

export const Closed = story<HelpArgs>('closed');
export const Open = story<HelpArgs>('open');
export const LineClosed = story<HelpArgs>('line-closed');
export const Holiday = story<HelpArgs>('holiday');
export const RelayPlatform = story<HelpArgs>('relay');
export const RelayPlatformClosed = story<HelpArgs>('relay-closed');
export const FloatingOpen = story<HelpArgs>('floating-open', { frame: '640px' });
export const Dark = story<HelpArgs>('dark');
export const Easy = story<HelpArgs>('easy');
export const English = story<HelpArgs>('english');

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
