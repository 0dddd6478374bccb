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
import { waitFor } from 'storybook/test';
import { helpPointsFixtures, mapsFallback, MENDE, searchSettled, standInLocation } from '@relais/help';
import type { HelpPointsFixture, LocationAnswer, RelaisHelp, RelaisHelpPoints } from '@relais/help';
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
    actions: { handles: ['relais-points-search', 'relais-points-result'] },
  },
};
export default meta;

type Story = StoryObj<PointsArgs>;

/** The finder in a story, once it has left its fallback. */
async function ready(canvasElement: HTMLElement): Promise<RelaisHelpPoints> {
  await customElements.whenDefined('relais-help-points');
  const element = canvasElement.querySelector<RelaisHelpPoints>('relais-help-points');
  if (!element) throw new Error('No <relais-help-points> in the story.');
  await waitFor(
    () => {
      if (!element.shadowRoot?.querySelector('[part="phone"]')) throw new Error('The finder has not rendered yet.');
    },
    { timeout: 5000 },
  );
  return element;
}

/** Waits until the search that `act` starts has its outcome. */
async function settle(element: RelaisHelpPoints, act: () => void): Promise<void> {
  await searchSettled(element, act);
}

/** For the location stories only: the browser's answer, given without asking (a story cannot press "Allow" for the visitor). */
async function withLocation(answer: LocationAnswer, position: { lat: number; lng: number }, run: () => Promise<void>): Promise<void> {
  const standIn = standInLocation(answer, position, 200);
  try {
    await run();
  } finally {
    standIn.restore();
  }
}

/** Does what the fixture's citizen does: types and searches, or asks for the location. */
function actor(fixture: HelpPointsFixture) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const element = await ready(canvasElement);
    const root = element.shadowRoot!;
    if (fixture.search !== undefined) {
      await settle(element, () => {
        root.querySelector<HTMLInputElement>('[part="input"]')!.value = fixture.search!;
        root.querySelector<HTMLButtonElement>('[part="search"]')!.click();
      });
    }
    const answer = fixture.locate;
    if (answer)
      await withLocation(answer, fixture.position ?? MENDE, () => settle(element, () => root.querySelector<HTMLButtonElement>('[part="locate"]')!.click()));
  };
}

const shown = new Set<string>();

/** The story of one fixture: its markup at its clock, brought to the state it shows. */
function fromFixture(name: string): Story {
  const fixture = helpPointsFixtures.find((f) => f.name === name && !f.hidden);
  if (!fixture) throw new Error(`help-points.stories.ts: no visible fixture named "${name}" in help-points.fixtures.ts.`);
  shown.add(name);
  const acts = fixture.search !== undefined || fixture.locate !== undefined;
  return {
    render: () => fixture.render(new Date(fixture.now ?? Date.now())),
    ...(acts ? { play: actor(fixture) } : {}),
    ...(fixture.dark ? { globals: { theme: 'dark' } } : {}),
    parameters: {
      controls: { disable: true },
      docs: { description: { story: fixture.description }, story: acts ? { autoplay: true } : {} },
    },
  };
}

export const Ready = fromFixture('ready');
export const Results = fromFixture('results');
export const Itinerant = fromFixture('itinerant');
export const Overseas = fromFixture('overseas');
export const Ambiguous = fromFixture('ambiguous');
export const Unknown = fromFixture('unknown');
export const Location = fromFixture('location');
export const LocationDenied = fromFixture('location-denied');
export const FarAway = fromFixture('far-away');
export const NoPoints = fromFixture('no-points');
export const DataError = fromFixture('data-error');
export const Dark = fromFixture('dark');
export const Easy = fromFixture('easy');
export const English = fromFixture('english');

const missing = helpPointsFixtures.filter((f) => !f.hidden && !shown.has(f.name)).map((f) => f.name);
if (missing.length) console.warn(`help-points.stories.ts: add a story for the fixture(s) ${missing.join(', ')}.`);

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
