import { describe, expect, it } from 'vitest';
import { csvRecords } from '../src/csv.js';
import { distanceKm } from '../src/geo.js';
import { buildGeoTable, geocodeWithTable, readGeocoderAnswer, readQuery } from '../src/geocode.js';
import type { GeocodeResult } from '../src/geocode.js';
import { fold } from '../src/text.js';
import { COMMUNES, dataText, random } from './data.js';
import { served } from './files.js';

const text = dataText(COMMUNES);
const table = buildGeoTable(text);
const { records } = csvRecords(text);
/** The file's own row for a commune (the reference the answers are checked against). */
const row = (name: string, postcode?: string) => records.find((r) => r['commune'] === name && (!postcode || r['code_postal'] === postcode))!;

function found(result: GeocodeResult) {
  if (result.status !== 'found') throw new Error(`expected found, got ${JSON.stringify(result).slice(0, 300)}`);
  return result.place;
}
const near = (place: { lat: number; lng: number }, r: Record<string, string>, km: number) =>
  expect(distanceKm(place.lat, place.lng, Number(r['lat']), Number(r['lng']))).toBeLessThan(km);

describe('reading what the citizen typed', () => {
  it('finds a postcode, with a space or a name around it', () => {
    expect(readQuery('48000')).toEqual({ type: 'postcode', postcode: '48000' });
    expect(readQuery(' 48 000 ')).toEqual({ type: 'postcode', postcode: '48000' });
    expect(readQuery('48000 Mende')).toEqual({ type: 'postcode', postcode: '48000' });
    expect(readQuery('Mende')).toEqual({ type: 'name', name: 'Mende' });
  });
  it('says when it is empty or a mistyped postcode', () => {
    expect(readQuery('  ')).toEqual({ type: 'invalid', reason: 'empty' });
    expect(readQuery('4800')).toEqual({ type: 'invalid', reason: 'postcode' });
    expect(readQuery('480000')).toEqual({ type: 'invalid', reason: 'postcode' });
  });
});

describe('the offline table built from communes-postal-codes-2024.csv', () => {
  it('knows all 6,187 postcodes', () => {
    expect(table.postcodes.size).toBe(6187);
  });

  it('places a postcode at its communes (48000 → Mende, 97300 → Cayenne)', () => {
    near(found(geocodeWithTable('48000', table)), row('Mende'), 3);
    near(found(geocodeWithTable('97300', table)), row('Cayenne'), 3);
  });

  it('finds a commune with or without accents, capitals, hyphens, "St"', () => {
    for (const q of ['Châteauroux', 'chateauroux', 'CHATEAUROUX']) near(found(geocodeWithTable(q, table)), row('Châteauroux'), 1);
    for (const q of ['Saint-Étienne', 'saint etienne', 'St Etienne', 'st-étienne']) expect(found(geocodeWithTable(q, table)).label).toBe('Saint-Étienne');
    expect(found(geocodeWithTable('puy en velay', table)).label).toBe('Le Puy-en-Velay');
  });

  it('tolerates small typos', () => {
    expect(found(geocodeWithTable('Chateaurou', table)).label).toBe('Châteauroux');
    expect(found(geocodeWithTable('Montpelier', table)).label).toBe('Montpellier');
    // Three communes are one slip away from "Mened" (Mende, Le Mené, Menet): the
    // citizen is asked which, the largest first, rather than sent to a guess.
    const mened = geocodeWithTable('Mened', table);
    expect(mened.status).toBe('ambiguous');
    if (mened.status === 'ambiguous') expect(mened.matches.map((m) => m.label).slice(0, 3)).toEqual(['Mende (48000)', 'Le Mené (22330)', 'Menet (15400)']);
  });

  it('lists the matches of an ambiguous name, largest first, with their postcodes', () => {
    const result = geocodeWithTable('Saint-Denis', table);
    expect(result.status).toBe('ambiguous');
    if (result.status !== 'ambiguous') return;
    expect(result.matches.length).toBeGreaterThan(3);
    expect(result.matches[0]!.label).toBe('Saint-Denis (97400)');
    expect(result.matches.map((m) => m.label)).toContain('Saint-Denis (93200)');
    near(result.matches[0]!, row('Saint-Denis', '97400'), 2);
  });

  it('gives whole cities over their arrondissements', () => {
    near(found(geocodeWithTable('Marseille', table)), row('Marseille 1er Arrondissement'), 10);
    expect(found(geocodeWithTable('paris', table)).label).toBe('Paris');
  });

  it('says "unknown" for a place it does not know, and "invalid" for a bad postcode', () => {
    expect(geocodeWithTable('Xyzzyville', table).status).toBe('unknown');
    expect(geocodeWithTable('00000', table).status).toBe('unknown');
    expect(geocodeWithTable('480', table)).toEqual({ status: 'invalid', reason: 'postcode' });
  });
});

describe('the same table published in shards, as the widget reads it', () => {
  it('answers like the whole table, loading one small shard per query', async () => {
    const { source, requests } = await served([{ id: 'x', name: 'X', kind: 'mediation', lat: 44.5, lng: 3.5, dep: '48' }], { geo: table, built: '2025-01-01' });
    const next = random(7);
    // 150 communes whose name is unique in the table, picked at random, and their postcodes.
    // (A leading article does not count: "Les Préaux" and "Préaux" share a name.)
    const key = (name: string) => fold(name).replace(/^(?:les?|la|l)\b[\s']*/, '');
    const counts = new Map<string, number>();
    for (const n of table.names) counts.set(key(n.name), (counts.get(key(n.name)) ?? 0) + 1);
    const unique = table.names.filter((n) => counts.get(key(n.name)) === 1);
    for (let i = 0; i < 150; i++) {
      const entry = unique[Math.floor(next() * unique.length)]!;
      const before = requests.length;
      const byName = found(await source.geocode(entry.name));
      expect([byName.lat, byName.lng], entry.name).toEqual([entry.lat, entry.lng]);
      expect(requests.length - before).toBeLessThanOrEqual(1);
      const byCode = await source.geocode(entry.postcode);
      const { lat, lng } = table.postcodes.get(entry.postcode)!;
      expect(found(byCode)).toMatchObject({ lat, lng });
    }
    const ambiguous = await source.geocode('saint denis');
    expect(ambiguous.status).toBe('ambiguous');
    expect((await source.geocode('Xyzzyville')).status).toBe('unknown');
  });
});

describe('a postcode search, as few round trips as the data allows', () => {
  it("fetches the postcode's département with the geocoding table, in parallel: nearest() then needs nothing more", async () => {
    const places = [
      { id: 'mende', name: 'Mende', kind: 'mediation' as const, lat: 44.518, lng: 3.5, dep: '48' },
      { id: 'marvejols', name: 'Marvejols', kind: 'france-services' as const, lat: 44.554, lng: 3.29, dep: '48' },
      { id: 'bobigny', name: 'Bobigny', kind: 'prefecture' as const, lat: 48.91, lng: 2.44, dep: '93' },
    ];
    const { source, requests } = await served(places, { geo: table, built: '2025-01-01' });
    const before = requests.length;
    const pending = source.geocode('48000');
    // Both asked before either answers.
    expect(requests.slice(before).sort()).toEqual([expect.stringMatching(/^geo\//), 'points/48.json'].sort());
    const place = found(await pending);
    const asked = requests.length;
    const nearest = await source.nearest(place.lat, place.lng, { k: 2 });
    expect(nearest.map((n) => n.point.id)).toEqual(['mende', 'marvejols']);
    expect(requests.slice(asked), 'requests after the geocoding').toEqual([]);
  });
});

describe('answers of a geocoding service like the national address API', () => {
  const feature = (city: string, postcode: string, lng: number, lat: number) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: { label: city, city, postcode, type: 'municipality', score: 0.9 },
  });

  it('takes the feature of the postcode asked', () => {
    const place = found(readGeocoderAnswer({ type: 'FeatureCollection', features: [feature('Mende', '48000', 3.5, 44.52)] }, '48000'));
    expect(place).toEqual({ label: '48000', lat: 44.52, lng: 3.5, postcode: '48000' });
  });

  it('lists communes of the same name, and takes the best otherwise', () => {
    const two = readGeocoderAnswer({ features: [feature('Saint-Denis', '97400', 55.45, -20.88), feature('Saint-Denis', '93200', 2.35, 48.93)] }, 'saint denis');
    expect(two.status).toBe('ambiguous');
    expect(found(readGeocoderAnswer({ features: [feature('Mende', '48000', 3.5, 44.52)] }, 'Mnde')).label).toBe('Mende');
    expect(readGeocoderAnswer({ features: [] }, 'Xyz').status).toBe('unknown');
    expect(() => readGeocoderAnswer({ nope: 1 }, 'Mende')).toThrow(/FeatureCollection/);
  });
});
