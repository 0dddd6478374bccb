/**
 * `<relais-help-points>`: one story per fixture (the same named examples as
 * the browser tests and the accessibility sweep), the finder inside the help
 * panel, and a playground driven by the controls. The places are the
 * project's fictional sample (examples/carte-grise/points/).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { fixtures, mapsFallback } from '../packages/help/src/help-points.fixtures.js';
import type { RelaisHelp } from '@relais/help';
import { waitFor } from 'storybook/test';
import { fixtureStories } from './fixture-stories.js';
import '@relais/help/relais-help-points.js';
import '@relais/help/relais-help.js';

interface PointsArgs {
  pointsSrc: string;
  geocoder: string;
  easy: boolean;
}

const SAMPLE = '/examples/carte-grise/points/points.json';

const meta: Meta<PointsArgs> = {
  title: 'Widgets/relais-help-points',
  component: 'relais-help-points',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['relais-points-search', 'relais-points-result', 'relais-visit-open'] },
  },
};
export default meta;

type Story = StoryObj<PointsArgs>;

const { story } = fixtureStories(fixtures, 'help-points.fixtures.ts');

export const Ready = story<PointsArgs>('ready');
export const Results = story<PointsArgs>('results');
export const Itinerant = story<PointsArgs>('itinerant');
export const Overseas = story<PointsArgs>('overseas');
export const Ambiguous = story<PointsArgs>('ambiguous');
export const Unknown = story<PointsArgs>('unknown');
export const Location = story<PointsArgs>('location');
export const LocationDenied = story<PointsArgs>('location-denied');
export const FarAway = story<PointsArgs>('far-away');
export const NoPoints = story<PointsArgs>('no-points');
export const DataError = story<PointsArgs>('data-error');
export const Dark = story<PointsArgs>('dark');
export const Easy = story<PointsArgs>('easy');
export const English = story<PointsArgs>('english');
export const VisitSheet = story<PointsArgs>('visit');
export const VisitSheetEasy = story<PointsArgs>('visit-easy');
export const VisitSheetEnglish = story<PointsArgs>('visit-english');
export const VisitSheetNoProcedure = story<PointsArgs>('visit-no-procedure');
export const VisitSheetDark = story<PointsArgs>('visit-dark');

/** Inside `<relais-help points-src=…>`: the panel's section "Être aidé près de chez vous". */
export const InTheHelpPanel: Story = {
  render: () =>
    html`<relais-help points-src=${SAMPLE} procedure="ants/carte-grise/changement-titulaire" step="ancien-titulaire"
      ><a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a></relais-help
    >`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('relais-help');
    const help = canvasElement.querySelector<RelaisHelp>('relais-help')!;
    await waitFor(
      async () => {
        await help.show();
        await help.updateComplete;
        if (!help.shadowRoot?.querySelector('relais-help-points')) throw new Error('The panel has not rendered yet.');
      },
      { timeout: 5000 },
    );
  },
  parameters: {
    controls: { disable: true },
    docs: {
      description: { story: 'With `points-src` on `<relais-help>`, the finder sits in the panel, under "Être aidé près de chez vous".' },
      story: { autoplay: true },
    },
  },
};

/** Every attribute a page can set, from the controls. */
export const Playground: Story = {
  args: { pointsSrc: SAMPLE, geocoder: '', easy: false },
  argTypes: {
    pointsSrc: { control: 'text', name: 'points-src' },
    geocoder: { control: 'text' },
    easy: { control: 'boolean' },
  },
  parameters: {
    controls: { include: ['pointsSrc', 'geocoder', 'easy'] },
    docs: {
      description: {
        story:
          "Set `points-src` to a file built by `relais-points build` (empty: links to the national maps). `geocoder` may name a service answering like the national address API (e.g. https://api-adresse.data.gouv.fr/search/); without it, the file's own postcode table is used.",
      },
    },
  },
  render: ({ pointsSrc, geocoder, easy }) =>
    html`<relais-help-points points-src=${ifDefined(pointsSrc || undefined)} geocoder=${ifDefined(geocoder || undefined)} ?easy=${easy}>${mapsFallback}</relais-help-points>`,
};
