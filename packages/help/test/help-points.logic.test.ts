import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '@relais/sdk';
import type { Locale } from '@relais/sdk';
import { readPoint } from '@relais/points';
import type { HelpPoint } from '@relais/points';
import {
  countText,
  MAX_KM,
  POINTS_TIMEOUT,
  directionsUrl,
  distanceText,
  phoneHref,
  pointView,
  searchAt,
  searchText,
  weekText,
} from '../src/help-points.logic.js';
import type { FinderSettings, Outcome, PointView } from '../src/help-points.logic.js';

// What the help-points finder finds and shows, worked out without the DOM
// (Node), on the sample points file the CLI built from
// packages/points/sample/lieux-exemple.csv (fictional places in Lozère,
// Guyane, La Réunion and Seine-Saint-Denis). The clock is fixed: a Tuesday at
// 10:00 in Paris (09:00 UTC, winter time), 06:00 in Cayenne, 13:00 in Réunion.

const TUESDAY_10H = new Date('2026-11-24T09:00:00Z');
/** 17:30 in Paris, 13:30 in Cayenne. */
const TUESDAY_17H30 = new Date('2026-11-24T16:30:00Z');
/** 20:00 in Paris, 16:00 in Cayenne. */
const TUESDAY_20H = new Date('2026-11-24T19:00:00Z');
/** 06:00 in Paris, 09:00 in Réunion. */
const TUESDAY_6H = new Date('2026-11-24T05:00:00Z');
const SATURDAY_10H = new Date('2026-11-28T09:00:00Z');
/** 11 November (Armistice), a Wednesday, 10:00 in Paris. */
const ARMISTICE_10H = new Date('2026-11-11T09:00:00Z');

/** The committed sample: examples/carte-grise/points/. */
const SAMPLE = new URL('../../../examples/carte-grise/points/', import.meta.url);
const readSample = (path: string): unknown => JSON.parse(readFileSync(new URL(path, SAMPLE), 'utf8'));

/** Collapses every kind of white space (no-break ones included) into one space. */
const norm = (text: string | undefined): string => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A place of the sample, read as the finder reads it (with its shard's département). */
function samplePoint(id: string): HelpPoint {
  const entry = readSample('points.json') as { shards: { file: string; dep: string }[] };
  for (const { file, dep } of entry.shards) {
    const raw = (readSample(file) as { points: { id: string }[] }).points.find((p) => p.id === id);
    if (raw) return readPoint(raw, dep)!;
  }
  throw new Error(`no ${id} in the sample`);
}

function view(point: HelpPoint, options: { km?: number; locale?: Locale; now?: Date; deviceTimeZone?: string } = {}): PointView {
  const locale = options.locale ?? 'fr';
  return pointView(
    { point, km: options.km ?? 0.4 },
    { locale, messages: messagesFor(locale), now: options.now ?? TUESDAY_10H, deviceTimeZone: options.deviceTimeZone },
  );
}

type Fetch = NonNullable<FinderSettings['fetch']>;
type Answer = Awaited<ReturnType<Fetch>>;

const answer = (body: unknown, status = 200): Answer => ({ ok: status >= 200 && status < 300, status, json: async () => body });
const SITE = 'https://relais.test';
const GEOCODER = 'https://geo.test/search/';

/**
 * A fake network: `https://relais.test/<scenario>/…` serves the committed
 * sample files from disk (404 for anything else), `https://geo.test/` is the
 * geocoding service (`geocoder`, default: unreachable). `asked` records every
 * URL requested.
 */
function network(options: { entry?: (raw: Record<string, unknown>) => unknown; geocoder?: Fetch } = {}) {
  const asked: string[] = [];
  const fetch: Fetch = async (url, init) => {
    asked.push(url);
    const u = new URL(url);
    if (u.origin === new URL(GEOCODER).origin) {
      if (options.geocoder) return options.geocoder(url, init);
      throw new TypeError('Failed to fetch');
    }
    if (u.origin !== SITE) throw new TypeError('Failed to fetch');
    const path = u.pathname.split('/').slice(2).join('/');
    let raw: unknown;
    try {
      raw = readSample(path);
    } catch {
      return answer({}, 404);
    }
    return answer(path === 'points.json' && options.entry ? options.entry(raw as Record<string, unknown>) : raw);
  };
  return { fetch, asked };
}

/** The sample's entry without its geocoding table (a file built with no communes file). */
const withoutTable = (raw: Record<string, unknown>): unknown => {
  const { geocoding: _dropped, ...rest } = raw;
  return rest;
};

/** Each scenario reads its own copy of the file: the finder keeps one opened file per URL. */
let scenarios = 0;
const src = (name: string): string => `${SITE}/${name}-${++scenarios}/points.json`;

/** The ids and distances of a results outcome (fails the test on any other outcome). */
function results(outcome: Outcome): { place: string; ids: string[]; km: number[] } {
  if (outcome.type !== 'results') throw new Error(`expected results, got ${JSON.stringify(outcome)}`);
  return { place: outcome.place, ids: outcome.results.map((r) => r.point.id), km: outcome.results.map((r) => r.km) };
}

const geoJson = (city: string, postcode: string, lat: number, lng: number) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { label: city, city, postcode, type: 'municipality' } }],
});

describe('countText: the heading of the list', () => {
  it('says "1 lieu trouvé" for one place and "3 lieux trouvés" for several', () => {
    expect(countText(1, '48000', messagesFor('fr'))).toBe('1 lieu trouvé près de 48000');
    expect(countText(3, 'Mende', messagesFor('fr'))).toBe('3 lieux trouvés près de Mende');
    expect(countText(1, 'Mende', messagesFor('en'))).toBe('1 place found near Mende');
    expect(countText(12, 'Mende', messagesFor('en'))).toBe('12 places found near Mende');
  });
});

describe('distanceText', () => {
  const fr = { locale: 'fr' as const, messages: messagesFor('fr') };
  const en = { locale: 'en' as const, messages: messagesFor('en') };

  it('says "À moins de 1 km" under 1 km, with no figure', () => {
    expect(distanceText(0.09, false, fr)).toBe('À moins de 1\u00a0km');
    expect(distanceText(0.99, false, fr)).toBe('À moins de 1\u00a0km');
    expect(distanceText(0.5, false, en)).toBe('Less than 1 km away');
  });

  it('gives one decimal under 10 km and none above, with a French decimal comma', () => {
    expect(distanceText(1.36, false, fr)).toBe('À 1,4\u00a0km');
    expect(distanceText(2.63, false, fr)).toBe('À 2,6\u00a0km');
    expect(distanceText(3, false, fr)).toBe('À 3\u00a0km');
    expect(distanceText(13.59, false, fr)).toBe('À 14\u00a0km');
    expect(distanceText(37.99, false, fr)).toBe('À 38\u00a0km');
  });

  it('uses a decimal point in English', () => {
    expect(distanceText(2.63, false, en)).toBe('2.6\u00a0km away');
    expect(distanceText(17.09, false, en)).toBe('17\u00a0km away');
  });

  it('keeps a long distance (Cayenne to Lozère) on one line, thousands grouped', () => {
    expect(distanceText(6942.25, false, fr)).toMatch(/^À 6[\u202f\u00a0]942\u00a0km$/);
    expect(distanceText(6942.25, false, en)).toBe('6,942\u00a0km away');
  });

  it('says "environ" for a place placed at its commune\'s centre, even when it is close', () => {
    expect(distanceText(20.61, true, fr)).toBe('À environ 21\u00a0km');
    expect(distanceText(0.4, true, fr)).toBe('À environ 0,4\u00a0km');
    expect(distanceText(0.01, true, fr)).toBe('À environ 0,1\u00a0km');
    expect(distanceText(2.63, true, en)).toBe('About 2.6\u00a0km away');
  });
});

describe('phoneHref', () => {
  it('dials the number as written, spaces and dots dropped', () => {
    expect(phoneHref('04 65 71 00 01')).toBe('tel:0465710001');
    expect(phoneHref('04.65.71.00.01')).toBe('tel:0465710001');
    expect(phoneHref('3939')).toBe('tel:3939');
  });

  it('keeps the + of an international number (Nouvelle-Calédonie)', () => {
    expect(phoneHref('+687 12 34 56')).toBe('tel:+687123456');
  });
});

describe('phoneHref: what a number as written dials', () => {
  it('drops the (0) after the country code, and what follows the number', () => {
    expect(phoneHref('+33 (0)4 65 71 00 01')).toBe('tel:+33465710001');
    expect(phoneHref('04 65 71 00 01 poste 12')).toBe('tel:0465710001');
    expect(phoneHref('04 65 71 00 01 (standard)')).toBe('tel:0465710001');
  });

  it('gives no link when there is no number to dial', () => {
    expect(phoneHref('sur rendez-vous')).toBeUndefined();
    expect(phoneHref('')).toBeUndefined();
  });

  it('shows such a phone as written, without a link', () => {
    const place = { ...samplePoint('med-ex-02'), phone: 'voir en mairie' } as HelpPoint;
    const v = view(place);
    expect(v.phone).toBeUndefined();
    expect(v.phoneText).toBe('Téléphone\u00a0: voir en mairie');
  });
});

describe('weekText: a week of hours in words', () => {
  const fr = { locale: 'fr' as const, messages: messagesFor('fr') };
  const en = { locale: 'en' as const, messages: messagesFor('en') };

  it('groups days with the same hours, lists two days, and leaves closed days out', () => {
    expect(weekText('Mo-Fr 08:30-12:00,13:30-17:00', fr)).toBe(
      'du lundi au vendredi, 8\u00a0h\u00a030\u00a0–\u00a012\u00a0h, 13\u00a0h\u00a030\u00a0–\u00a017\u00a0h',
    );
    expect(weekText('Tu,We 14:00-18:00; Sa 10:00-12:00', fr)).toBe(
      'mardi, mercredi, 14\u00a0h\u00a0–\u00a018\u00a0h\u00a0; samedi, 10\u00a0h\u00a0–\u00a012\u00a0h',
    );
    expect(weekText('Mo 09:00-12:00; We 09:00-12:00', en)).toBe('Monday, 9:00–12:00; Wednesday, 9:00–12:00');
  });

  it('says nothing for hours it cannot read, or a week with no opening', () => {
    expect(weekText('le mardi matin', fr)).toBeUndefined();
    expect(weekText('Mo-Su off', fr)).toBeUndefined();
  });
});

describe('directionsUrl', () => {
  it('opens OpenStreetMap directions to the place, and puts nothing else in the link', () => {
    const href = directionsUrl({ lat: 44.5185, lng: 3.499 });
    expect(href).toBe('https://www.openstreetmap.org/directions?to=44.5185%2C3.499#map=16/44.5185/3.499');
    const url = new URL(href);
    expect(url.origin).toBe('https://www.openstreetmap.org');
    // Only the destination: never a starting point (the citizen's position).
    expect([...url.searchParams.keys()]).toEqual(['to']);
    expect(url.searchParams.get('to')).toBe('44.5185,3.499');
    expect(url.hash).toBe('#map=16/44.5185/3.499');
  });

  it('writes southern and western coordinates with their minus sign', () => {
    const url = new URL(directionsUrl({ lat: -20.879, lng: 55.45 }));
    expect(url.searchParams.get('to')).toBe('-20.879,55.45');
    expect(new URL(directionsUrl({ lat: 4.938, lng: -52.33 })).searchParams.get('to')).toBe('4.938,-52.33');
  });
});

describe('pointView: a place as the citizen reads it', () => {
  const prefecture = samplePoint('med-ex-01');

  it('shows the kind in words, the distance, the address lines and the support offered', () => {
    const v = view(prefecture, { km: 0.0968 });
    expect(v.id).toBe('med-ex-01');
    expect(v.name).toBe('Point numérique de la préfecture de la Lozère (exemple)');
    expect(v.kind).toBe('Point numérique en préfecture');
    expect(v.distance).toBe('À moins de 1\u00a0km');
    expect(v.address).toEqual(['2 rue des Exemples', "Hall d'accueil", '48000 Mende']);
    expect(v.support).toBe('Accueil adapté\u00a0: Surdité, Déficience visuelle');
    expect(v.mobile).toBeUndefined();
    expect(v.hours).toBeUndefined();
    expect(view(samplePoint('med-ex-02')).kind).toBe('France Services');
    expect(view(samplePoint('med-ex-03')).kind).toBe('Lieu de médiation numérique');
  });

  it("says it is open until noon on a Tuesday at 10:00, and gives today's hours", () => {
    const v = view(prefecture);
    expect(v.status).toEqual({ text: "Ouvert jusqu'à 12\u00a0h", open: true });
    expect(v.today).toBe("Aujourd'hui\u00a0: 8\u00a0h\u00a030\u00a0–\u00a012\u00a0h, 13\u00a0h\u00a030\u00a0–\u00a016\u00a0h\u00a030");
  });

  it('speaks English when asked', () => {
    const v = view(prefecture, { locale: 'en', km: 2.63 });
    expect(v.kind).toBe('Digital help point at a préfecture');
    expect(v.distance).toBe('2.6\u00a0km away');
    expect(v.status).toEqual({ text: 'Open until 12:00', open: true });
    expect(v.today).toBe('Today: 8:30–12:00, 13:30–16:30');
    expect(v.phone?.text).toBe('Call 04 65 71 00 01');
    expect(v.directions?.text).toBe('Directions (OpenStreetMap)');
  });

  it('says when it opens again after closing time and on a Saturday', () => {
    const evening = view(prefecture, { now: TUESDAY_17H30 });
    expect(evening.status?.open).toBe(false);
    expect(norm(evening.status?.text)).toBe('Fermé — ouvre demain à 8 h 30');
    expect(norm(evening.today)).toBe("Aujourd'hui : 8 h 30 – 12 h, 13 h 30 – 16 h 30");
    const saturday = view(prefecture, { now: SATURDAY_10H });
    expect(saturday.status?.open).toBe(false);
    expect(norm(saturday.status?.text)).toBe('Fermé — ouvre lundi à 8 h 30');
    expect(saturday.today).toBe("Fermé aujourd'hui");
  });

  it("says it is closed on a public holiday, naming it, instead of the usual Wednesday's hours", () => {
    const v = view(prefecture, { now: ARMISTICE_10H });
    expect(v.status?.open).toBe(false);
    expect(norm(v.status?.text)).toBe("Fermé aujourd'hui (Armistice 1918). Ouvre demain à 8 h 30");
    expect(v.today).toBe("Fermé aujourd'hui");
  });

  it('gives a call link built from the number as written, a booking link, accessibility and directions', () => {
    const v = view(prefecture);
    expect(v.phone).toEqual({ href: 'tel:0465710001', text: 'Appeler le 04 65 71 00 01' });
    expect(v.booking).toEqual({ href: 'https://www.rdv-solidarites.fr/', text: 'Prendre rendez-vous en ligne' });
    // The booking link says it all: no separate "takes appointments" line.
    expect(v.appointments).toBeUndefined();
    expect(v.access).toEqual({ href: 'https://acceslibre.beta.gouv.fr/', text: 'Accessibilité du lieu (acceslibre)' });
    expect(v.directions).toEqual({
      href: 'https://www.openstreetmap.org/directions?to=44.5185%2C3.499#map=16/44.5185/3.499',
      text: 'Itinéraire (OpenStreetMap)',
    });
  });

  it('speaks of appointments only when the data says, and shows no accessibility link it does not have', () => {
    const causse = samplePoint('med-ex-02');
    const v = view(causse);
    expect(v.appointments).toBeUndefined();
    expect(v.booking).toBeUndefined();
    expect(v.access).toBeUndefined();
    expect(v.note).toBeUndefined();
    expect(view({ ...causse, appointments: true }).appointments).toBe('Prend des rendez-vous');
    expect(view({ ...causse, appointments: false }).appointments).toBe('Sans rendez-vous');
    expect(view({ ...causse, appointments: false }, { locale: 'en' }).appointments).toBe('No appointment needed');
    expect(view({ ...causse, note: 'Le jeudi sur rendez-vous' }).note).toBe('À savoir\u00a0: Le jeudi sur rendez-vous');
  });

  it('says the hours are not known, and gives no call link, when the data has neither', () => {
    const v = view(samplePoint('med-ex-12'));
    expect(v.hours).toBe('Horaires non connus');
    expect(v.status).toBeUndefined();
    expect(v.today).toBeUndefined();
    expect(v.phone).toBeUndefined();
    expect(v.directions?.href).toBe(directionsUrl({ lat: 44.856, lng: 3.334 }));
  });

  it('shows hours it could not read as written, without guessing whether the place is open', () => {
    const v = view(samplePoint('med-ex-09'));
    expect(v.hours).toBe('Horaires (tels que fournis)\u00a0: Lu-Ve 9h-12h');
    expect(v.status).toBeUndefined();
    expect(v.today).toBeUndefined();
    expect(v.directions).toBeDefined();
  });

  it('says "environ" for a place whose position is its commune\'s centre', () => {
    expect(view(samplePoint('med-ex-13'), { km: 20.61 }).distance).toBe('À environ 21\u00a0km');
  });

  it('warns that a bus moves: its base address, no open-now status and no directions', () => {
    const bus = samplePoint('med-ex-08');
    expect(bus.hours).toBe('Tu-Th 09:00-16:00');
    // A Tuesday at 10:00: within its hours, yet the bus may be anywhere.
    const v = view(bus);
    expect(v.mobile).toBe('Itinérant\u00a0: vérifiez les jours et les lieux de passage.');
    expect(v.address).toEqual(["Adresse de rattachement\u00a0: Parking de l'Exemple, Point de départ du bus, 48400 Florac Trois Rivières"]);
    expect(v.status).toBeUndefined();
    expect(v.today).toBeUndefined();
    expect(v.directions).toBeUndefined();
    expect(v.phone).toEqual({ href: 'tel:0465710008', text: 'Appeler le 04 65 71 00 08' });
    // Its usual days, in words (not the OSM code), so the citizen knows when to look for it.
    expect(v.hours).toBe('Passe en général\u00a0: du mardi au jeudi, 9\u00a0h\u00a0–\u00a016\u00a0h');
    expect(view(bus, { locale: 'en' }).hours).toBe('Usually comes: Tuesday to Thursday, 9:00–16:00');
    expect(view(bus, { locale: 'en' }).mobile).toBe('Travelling service: check the days and the places it stops.');
    // Its days and places, when the data gives them as text, are shown as written.
    const rounds = view({ ...bus, hours: undefined, hoursText: 'Mardi à Ispagnac, jeudi à Florac' });
    expect(rounds.hours).toBe('Horaires (tels que fournis)\u00a0: Mardi à Ispagnac, jeudi à Florac');
    expect(rounds.status).toBeUndefined();
  });

  it("shows a place in Cayenne in Cayenne's time, not Paris's", () => {
    const cayenne = samplePoint('med-ex-14');
    const mende = samplePoint('med-ex-02');
    // 10:00 in Paris is 06:00 in Cayenne: Mende is open, Cayenne not yet.
    expect(view(mende).status?.open).toBe(true);
    const morning = view(cayenne);
    expect(morning.status?.open).toBe(false);
    expect(norm(morning.status?.text)).toBe("Fermé — ouvre aujourd'hui à 7 h 30");
    expect(norm(morning.today)).toBe("Aujourd'hui : 7 h 30 – 12 h 30, 14 h – 16 h 30");
    // 20:00 in Paris is 16:00 in Cayenne: Mende is closed, Cayenne open until 16:30.
    expect(view(mende, { now: TUESDAY_20H }).status?.open).toBe(false);
    const afternoon = view(cayenne, { now: TUESDAY_20H });
    expect(afternoon.status?.open).toBe(true);
    expect(norm(afternoon.status?.text)).toBe("Ouvert jusqu'à 16 h 30");
  });

  it("names the place's time when the visitor's device is in another zone", () => {
    const cayenne = samplePoint('med-ex-14');
    expect(norm(view(cayenne, { now: TUESDAY_20H, deviceTimeZone: 'Europe/Paris' }).status?.text)).toBe("Ouvert jusqu'à 16 h 30 (heure de Cayenne)");
    expect(norm(view(cayenne, { now: TUESDAY_20H, deviceTimeZone: 'America/Cayenne' }).status?.text)).toBe("Ouvert jusqu'à 16 h 30");
    // 06:00 in Paris is 09:00 in Saint-Denis de La Réunion.
    const reunion = view(samplePoint('med-ex-18'), { now: TUESDAY_6H, deviceTimeZone: 'Europe/Paris' });
    expect(reunion.status?.open).toBe(true);
    expect(norm(reunion.status?.text)).toBe("Ouvert jusqu'à 12 h (heure de La Réunion)");
  });
});

describe('searchText and searchAt on the sample points file', () => {
  it('finds the 3 nearest places to a postcode, nearest first', async () => {
    const { fetch } = network();
    const found = results(await searchText('48000', 3, { src: src('postcode'), fetch }));
    expect(found.place).toBe('48000');
    expect(found.ids).toEqual(['med-ex-01', 'med-ex-03', 'med-ex-02']);
    expect(found.km).toEqual([...found.km].sort((a, b) => a - b));
    expect(found.km[0]).toBeLessThan(1);
  });

  it('reads only the files that search needs, and the entry once per page', async () => {
    const { fetch, asked } = network();
    const settings = { src: src('files'), fetch };
    results(await searchText('48000', 3, settings));
    const base = settings.src.replace('points.json', '');
    expect(asked).toEqual([settings.src, `${base}geo/cp-48.json`, `${base}points/48.json`]);
    results(await searchText('Mende', 3, settings));
    expect(asked.filter((url) => url === settings.src)).toHaveLength(1);
    expect(asked.some((url) => /973|974|93\.json/.test(url))).toBe(false);
  });

  it('finds a commune by name, with or without accents, capitals and hyphens', async () => {
    const { fetch } = network();
    const settings = { src: src('names'), fetch };
    for (const text of ["Saint-Chély-d'Apcher", "saint chely d'apcher", 'ST CHELY D APCHER', '  Saint-Chély-d’Apcher  ']) {
      const found = results(await searchText(text, 3, settings));
      expect(found.place, text).toBe("Saint-Chély-d'Apcher");
      expect(found.ids[0], text).toBe('med-ex-06');
    }
    expect(results(await searchText('Florac Trois Rivieres', 2, settings)).ids).toEqual(['med-ex-05', 'med-ex-08']);
    expect(results(await searchText('mende', 1, settings)).ids).toEqual(['med-ex-01']);
  });

  it('asks which commune when two share a name, and searching there finds its places', async () => {
    const { fetch } = network();
    const settings = { src: src('ambiguous'), fetch };
    const outcome = await searchText('saint denis', 3, settings);
    if (outcome.type !== 'ambiguous') throw new Error(`expected a choice, got ${JSON.stringify(outcome)}`);
    expect(outcome.matches.map((m) => m.label)).toEqual(['Saint-Denis (97400)', 'Saint-Denis (93200)']);
    const plaine = outcome.matches[1]!;
    const found = results(await searchAt(plaine.lat, plaine.lng, plaine.label, 1, settings));
    expect(found).toMatchObject({ place: 'Saint-Denis (93200)', ids: ['med-ex-20'] });
    const reunion = outcome.matches[0]!;
    expect(results(await searchAt(reunion.lat, reunion.lng, reunion.label, 1, settings)).ids).toEqual(['med-ex-18']);
  });

  it("searches around the citizen's position", async () => {
    const { fetch } = network();
    const found = results(await searchAt(4.94, -52.33, '', 2, { src: src('position'), fetch }));
    expect(found.place).toBe('');
    expect(found.ids).toEqual(['med-ex-14', 'med-ex-15']);
  });

  it(`shows nothing farther than ${MAX_KM} km, and reads no place file for it`, async () => {
    const { fetch, asked } = network();
    // Brest: the sample's nearest place is Saint-Denis (93), about 500 km away.
    const found = results(await searchAt(48.39, -4.49, '', 3, { src: src('far'), fetch }));
    expect(found.ids).toEqual([]);
    expect(asked.filter((url) => url.includes('/points/'))).toEqual([]);
    // From Saint-Denis (93) itself, its one place, and not the Lozère ones 500 km away.
    expect(results(await searchAt(48.936, 2.357, '', 3, { src: src('far'), fetch })).ids).toEqual(['med-ex-20']);
  });

  it('says it cannot find an unknown commune or postcode, quoting what was typed', async () => {
    const { fetch } = network();
    const settings = { src: src('unknown'), fetch };
    expect(await searchText('  Trifouilly  ', 3, settings)).toEqual({ type: 'field', message: 'points.error.unknown', values: { query: 'Trifouilly' } });
    expect(await searchText('75001', 3, settings)).toEqual({ type: 'field', message: 'points.error.unknown', values: { query: '75001' } });
    const long = 'Une commune dont le nom est vraiment beaucoup trop long pour être vraie';
    expect(await searchText(long, 3, settings)).toEqual({ type: 'field', message: 'points.error.unknown', values: { query: long.slice(0, 60) } });
  });

  it('asks for a postcode or a commune when nothing was typed, and for 5 digits when too few', async () => {
    const { fetch } = network();
    const settings = { src: src('empty'), fetch };
    expect(await searchText('', 3, settings)).toEqual({ type: 'field', message: 'points.error.empty' });
    expect(await searchText('   ', 3, settings)).toEqual({ type: 'field', message: 'points.error.empty' });
    expect(await searchText('480', 3, settings)).toEqual({ type: 'field', message: 'points.error.postcode' });
  });

  it('reports a network failure as worth retrying, and retrying then works', async () => {
    const url = src('offline');
    const offline: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const outcome = await searchText('48000', 3, { src: url, fetch: offline });
    expect(outcome).toMatchObject({ type: 'error', kind: 'network', from: 'points' });
    expect(await searchAt(44.5, 3.5, '', 3, { src: url, fetch: offline })).toMatchObject({ type: 'error', kind: 'network', from: 'points' });
    // Back on line: the same file is read again, not the failure remembered.
    const { fetch } = network();
    expect(results(await searchText('48000', 3, { src: url, fetch })).ids).toEqual(['med-ex-01', 'med-ex-03', 'med-ex-02']);
  });

  it('reports a file that is not a points file, or is missing, as a data error; a server error as a network one', async () => {
    const notPoints: Fetch = async () => answer({ hello: 'world' });
    expect(await searchText('48000', 3, { src: src('not-points'), fetch: notPoints })).toMatchObject({ type: 'error', kind: 'data', from: 'points' });
    const notJson: Fetch = async () => ({ ok: true, status: 200, json: () => Promise.reject(new SyntaxError('Unexpected token <')) });
    expect(await searchText('48000', 3, { src: src('html'), fetch: notJson })).toMatchObject({ type: 'error', kind: 'data', from: 'points' });
    const { fetch } = network();
    expect(await searchText('48000', 3, { src: `${SITE}/missing/nothing.json`, fetch })).toMatchObject({ type: 'error', kind: 'data', from: 'points' });
    const busy: Fetch = async () => answer({}, 503);
    expect(await searchText('48000', 3, { src: src('busy'), fetch: busy })).toMatchObject({ type: 'error', kind: 'network', from: 'points' });
  });

  it('says searching by commune does not work here when the file has no table and no geocoder is set', async () => {
    const { fetch } = network({ entry: withoutTable });
    const settings = { src: src('no-table'), fetch };
    expect(await searchText('Mende', 3, settings)).toEqual({ type: 'field', message: 'points.error.noGeocoding' });
    expect(await searchText('', 3, settings)).toEqual({ type: 'field', message: 'points.error.empty' });
    // The citizen's position still works.
    expect(results(await searchAt(44.518, 3.5, '', 1, settings)).ids).toEqual(['med-ex-01']);
  });

  it('asks a configured geocoding service first', async () => {
    const { fetch, asked } = network({ geocoder: async () => answer(geoJson('Balsièges', '48000', 44.484, 3.455)) });
    // Balsièges is not in the sample's table: only the service knows it.
    expect(await searchText('Balsièges', 1, { src: src('table-only'), fetch })).toMatchObject({ type: 'field', message: 'points.error.unknown' });
    const found = results(await searchText('Balsièges', 1, { src: src('service'), fetch, geocoder: GEOCODER }));
    expect(found.place).toBe('Balsièges');
    const query = new URL(asked.find((url) => url.startsWith(GEOCODER))!);
    expect(query.searchParams.get('q')).toBe('Balsièges');
    expect(query.searchParams.get('type')).toBe('municipality');
  });

  it("falls back to the file's own table when the geocoding service fails", async () => {
    const { fetch } = network();
    const found = results(await searchText('Mende', 3, { src: src('geocoder-down'), fetch, geocoder: GEOCODER }));
    expect(found).toEqual({ place: 'Mende', ids: ['med-ex-01', 'med-ex-03', 'med-ex-02'], km: found.km });
    const broken = network({ geocoder: async () => answer({ error: 'quota' }) });
    expect(results(await searchText('48000', 1, { src: src('geocoder-broken'), fetch: broken.fetch, geocoder: GEOCODER })).ids).toEqual(['med-ex-01']);
  });

  it("gives up on a geocoding service that does not answer in time, and uses the file's table", async () => {
    const hanging: Fetch = (url, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(Object.assign(new Error(`${url} aborted`), { name: 'AbortError' }))));
    const { fetch } = network({ geocoder: hanging });
    const outcome = await searchText('Marvejols', 1, { src: src('geocoder-slow'), fetch, geocoder: GEOCODER, geocoderTimeout: 20 });
    expect(results(outcome)).toMatchObject({ place: 'Marvejols', ids: ['med-ex-04'] });
  });

  it('gives up on a points file that never answers (a network failure, not "searching" for ever); the default limit is 8 s', async () => {
    expect(POINTS_TIMEOUT).toBe(8000);
    const aborted: string[] = [];
    const hanging: Fetch = (url, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => {
          aborted.push(url);
          reject(Object.assign(new Error(`${url} aborted`), { name: 'AbortError' }));
        }),
      );
    const t0 = Date.now();
    const outcome = await searchText('48000', 3, { src: `${SITE}/hang/points.json`, fetch: hanging, pointsTimeout: 30 });
    expect(outcome).toMatchObject({ type: 'error', kind: 'network', from: 'points' });
    expect(aborted).toEqual([`${SITE}/hang/points.json`]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('gives up on a side file that hangs after the entry was read', async () => {
    const { fetch: sample } = network();
    const hangingShards: Fetch = (url, init) =>
      url.endsWith('/points.json')
        ? sample(url, init)
        : new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    const outcome = await searchText('48000', 3, { src: src('side-hang'), fetch: hangingShards, pointsTimeout: 30 });
    expect(outcome).toMatchObject({ type: 'error', kind: 'network' });
  });

  it('reports the geocoder as the problem when it fails and the file has no table', async () => {
    const down = network({ entry: withoutTable });
    expect(await searchText('Mende', 3, { src: src('no-table-down'), fetch: down.fetch, geocoder: GEOCODER })).toMatchObject({
      type: 'error',
      kind: 'network',
      from: 'geocoder',
    });
    const broken = network({ entry: withoutTable, geocoder: async () => answer({ error: 'not GeoJSON' }) });
    expect(await searchText('Mende', 3, { src: src('no-table-broken'), fetch: broken.fetch, geocoder: GEOCODER })).toMatchObject({
      type: 'error',
      kind: 'data',
      from: 'geocoder',
    });
  });
});
