/**
 * Geocoding what a citizen types — a postcode or a commune name — to a
 * position: an offline table (postcode and commune → centroid, built from a
 * communes file such as INSEE/La Poste's), and an optional service answering
 * like the national address API's `search` (GeoJSON features).
 */
import { csvRecords } from './csv.js';
import { validPosition } from './geo.js';
import { core, editDistance, fileWord, fold, typosAllowed } from './text.js';

/** A place a search can be centred on. */
export interface GeoPlace {
  /** "Mende", or "Saint-Denis (97400)" when the name alone is ambiguous. */
  label: string;
  lat: number;
  lng: number;
  postcode?: string;
}

/** What geocoding a query gives. */
export type GeocodeResult =
  | { status: 'found'; place: GeoPlace }
  | { status: 'ambiguous'; matches: GeoPlace[] }
  | { status: 'unknown' }
  | { status: 'invalid'; reason: 'empty' | 'postcode' }
  | { status: 'unavailable' };

/** What the citizen typed, understood. */
export type Query = { type: 'postcode'; postcode: string } | { type: 'name'; name: string } | { type: 'invalid'; reason: 'empty' | 'postcode' };

/** A postcode ("48000", "48 000", "48000 Mende") or a name; 2–4 or 6+ digits alone are a mistyped postcode. */
export function readQuery(text: string): Query {
  const value = String(text ?? '').trim();
  if (!value) return { type: 'invalid', reason: 'empty' };
  const code = /(?:^|\D)(\d\d)\s?(\d{3})(?!\d)/.exec(value);
  if (code && !/\d{6}/.test(value.replace(/\s/g, ''))) return { type: 'postcode', postcode: code[1]! + code[2]! };
  if (/^[\d\s]+$/.test(value)) return { type: 'invalid', reason: 'postcode' };
  // Numbers standing alone are dropped ("480 Mende"); those inside a name stay ("Lyon 3e Arrondissement").
  const name = value.replace(/(^|\s)\d+(?=\s|$)/g, ' ').trim();
  return name ? { type: 'name', name } : { type: 'invalid', reason: 'empty' };
}

/** The shard key of a postcode: its first two digits, three overseas (`97300` → `973`). */
export function postcodeKey(postcode: string): string {
  return /^9[78]/.test(postcode) ? postcode.slice(0, 3) : postcode.slice(0, 2);
}

/** One commune name in the table; entries are sorted by population, largest first. */
export interface NameEntry {
  name: string;
  postcode: string;
  lat: number;
  lng: number;
}

/** Postcode → centroid of its communes (weighted by population) and its main commune's name. */
export interface PostcodeEntry {
  lat: number;
  lng: number;
  name: string;
}

const MAX_MATCHES = 8;

/**
 * Finds a commune by name among `entries` (sorted by population): exact
 * matches first (case, accents, punctuation, "St" and a leading article do not
 * matter), then small typos, then names that start with what was typed.
 * Several communes of that name: `ambiguous`, the largest first.
 */
export function matchName(query: string, entries: readonly NameEntry[]): GeocodeResult {
  const q = fold(query);
  if (!q) return { status: 'invalid', reason: 'empty' };
  const qc = core(q);
  const exact: NameEntry[] = [];
  let bestTypos = Infinity;
  let close: NameEntry[] = [];
  const starts: NameEntry[] = [];
  const allowed = typosAllowed(qc.length);
  for (const entry of entries) {
    const [f, c] = folded(entry);
    if (f === q || c === qc) {
      exact.push(entry);
      continue;
    }
    if (exact.length) continue;
    const d = editDistance(qc, c, Math.min(allowed, bestTypos));
    if (d <= allowed && d < bestTypos) [bestTypos, close] = [d, [entry]];
    else if (d <= allowed && d === bestTypos) close.push(entry);
    if (c.startsWith(`${qc} `)) starts.push(entry);
  }
  // Among equally close typos, a doubled or undoubled letter ("Montpelier" for
  // "Montpellier") is the commonest slip: it wins over other edits.
  const undouble = (text: string) => text.replace(/(.)\1+/g, '$1');
  const doubled = close.filter((e) => undouble(folded(e)[1]) === undouble(qc));
  if (doubled.length) close = doubled;
  const found = exact.length ? exact : close.length ? close : starts;
  const unique = dedupe(found);
  if (!unique.length) return { status: 'unknown' };
  if (unique.length === 1) return { status: 'found', place: toPlace(unique[0]!, false) };
  return { status: 'ambiguous', matches: unique.slice(0, MAX_MATCHES).map((e) => toPlace(e, true)) };
}

const foldCache = new WeakMap<NameEntry, [string, string]>();
/** The folded name and its core, computed once per entry. */
function folded(entry: NameEntry): [string, string] {
  let pair = foldCache.get(entry);
  if (!pair) {
    const f = fold(entry.name);
    pair = [f, core(f)];
    foldCache.set(entry, pair);
  }
  return pair;
}

/** One entry per commune: a name and postcode seen twice (a commune déléguée) counts once. */
function dedupe(entries: NameEntry[]): NameEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${fold(e.name)}|${e.postcode}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const toPlace = (e: NameEntry, withPostcode: boolean): GeoPlace => ({
  label: withPostcode ? `${e.name} (${e.postcode})` : e.name,
  lat: e.lat,
  lng: e.lng,
  postcode: e.postcode,
});

/** The shard key of a name: the first two letters of the word it is filed under (`Saint-Étienne` → `et`). */
export function nameKey(name: string, keys?: readonly string[]): string {
  const word = fileWord(fold(name));
  if (!keys) return word.slice(0, 2);
  // The longest known key that starts the word (big shards are split by three letters).
  let best = '';
  for (const k of keys) if (word.startsWith(k) && k.length > best.length) best = k;
  return best;
}

/** The offline geocoding table of a communes file. */
export interface GeoTable {
  postcodes: Map<string, PostcodeEntry>;
  /** Every commune (and each city's whole name over its arrondissements), largest first. */
  names: NameEntry[];
}

const COMMUNE_COLUMNS = ['commune', 'code_postal', 'lat', 'lng'];

/**
 * Builds the table from a communes CSV with the columns `insee_com`,
 * `commune`, `code_postal`, `lat`, `lng` and, optionally, `population_2021`
 * (or `population`), `commune_type` and `insee_parente`. Arrondissements
 * (`ARM`) also give their city's name (Paris, Marseille, Lyon).
 */
export function buildGeoTable(text: string): GeoTable {
  const { header, records } = csvRecords(text);
  const missing = COMMUNE_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new Error(`not a communes file: no column ${missing.join(', ')}`);
  const popColumn = header.includes('population_2021') ? 'population_2021' : 'population';
  interface Row {
    insee: string;
    name: string;
    postcode: string;
    lat: number;
    lng: number;
    pop: number;
    parent: string;
  }
  const rows: Row[] = [];
  for (const r of records) {
    const lat = Number(r['lat']);
    const lng = Number(r['lng']);
    const postcode = (r['code_postal'] ?? '').trim().padStart(5, '0');
    if (!validPosition(lat, lng) || !/^\d{5}$/.test(postcode) || !r['commune']) continue;
    rows.push({
      insee: (r['insee_com'] ?? '').trim(),
      name: (r['commune_article'] || r['commune']).trim(),
      postcode,
      lat,
      lng,
      pop: Number(r[popColumn]) || 0,
      parent: r['commune_type'] === 'ARM' ? (r['insee_parente'] ?? '').trim() : '',
    });
  }
  // Postcodes: the population-weighted centroid of the communes they serve.
  const byCode = new Map<string, Row[]>();
  for (const row of rows) byCode.set(row.postcode, [...(byCode.get(row.postcode) ?? []), row]);
  const postcodes = new Map<string, PostcodeEntry>();
  for (const [code, list] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
    postcodes.set(code, centroid(list));
  }
  // Names: one entry per commune (its first postcode), plus whole cities over their arrondissements.
  const communes = new Map<string, Row>();
  for (const row of rows) {
    const key = row.insee ? `${row.insee}|${row.name}` : `${row.name}|${row.postcode}`;
    if (!communes.has(key)) communes.set(key, row);
  }
  const cities = new Map<string, Row[]>();
  for (const row of rows) if (row.parent) cities.set(row.parent, [...(cities.get(row.parent) ?? []), row]);
  const entries: (NameEntry & { pop: number })[] = [...communes.values()].map((r) => ({
    name: r.name,
    postcode: r.postcode,
    lat: r.lat,
    lng: r.lng,
    pop: r.pop,
  }));
  for (const list of cities.values()) {
    const city = list[0]!.name.replace(/\s+\d+(?:er|e|ème)\s+arrondissement$/i, '');
    if (city === list[0]!.name) continue;
    const c = centroid(list);
    const first = [...list].sort((a, b) => a.postcode.localeCompare(b.postcode))[0]!;
    entries.push({ name: city, postcode: first.postcode, lat: c.lat, lng: c.lng, pop: list.reduce((s, r) => s + r.pop, 0) });
  }
  entries.sort((a, b) => b.pop - a.pop || a.name.localeCompare(b.name, 'fr'));
  return { postcodes, names: entries.map(({ name, postcode, lat, lng }) => ({ name, postcode, lat: round4(lat), lng: round4(lng) })) };
}

const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;

function centroid(list: { lat: number; lng: number; pop: number; name: string }[]): PostcodeEntry {
  const total = list.reduce((s, r) => s + Math.max(r.pop, 1), 0);
  const lat = list.reduce((s, r) => s + r.lat * Math.max(r.pop, 1), 0) / total;
  const lng = list.reduce((s, r) => s + r.lng * Math.max(r.pop, 1), 0) / total;
  const main = list.reduce((a, b) => (b.pop > a.pop ? b : a));
  return { lat: round4(lat), lng: round4(lng), name: main.name };
}

/** Geocodes with the whole table in memory (Node, tests, the CLI). */
export function geocodeWithTable(text: string, table: GeoTable): GeocodeResult {
  const query = readQuery(text);
  if (query.type === 'invalid') return { status: 'invalid', reason: query.reason };
  if (query.type === 'postcode') {
    const entry = table.postcodes.get(query.postcode);
    return entry ? { status: 'found', place: { label: query.postcode, lat: entry.lat, lng: entry.lng, postcode: query.postcode } } : { status: 'unknown' };
  }
  return matchName(query.name, table.names);
}

/** A `Locate` for the loaders: the commune of that name under the postcode, else the postcode's centroid. */
export function locator(table: GeoTable): (postcode: string, commune: string) => { lat: number; lng: number } | undefined {
  return (postcode, commune) => {
    const code = postcode.trim().padStart(5, '0');
    const wanted = fold(commune);
    const named = wanted ? table.names.find((n) => n.postcode === code && fold(n.name) === wanted) : undefined;
    return named ?? table.postcodes.get(code);
  };
}

/** The URL to ask a geocoding service (national address API style) about a query. */
export function geocoderUrl(service: string, query: string, base?: string): string {
  const url = new URL(service, base);
  url.searchParams.set('q', query);
  url.searchParams.set('type', 'municipality');
  url.searchParams.set('limit', '5');
  return url.href;
}

interface Feature {
  geometry?: { coordinates?: unknown };
  properties?: { label?: unknown; name?: unknown; city?: unknown; postcode?: unknown; score?: unknown };
}

/**
 * Reads a `search` answer of the national address API (a GeoJSON
 * FeatureCollection). A postcode query takes the best feature; a name query
 * with several communes of that exact name is ambiguous.
 */
export function readGeocoderAnswer(answer: unknown, text: string): GeocodeResult {
  const features = (answer as { features?: unknown })?.features;
  if (!Array.isArray(features)) throw new Error('not a GeoJSON FeatureCollection');
  const query = readQuery(text);
  if (query.type === 'invalid') return { status: 'invalid', reason: query.reason };
  const places: GeoPlace[] = [];
  for (const f of features as Feature[]) {
    const c = f?.geometry?.coordinates;
    if (!Array.isArray(c)) continue;
    const [lng, lat] = c.map(Number) as [number, number];
    if (!validPosition(lat, lng)) continue;
    const p = f.properties ?? {};
    const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
    const name = text(p.city) || text(p.name) || text(p.label);
    const postcode = typeof p.postcode === 'string' ? p.postcode : undefined;
    const place: GeoPlace = { label: name || text(p.label), lat, lng };
    if (postcode) place.postcode = postcode;
    places.push(place);
  }
  if (!places.length) return { status: 'unknown' };
  if (query.type === 'postcode') {
    const same = places.find((p) => p.postcode === query.postcode);
    return same ? { status: 'found', place: { ...same, label: query.postcode } } : { status: 'unknown' };
  }
  const q = core(fold(query.name));
  const exact = places.filter((p) => core(fold(p.label)) === q);
  if (exact.length > 1) return { status: 'ambiguous', matches: exact.map((p) => ({ ...p, label: p.postcode ? `${p.label} (${p.postcode})` : p.label })) };
  return { status: 'found', place: exact[0] ?? places[0]! };
}
