/**
 * Named examples of `<relais-help-points>`: the one source for stories,
 * browser tests, the accessibility sweep and the docs. Each renders the
 * element, then says what the citizen does to reach the state shown (a
 * search, or a location request with the browser's answer). The places come
 * from the project's own fictional sample (examples/carte-grise/points/).
 */
import { html, nothing } from 'lit';
import { elementsIn, until } from '../../core/src/fixture.js';
import type { Fixture, FixtureSet } from '../../core/src/fixture.js';

/** One named example. */
export interface HelpPointsFixture extends Fixture {
  /** What the citizen types and searches for after the element is ready. */
  search?: string;
  /** The citizen presses "Utiliser ma position"; the browser answers this (stood in for in tests and stories). */
  locate?: LocationAnswer;
  /** Where the browser says the citizen is, when granted (Mende unless said otherwise). */
  position?: { lat: number; lng: number };
  /** Then presses "Préparer ma visite" on the place at this index in the results. */
  visit?: number;
}

export const tag = 'relais-help-points';

/** Resolves once every `<relais-help-points>` in `container` shows its phone line (it has left its fallback). */
export async function ready(container: HTMLElement): Promise<void> {
  const all = elementsIn(container, tag);
  await until(() => all.every((el) => el.shadowRoot?.querySelector('[part="phone"]')), '<relais-help-points> to be ready');
}

/** Does what the fixture's citizen does, and waits for the outcome: types and searches, or asks for the location. */
async function play(fixture: HelpPointsFixture, container: HTMLElement): Promise<void> {
  await ready(container);
  const el = elementsIn(container, tag)[0]!;
  const root = el.shadowRoot!;
  if (fixture.search !== undefined) {
    await searchSettled(el, () => {
      root.querySelector<HTMLInputElement>('[part="input"]')!.value = fixture.search!;
      root.querySelector<HTMLButtonElement>('[part="search"]')!.click();
    });
  }
  if (fixture.visit !== undefined) {
    const button = await until(() => root.querySelector<HTMLButtonElement>(`[data-visit="${fixture.visit}"]`), '"Préparer ma visite"');
    button.click();
    await until(() => root.querySelector('[part="visit"]'), 'the visit sheet');
  }
  if (fixture.locate) {
    // A story or a test cannot press "Allow" for anyone: the browser's answer is stood in for.
    const standIn = standInLocation(fixture.locate, fixture.position ?? MENDE, 50);
    try {
      await searchSettled(el, () => root.querySelector<HTMLButtonElement>('[part="locate"]')!.click());
    } finally {
      standIn.restore();
    }
  }
}

/** The fictional sample points file (built by `npm run sample -w @relais/points`). */
export const SAMPLE_POINTS = '/examples/carte-grise/points/points.json';
/** A position in Mende (for the location examples). */
export const MENDE = { lat: 44.5181, lng: 3.5006 };
/** A position in Brest, far from every place of the sample. */
export const BREST = { lat: 48.39, lng: -4.49 };

/** The fallback a page gives the finder: links to the national maps (shown before it is ready, and if it fails). */
export const mapsFallback = html`<ul>
  <li><a href="https://www.france-services.gouv.fr">Carte des France Services</a></li>
  <li><a href="https://cartographie.societenumerique.gouv.fr">Carte des lieux de médiation numérique</a></li>
</ul>`;
const finder = (now: Date, attrs: { src?: string; easy?: boolean; procedure?: string; step?: string } = { src: SAMPLE_POINTS }) =>
  html`<relais-help-points
    points-src=${attrs.src ?? nothing}
    ?easy=${attrs.easy ?? false}
    .now=${now}
    .procedure=${attrs.procedure}
    .step=${attrs.step}
    >${mapsFallback}</relais-help-points
  >`;
/** The carte grise change of owner, at its first step: what the visit sheets are for. */
const carteGrise = { src: SAMPLE_POINTS, procedure: 'ants/carte-grise/changement-titulaire', step: 'vehicule' };

const list: HelpPointsFixture[] = [
  {
    name: 'ready',
    description: 'With a points file: the field "Code postal ou commune", the search button and "Utiliser ma position". Nothing is loaded yet.',
    render: (now) => finder(now),
  },
  {
    name: 'results',
    description:
      'After searching 48000: the three nearest places, open now or not, with phone, appointments, directions and accessibility when the data has them.',
    search: '48000',
    render: (now) => finder(now),
  },
  {
    name: 'itinerant',
    description: 'Near Florac: a France Services bus is shown as itinerant, not as open at its base address.',
    search: 'Florac',
    render: (now) => finder(now),
  },
  {
    name: 'overseas',
    description: 'Near Cayenne (97300): hours are read in Cayenne time, and say so when the visitor is elsewhere.',
    search: '97300',
    render: (now) => finder(now),
  },
  {
    name: 'ambiguous',
    description: 'Several communes are called Saint-Denis: the finder asks which one.',
    search: 'Saint-Denis',
    render: (now) => finder(now),
  },
  {
    name: 'unknown',
    description: 'A commune it does not know: the field says what to do.',
    search: 'Xyzzyville',
    render: (now) => finder(now),
  },
  {
    name: 'location',
    description: 'The citizen used their location (granted): the places nearest to it.',
    locate: 'granted',
    render: (now) => finder(now),
  },
  {
    name: 'location-denied',
    description: 'The citizen refused to share their location: a plain message, the field stays usable.',
    locate: 'denied',
    render: (now) => finder(now),
  },
  {
    name: 'far-away',
    description: 'The citizen is in Brest, where the sample file has no place within 100 km: what to do instead, the national maps and the phone line.',
    locate: 'granted',
    position: BREST,
    render: (now) => finder(now),
  },
  {
    name: 'no-points',
    description: 'No points file configured: links to the national maps of France Services and of lieux de médiation numérique.',
    render: (now) => finder(now, {}),
  },
  {
    name: 'data-error',
    description: 'The points file cannot be read: what to do instead, and the national maps.',
    search: '48000',
    render: (now) => finder(now, { src: '/examples/carte-grise/points/geo/cp-48.json' }),
  },
  {
    name: 'dark',
    description: 'Results on a page that declares `color-scheme: dark`.',
    search: 'Mende',
    dark: true,
    render: (now) => finder(now),
  },
  {
    name: 'easy',
    description: 'Easy-to-read (FALC) texts.',
    search: 'Marvejols',
    render: (now) => finder(now, { src: SAMPLE_POINTS, easy: true }),
  },
  {
    name: 'english',
    description: 'In a part of the page marked lang="en".',
    search: '48000',
    render: (now) => html`<div lang="en">${finder(now)}</div>`,
  },
  {
    name: 'visit',
    description:
      '"Préparer ma visite" on the first place near 48000: the place, its hours today and in the week, phone, appointments; the procedure, the step and the help code; the papers to bring; what the médiateur does. Printable on one A4 page.',
    search: '48000',
    visit: 0,
    render: (now) => finder(now, carteGrise),
  },
  {
    name: 'visit-easy',
    description: 'The visit sheet in easy-to-read French.',
    search: '48000',
    visit: 1,
    render: (now) => finder(now, { ...carteGrise, easy: true }),
  },
  {
    name: 'visit-english',
    description: 'The visit sheet in English.',
    search: '48000',
    visit: 0,
    render: (now) => html`<div lang="en">${finder(now, carteGrise)}</div>`,
  },
  {
    name: 'visit-no-procedure',
    description: 'A "where to get help" page that does not know the procedure: the sheet says to tell the person, and what to bring in general.',
    search: 'Mende',
    visit: 0,
    render: (now) => finder(now),
  },
  {
    name: 'visit-dark',
    description: 'The visit sheet on a dark page.',
    search: '48000',
    visit: 0,
    dark: true,
    render: (now) => finder(now, carteGrise),
  },
  {
    name: 'location-timeout',
    description: 'The location was not found in time.',
    locate: 'timeout',
    hidden: true,
    render: (now) => finder(now),
  },
];

/** The fixtures, in the order stories show them. */
export const fixtures: HelpPointsFixture[] = list.map((fixture) =>
  fixture.search !== undefined || fixture.locate ? { ...fixture, play: (container) => play(fixture, container) } : fixture,
);

export const fixtureSet: FixtureSet<HelpPointsFixture> = { tag, fixtures, ready };

/** What the browser's location service answers: a position, an error, nothing ever, or no service at all. */
export type LocationAnswer = 'granted' | 'denied' | 'timeout' | 'position-unavailable' | 'never' | 'missing';

/** A stand-in for `navigator.geolocation`, and how it was asked. */
export interface LocationStandIn {
  calls: number;
  options: PositionOptions[];
  /** Puts the browser's own service back. */
  restore: () => void;
}

/**
 * For tests and stories (which cannot press "Allow" for anyone): replaces
 * `navigator.geolocation` with a service that gives `answer` after `delay` ms
 * — `position` when granted, the matching error otherwise.
 */
export function standInLocation(answer: LocationAnswer, position = MENDE, delay = 10): LocationStandIn {
  const own = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
  const error = (code: number) => ({ code, message: 'stand-in', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }) as GeolocationPositionError;
  const codes = { denied: 1, 'position-unavailable': 2, timeout: 3 } as const;
  const standIn: LocationStandIn = {
    calls: 0,
    options: [],
    restore: () => {
      if (own) Object.defineProperty(navigator, 'geolocation', own);
      else delete (navigator as unknown as Record<string, unknown>)['geolocation'];
    },
  };
  const service = {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null, options?: PositionOptions) {
      standIn.calls++;
      standIn.options.push(options ?? {});
      if (answer === 'never') return;
      setTimeout(() => {
        if (answer === 'granted')
          success({ coords: { latitude: position.lat, longitude: position.lng, accuracy: 30 }, timestamp: Date.now() } as GeolocationPosition);
        else if (answer !== 'missing') failure?.(error(codes[answer]));
      }, delay);
    },
    watchPosition: () => 0,
    clearWatch: () => {},
  };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: answer === 'missing' ? undefined : service });
  return standIn;
}

/**
 * Runs `act` (a search or a location request) and resolves once its outcome
 * is shown: the finder's outcome has been busy, and is not any more. Read
 * from the page, as a citizen would see it.
 */
export function searchSettled(el: HTMLElement, act: () => unknown, timeout = 8000): Promise<void> {
  const root = el.shadowRoot;
  if (!root) return Promise.reject(new Error('The finder has not rendered yet.'));
  const busy = () => root.querySelector('.outcome')?.getAttribute('aria-busy') === 'true';
  return new Promise<void>((resolve, reject) => {
    let seen = false;
    const check = () => {
      seen ||= busy();
      if (seen && !busy()) {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], childList: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('The search never settled.'));
    }, timeout);
    Promise.resolve(act()).then(check, reject);
  });
}
