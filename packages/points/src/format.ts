/**
 * The published points file (format `relais-points`, version 1): what
 * `relais-points build … --out DIR` writes and the widget reads. See the
 * README ("The points file") for the full description.
 *
 * - `DIR/points.json`, the entry: a list of shards (one per département, with
 *   its bounding box and count) and, with `--postcodes`, where the geocoding
 *   table's shards are. A small hand-written file may hold its `points` inline.
 * - `DIR/points/<dep>.json`: the places of one département.
 * - `DIR/geo/cp-<key>.json`: postcodes starting with `<key>` → centroid.
 * - `DIR/geo/n-<key>.json`: commune names filed under `<key>` → centroid.
 * Side files are named by URLs relative to the entry file.
 */
import { isWebUrl } from '@relais/sdk';
import { boxAround } from './geo.js';
import type { BBox } from './geo.js';
import { fileWord, fold } from './text.js';
import { depOf } from './status.js';
import { nameKey, postcodeKey } from './geocode.js';
import type { GeoTable, NameEntry } from './geocode.js';
import type { HelpPoint, PointKind } from './model.js';

/** The `format` of the entry file. */
export const POINTS_FORMAT = 'relais-points';
/** The version this code writes; readers accept any 1.x (unknown fields are ignored). */
export const POINTS_VERSION = 1;

/** A place as published: a HelpPoint without what the widget does not show (département is the shard's). */
export type PublishedPoint = Omit<HelpPoint, 'dep' | 'email' | 'typologie' | 'programmes'> & { dep?: string };

/** One département's shard, as listed in the entry. */
export interface ShardRef {
  /** Relative URL of the shard file. */
  file: string;
  dep: string;
  count: number;
  /** [west, south, east, north] of its places, degrees. */
  bbox: BBox;
}

/** Where a geocoding table's shards are: `file` holds `{key}`; `keys` lists the shards that exist. */
export interface GeoShards {
  file: string;
  keys: string[];
}

/** A source the file was built from. */
export interface SourceSummary {
  name: string;
  format: string;
  rows: number;
  kept: number;
}

/** The entry file, `points.json`. */
export interface PointsEntry {
  format: typeof POINTS_FORMAT;
  version: number;
  /** Build date, YYYY-MM-DD. */
  built?: string;
  count: number;
  sources?: SourceSummary[];
  /** Places inline (small files); each may carry its `dep`. */
  points?: PublishedPoint[];
  shards?: ShardRef[];
  geocoding?: { postcodes?: GeoShards; names?: GeoShards };
}

/** A département's shard file. */
export interface ShardFile {
  format: 'relais-points-shard';
  version: number;
  dep: string;
  points: PublishedPoint[];
}

/** A postcode shard: postcode → [lat, lng, main commune]. */
export interface PostcodeShardFile {
  format: 'relais-geo-postcodes';
  version: number;
  postcodes: Record<string, [number, number, string]>;
}

/** A name shard: [name, postcode, lat, lng], largest communes first. */
export interface NameShardFile {
  format: 'relais-geo-names';
  version: number;
  names: [string, string, number, number][];
}

/** A name shard with more entries than this is split by one more letter of the word. */
const SPLIT_NAMES = 250;

/** What a place keeps in the published file, in a stable key order. */
function publish(point: HelpPoint, withDep: boolean): PublishedPoint {
  const out: PublishedPoint = { id: point.id, name: point.name, kind: point.kind, lat: point.lat, lng: point.lng };
  const keys = [
    'approximate',
    'street',
    'extra',
    'postcode',
    'city',
    'phone',
    'hours',
    'hoursText',
    'appointments',
    'booking',
    'mobile',
    'note',
    'services',
    'access',
    'support',
  ] as const;
  for (const key of keys) {
    const value = point[key];
    if (value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) (out as Record<string, unknown>)[key] = value;
  }
  if (withDep && point.dep) out.dep = point.dep;
  return out;
}

/** Options of {@link buildPointsFiles}. */
export interface BuildOptions {
  /** The geocoding table to publish (from a communes file). */
  geo?: GeoTable;
  sources?: SourceSummary[];
  /** Build date (default: today). */
  built?: string;
  /** Put every place in the entry file, no shards (for small hand-made files). */
  inline?: boolean;
}

/**
 * The files of a published points folder: relative path → JSON value.
 * Places are sharded by département, sorted by id for stable output.
 */
export function buildPointsFiles(points: readonly HelpPoint[], options: BuildOptions = {}): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const entry: PointsEntry = {
    format: POINTS_FORMAT,
    version: POINTS_VERSION,
    built: options.built ?? new Date().toISOString().slice(0, 10),
    count: points.length,
  };
  if (options.sources) entry.sources = options.sources;
  if (options.inline) entry.points = points.map((p) => publish(p, true));
  else {
    const byDep = new Map<string, HelpPoint[]>();
    for (const p of points) {
      const dep = (p.dep ?? 'xx').toUpperCase();
      byDep.set(dep, [...(byDep.get(dep) ?? []), p]);
    }
    entry.shards = [];
    for (const [dep, list] of [...byDep].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = [...list].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
      const file = `points/${dep.toLowerCase()}.json`;
      const shard: ShardFile = { format: 'relais-points-shard', version: POINTS_VERSION, dep, points: sorted.map((p) => publish(p, false)) };
      files.set(file, shard);
      entry.shards.push({ file, dep, count: list.length, bbox: boxAround(list)! });
    }
  }
  if (options.geo) entry.geocoding = geocodingFiles(options.geo, files);
  files.set('points.json', entry);
  // The entry first.
  return new Map([['points.json', entry], ...[...files].filter(([name]) => name !== 'points.json')]);
}

function geocodingFiles(geo: GeoTable, files: Map<string, unknown>): NonNullable<PointsEntry['geocoding']> {
  const codes = new Map<string, Record<string, [number, number, string]>>();
  for (const [code, e] of geo.postcodes) {
    const key = postcodeKey(code);
    const shard = codes.get(key) ?? {};
    shard[code] = [e.lat, e.lng, e.name];
    codes.set(key, shard);
  }
  for (const [key, postcodes] of codes) {
    const file: PostcodeShardFile = { format: 'relais-geo-postcodes', version: POINTS_VERSION, postcodes };
    files.set(`geo/cp-${key}.json`, file);
  }
  const groups = new Map<string, NameEntry[]>();
  for (const e of geo.names) {
    const key = nameKey(e.name);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const names = new Map<string, NameEntry[]>();
  // A big group is split by one more letter of the word, as often as needed.
  const file = (key: string, list: NameEntry[]): void => {
    if (list.length <= SPLIT_NAMES) return void names.set(key, list);
    const parts = new Map<string, NameEntry[]>();
    for (const e of list) {
      const word = fileWord(fold(e.name));
      const k = word.length > key.length ? word.slice(0, key.length + 1) : key;
      parts.set(k, [...(parts.get(k) ?? []), e]);
    }
    for (const [k, part] of parts) {
      if (k === key) names.set(k, part);
      else file(k, part);
    }
  };
  for (const [key, list] of groups) file(key, list);
  for (const [key, list] of names) {
    const file: NameShardFile = { format: 'relais-geo-names', version: POINTS_VERSION, names: list.map((e) => [e.name, e.postcode, e.lat, e.lng]) };
    files.set(`geo/n-${key}.json`, file);
  }
  const sorted = (m: Map<string, unknown>) => [...m.keys()].sort();
  return {
    postcodes: { file: 'geo/cp-{key}.json', keys: sorted(codes) },
    names: { file: 'geo/n-{key}.json', keys: sorted(names) },
  };
}

/** The points file cannot be used (not the format, a newer major version, broken). */
export class PointsDataError extends Error {
  override name = 'PointsDataError';
}

const KINDS: PointKind[] = ['prefecture', 'france-services', 'mediation'];
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const webLink = (v: unknown): string | undefined => (typeof v === 'string' && isWebUrl(v) && !/\s/.test(v.trim()) ? v.trim() : undefined);
const strings = (v: unknown): string[] | undefined => {
  const out = Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && !!s.trim()) : [];
  return out.length ? out : undefined;
};

/**
 * A published place read back, every field checked: text stays text, links
 * must be http(s). Undefined when it has no name or no usable position.
 */
export function readPoint(raw: unknown, dep?: string): HelpPoint | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const name = str(r['name']);
  const lat = Number(r['lat']);
  const lng = Number(r['lng']);
  if (!name || typeof r['lat'] !== 'number' || typeof r['lng'] !== 'number' || !(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) return undefined;
  const kind = KINDS.includes(r['kind'] as PointKind) ? (r['kind'] as PointKind) : 'mediation';
  const point: HelpPoint = { id: str(r['id']) ?? `${lat},${lng}`, name, kind, lat, lng };
  for (const key of ['street', 'extra', 'postcode', 'city', 'phone', 'hours', 'hoursText', 'note'] as const) {
    const v = str(r[key]);
    if (v) point[key] = v;
  }
  // The département gives the time zone: from the shard, else from the postcode (a hand-written file may leave it out).
  const d = str(r['dep']) ?? dep ?? depOf(undefined, point.postcode);
  if (d) point.dep = d;
  if (r['approximate'] === true) point.approximate = true;
  if (typeof r['appointments'] === 'boolean') point.appointments = r['appointments'];
  if (r['mobile'] === true) point.mobile = true;
  const booking = webLink(r['booking']);
  if (booking) point.booking = booking;
  const access = webLink(r['access']);
  if (access) point.access = access;
  const services = strings(r['services']);
  if (services) point.services = services;
  const support = strings(r['support']);
  if (support) point.support = support;
  return point;
}

const isBox = (v: unknown): v is BBox => Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number' && Number.isFinite(n));

/** Checks an entry file; throws PointsDataError saying what is wrong. */
export function readEntry(raw: unknown): PointsEntry {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new PointsDataError('not a JSON object');
  const e = raw as Record<string, unknown>;
  if (e['format'] !== POINTS_FORMAT) throw new PointsDataError(`"format" is ${JSON.stringify(e['format'])}, expected "${POINTS_FORMAT}"`);
  const version = e['version'];
  if (typeof version !== 'number' || Math.floor(version) !== POINTS_VERSION) {
    throw new PointsDataError(`"version" is ${JSON.stringify(version)}; this code reads version ${POINTS_VERSION}`);
  }
  const entry: PointsEntry = { format: POINTS_FORMAT, version, count: Number(e['count']) || 0 };
  if (Array.isArray(e['points'])) entry.points = e['points'] as PublishedPoint[];
  if (Array.isArray(e['shards'])) {
    entry.shards = (e['shards'] as unknown[]).filter(
      (s): s is ShardRef => !!s && typeof s === 'object' && typeof (s as ShardRef).file === 'string' && isBox((s as ShardRef).bbox),
    );
  }
  if (!entry.points && !entry.shards) throw new PointsDataError('neither "points" nor "shards" is a list');
  const geo = e['geocoding'] as PointsEntry['geocoding'];
  if (geo && typeof geo === 'object') {
    entry.geocoding = {};
    for (const k of ['postcodes', 'names'] as const) {
      const g = geo[k];
      if (g && typeof g.file === 'string' && g.file.includes('{key}') && Array.isArray(g.keys)) {
        entry.geocoding[k] = { file: g.file, keys: g.keys.filter((x): x is string => typeof x === 'string' && /^[a-z0-9]+$/i.test(x)) };
      }
    }
  }
  return entry;
}
