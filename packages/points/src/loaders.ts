/**
 * Loaders for the real formats of help points, each returning the places it
 * kept and a report of every row it skipped (and why) and every field it
 * repaired or kept as written:
 * - the national list of France Services (CSV, ANCT);
 * - the national standard for lieux de médiation numérique, as CSV or JSON,
 *   including its early version (`labels_nationaux` separated by `;`).
 * Malformed opening hours are kept as text, never a reason to drop a place.
 */
import { isWebUrl } from '@relais/sdk';
import { csvRecords } from './csv.js';
import { validPosition } from './geo.js';
import { formatOpeningHours, parseOpeningHours } from './opening-hours.js';
import type { DayRanges } from './opening-hours.js';
import { depOf } from './status.js';
import { offers } from './model.js';
import type { HelpPoint, PointKind } from './model.js';
import { squash } from './text.js';

/** Why a row was left out. */
export type SkipReason = 'no-location' | 'no-name' | 'duplicate-id' | 'duplicate' | 'filtered';

/** A row left out. `row` is 1-based, counted after the header. */
export interface Skipped {
  row: number;
  id?: string;
  name?: string;
  reason: SkipReason;
  detail: string;
}

/** A field changed on the way in, or kept as written because it could not be read. */
export interface Repair {
  row: number;
  id: string;
  field: string;
  /** `repaired`: changed (the detail says how); `kept`: could not be read, kept as written. */
  action: 'repaired' | 'kept';
  detail: string;
}

/** What a loader did with one source. */
export interface LoadReport {
  /** File name or label of the source. */
  source: string;
  format: SourceFormat;
  rows: number;
  kept: number;
  skipped: Skipped[];
  repairs: Repair[];
}

/** The formats the loaders read. */
export type SourceFormat = 'france-services' | 'mediation-csv' | 'mediation-json';

/** A loader's result. */
export interface Loaded {
  points: HelpPoint[];
  /** The row each kept point came from (1-based, after the header), in the same order. */
  rows: number[];
  report: LoadReport;
}

/** Places a postcode (and commune name) on the map when a row has no coordinates. */
export type Locate = (postcode: string, commune: string) => { lat: number; lng: number } | undefined;

/** Which rows of the lieux de médiation numérique standard to keep (any of each list; all lists must match). */
export interface MediationFilter {
  /** Services, e.g. `Aide aux démarches administratives`. */
  services?: string[];
  /** Typology codes, e.g. `PREF`, `RFS`. */
  typologie?: string[];
  /** National programmes, e.g. `France Services`, `Conseillers numériques`. */
  programmes?: string[];
}

/** Options shared by the loaders. */
export interface LoadOptions {
  /** Label of the source in the report (default: the format's name). */
  source?: string;
  /** Places rows that have no coordinates (from a postcode table). */
  locate?: Locate;
  filter?: MediationFilter;
}

/** Thrown when a text is not in the expected format at all (nothing could be read). */
export class SourceFormatError extends Error {
  override name = 'SourceFormatError';
}

/** A phone number written the French way ("04 66 00 00 00"); unknown shapes are kept as written. */
export function displayPhone(raw: string): string | undefined {
  const value = squash(raw);
  if (!value) return undefined;
  const digits = value.replace(/[^\d+]/g, '');
  let national: string | undefined;
  if (/^0\d{9}$/.test(digits)) national = digits;
  else if (/^\+33\d{9}$/.test(digits)) national = `0${digits.slice(3)}`;
  // Overseas départements are in the national plan: +590 590… → 0590…
  else if (/^\+(?:590|594|596|262|269)\d{9}$/.test(digits)) national = `0${digits.slice(4)}`;
  if (!national) return value;
  return national.replace(/(\d\d)(?=\d)/g, '$1\u0020');
}

const clean = (value: unknown): string => (typeof value === 'string' ? squash(value) : typeof value === 'number' ? String(value) : '');
const list = (value: unknown, separator: RegExp): string[] =>
  clean(value)
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
/**
 * The address columns both sources share (`adresse`, `complement_adresse`,
 * `code_postal`; the commune's column is named in each), onto the place.
 * Returns the postcode.
 */
function address(point: HelpPoint, r: Record<string, unknown>, cityColumn: string): string {
  const street = clean(r['adresse']);
  const extra = clean(r['complement_adresse']);
  const postcode = clean(r['code_postal']);
  const city = clean(r[cityColumn]);
  if (street) point.street = street;
  if (extra) point.extra = extra;
  if (postcode) point.postcode = postcode;
  if (city) point.city = city;
  return postcode;
}

/** An absolute web address, safe to render as a link (the SDK's rule). */
const isWebLink = (value: string): boolean => isWebUrl(value) && !/\s/.test(value);

/** "44,5" or 44.5 → 44.5; NaN when absent. */
function coordinate(value: unknown): { value: number; comma: boolean } {
  if (typeof value === 'number') return { value, comma: false };
  const text = clean(value);
  if (!text) return { value: NaN, comma: false };
  const comma = /^-?\d+,\d+$/.test(text);
  return { value: Number(comma ? text.replace(',', '.') : text), comma };
}

/** Rounds to 5 decimals (about 1 m): more is noise in these files. */
const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;

/** Shared bookkeeping of one load. */
class Book {
  readonly report: LoadReport;
  readonly points: HelpPoint[] = [];
  readonly rows: number[] = [];
  private readonly ids = new Set<string>();
  constructor(source: string, format: SourceFormat) {
    this.report = { source, format, rows: 0, kept: 0, skipped: [], repairs: [] };
  }
  skip(row: number, reason: SkipReason, detail: string, id?: string, name?: string): void {
    const s: Skipped = { row, reason, detail };
    if (id) s.id = id;
    if (name) s.name = name;
    this.report.skipped.push(s);
  }
  repair(row: number, id: string, field: string, detail: string, action: Repair['action'] = 'repaired'): void {
    this.report.repairs.push({ row, id, field, action, detail });
  }
  /** Keeps the point unless its id was already seen. */
  keep(row: number, point: HelpPoint): void {
    if (this.ids.has(point.id)) return this.skip(row, 'duplicate-id', `id ${point.id} appears earlier in the file`, point.id, point.name);
    this.ids.add(point.id);
    this.points.push(point);
    this.rows.push(row);
    this.report.kept++;
  }
  /** Sets `lat`/`lng` from the row, or from its postcode; false when neither is usable. */
  place(row: number, point: HelpPoint, latValue: unknown, lngValue: unknown, locate: Locate | undefined): boolean {
    const lat = coordinate(latValue);
    const lng = coordinate(lngValue);
    if (validPosition(lat.value, lng.value)) {
      point.lat = round5(lat.value);
      point.lng = round5(lng.value);
      if (lat.comma || lng.comma) this.repair(row, point.id, 'latitude/longitude', 'decimal comma read as a point');
      return true;
    }
    const found = point.postcode ? locate?.(point.postcode, point.city ?? '') : undefined;
    if (found) {
      point.lat = round5(found.lat);
      point.lng = round5(found.lng);
      point.approximate = true;
      this.repair(row, point.id, 'latitude/longitude', `no coordinates: placed at the centroid of ${point.postcode} ${point.city ?? ''}`.trim());
      return true;
    }
    const what = Number.isNaN(lat.value) || Number.isNaN(lng.value) ? 'no coordinates' : `unusable coordinates (${clean(latValue)}, ${clean(lngValue)})`;
    const why = !point.postcode
      ? 'and no postcode'
      : locate
        ? `and postcode ${point.postcode} is not in the postcode table`
        : 'and no postcode table to place it (--postcodes)';
    this.skip(row, 'no-location', `${what} ${why}`, point.id, point.name);
    return false;
  }
  hours(row: number, point: HelpPoint, raw: string): void {
    const text = squash(raw);
    if (!text) return;
    const parsed = parseOpeningHours(text);
    if (parsed.ok) point.hours = parsed.normalized;
    else {
      point.hoursText = text;
      this.repair(row, point.id, 'horaires', `kept as written (${parsed.reason})`, 'kept');
    }
  }
}

const FS_DAYS = ['h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi', 'h_dimanche'] as const;
const FS_REQUIRED = ['lib_fs', 'latitude', 'longitude', 'h_lundi'];

/** "09:00 - 12:00 / 13:30 - 17:00" → ranges, padding `00:00 - 00:00` dropped; undefined if malformed. */
function franceServicesDay(text: string): { ranges: DayRanges; padding: number } | undefined {
  const ranges: DayRanges = [];
  let padding = 0;
  if (!text.trim()) return { ranges, padding };
  for (const piece of text.split('/')) {
    const m = /^\s*(\d\d):(\d\d)\s*-\s*(\d\d):(\d\d)\s*$/.exec(piece);
    if (!m) return undefined;
    const s = Number(m[1]) * 60 + Number(m[2]);
    const e = Number(m[3]) * 60 + Number(m[4]);
    if (s === 0 && e === 0) {
      padding++;
      continue;
    }
    if (Number(m[2]) > 59 || Number(m[4]) > 59 || s >= 1440 || e > 1440 || s === e) return undefined;
    ranges.push([s, e < s ? e + 1440 : e]);
  }
  return { ranges, padding };
}

/** The national list of France Services (CSV, columns of `liste-fs-*.csv`). */
export function loadFranceServices(text: string, options: LoadOptions = {}): Loaded {
  const { header, records } = csvRecords(text);
  const missing = FS_REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new SourceFormatError(`not the France Services list: no column ${missing.join(', ')}`);
  const book = new Book(options.source ?? 'France Services', 'france-services');
  book.report.rows = records.length;
  records.forEach((r, i) => {
    const row = i + 1;
    const id = `fs-${clean(r['id_fs']) || row}`;
    const rawName = r['lib_fs'] ?? '';
    const name = squash(rawName);
    if (!name) return book.skip(row, 'no-name', 'no name (lib_fs)', id);
    if (name !== rawName) book.repair(row, id, 'lib_fs', 'white space tidied');
    const point: HelpPoint = { id, name, kind: 'france-services', lat: NaN, lng: NaN };
    const postcode = address(point, r, 'lib_com');
    const dep = clean(r['insee_dep']).toUpperCase() || depOf(r['insee_com'], postcode);
    if (dep) point.dep = dep;
    if (!book.place(row, point, r['latitude'], r['longitude'], options.locate)) return;
    const phone = displayPhone(r['telephone'] ?? '');
    if (phone) {
      point.phone = phone;
      if (phone !== squash(r['telephone'] ?? '')) book.repair(row, id, 'telephone', `written as ${phone}`);
    }
    const email = clean(r['mail']);
    if (email) point.email = email;
    // Hours: one column a weekday, one to five intervals, padding dropped.
    const week: DayRanges[] = [];
    const bad: string[] = [];
    let padding = 0;
    FS_DAYS.forEach((column, d) => {
      const day = franceServicesDay(r[column] ?? '');
      if (!day) bad.push(column);
      week[d] = day?.ranges ?? [];
      padding += day?.padding ?? 0;
    });
    if (bad.length) {
      point.hoursText = FS_DAYS.filter((c) => clean(r[c]))
        .map((c) => `${c.slice(2)} ${clean(r[c])}`)
        .join(' ; ');
      book.repair(row, id, bad.join(', '), 'hours kept as written (not "HH:MM - HH:MM / …")', 'kept');
    } else if (week.some((ranges) => ranges.length)) {
      point.hours = formatOpeningHours({ week });
      if (padding) book.repair(row, id, 'h_*', `${padding} padding interval(s) "00:00 - 00:00" dropped`);
    }
    const rdv = clean(r['prise_rdv']).toLowerCase();
    if (rdv === 'oui') point.appointments = true;
    else if (rdv === 'non') point.appointments = false;
    const format = clean(r['format_fs']);
    if (/bus|itin/i.test(format)) point.mobile = true;
    const rawNote = r['commentaire'] ?? '';
    const note = squash(rawNote);
    if (note) {
      point.note = note;
      if (/\n/.test(rawNote)) book.repair(row, id, 'commentaire', 'line breaks joined');
    }
    book.keep(row, point);
  });
  return { points: book.points, rows: book.rows, report: book.report };
}

/** Fields of the standard every loader reads, by name. */
type Row = Record<string, unknown>;

function mediationKind(typologie: string[], programmes: string[]): PointKind {
  const types = typologie.map((t) => t.toUpperCase());
  if (types.includes('PREF')) return 'prefecture';
  if (types.includes('RFS') || programmes.some((p) => p.toLowerCase() === 'france services')) return 'france-services';
  return 'mediation';
}

const anyOf = (wanted: string[] | undefined, have: string[]): boolean =>
  !wanted?.length || wanted.some((w) => have.some((h) => h.toLowerCase() === w.toLowerCase()));

function loadMediationRows(rows: Row[], format: SourceFormat, options: LoadOptions): Loaded {
  const book = new Book(options.source ?? 'lieux de médiation numérique', format);
  book.report.rows = rows.length;
  rows.forEach((r, i) => {
    const row = i + 1;
    if (!r || typeof r !== 'object') return book.skip(row, 'no-name', 'not an object');
    const id = `med-${clean(r['id']) || row}`;
    const name = clean(r['nom']);
    if (!name) return book.skip(row, 'no-name', 'no name (nom)', id);
    const typologie = list(r['typologie'], /[|;]/);
    // The current standard: dispositif_programmes_nationaux with "|"; the early one: labels_nationaux with ";".
    const programmes = [...list(r['dispositif_programmes_nationaux'], /\|/), ...list(r['labels_nationaux'], /[;|]/)];
    const services = list(r['services'], /\|/);
    const kind = mediationKind(typologie, programmes);
    const f = options.filter;
    // A service is kept the way `offers` reads it: France Services and préfectures help with procedures even when the row does not list it.
    const offered = !f?.services?.length || f.services.some((w) => offers({ kind, services }, services.find((h) => h.toLowerCase() === w.toLowerCase()) ?? w));
    if (f && !(offered && anyOf(f.typologie, typologie) && anyOf(f.programmes, programmes))) {
      return book.skip(row, 'filtered', 'left out by the filter', id, name);
    }
    const point: HelpPoint = { id, name, kind, lat: NaN, lng: NaN };
    const postcode = address(point, r, 'commune');
    const dep = depOf(clean(r['code_insee']), postcode);
    if (dep) point.dep = dep;
    if (!book.place(row, point, r['latitude'], r['longitude'], options.locate)) return;
    const rawPhone = clean(r['telephone']).split('|')[0] ?? '';
    const phone = displayPhone(rawPhone);
    if (phone) {
      point.phone = phone;
      if (phone !== rawPhone) book.repair(row, id, 'telephone', `written as ${phone}`);
    }
    const email = list(r['courriels'], /\|/)[0];
    if (email) point.email = email;
    book.hours(row, point, clean(r['horaires']));
    const booking = clean(r['prise_rdv']);
    if (booking) {
      if (isWebLink(booking)) {
        point.booking = booking;
        point.appointments = true;
      } else book.repair(row, id, 'prise_rdv', `not a web link, left out: ${booking.slice(0, 60)}`);
    }
    const access = clean(r['fiche_acces_libre']);
    if (access) {
      if (isWebLink(access)) point.access = access;
      else book.repair(row, id, 'fiche_acces_libre', 'not a web link, left out');
    }
    const support = list(r['prise_en_charge_specifique'], /\|/);
    if (support.length) point.support = support;
    const itinerance = list(r['itinerance'], /\|/).map((s) => s.toLowerCase());
    if (itinerance.some((s) => s.startsWith('itin')) && !itinerance.includes('fixe')) point.mobile = true;
    if (services.length) point.services = services;
    if (typologie.length) point.typologie = typologie;
    if (programmes.length) point.programmes = programmes;
    book.keep(row, point);
  });
  return { points: book.points, rows: book.rows, report: book.report };
}

/** The lieux de médiation numérique standard as CSV (`|` between values). */
export function loadMediationCsv(text: string, options: LoadOptions = {}): Loaded {
  const { header, records } = csvRecords(text);
  if (!header.includes('nom') || !header.includes('code_postal')) {
    throw new SourceFormatError('not the lieux de médiation numérique standard: no column nom or code_postal');
  }
  return loadMediationRows(records, 'mediation-csv', options);
}

/** The lieux de médiation numérique standard as JSON: an array of places (current or early version). */
export function loadMediationJson(text: string, options: LoadOptions = {}): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceFormatError(`not JSON (${(error as Error).message})`);
  }
  // An array, or an object holding one array (e.g. `{ "data": [...] }`).
  const rows = Array.isArray(data) ? data : data && typeof data === 'object' ? Object.values(data).find((v): v is unknown[] => Array.isArray(v)) : undefined;
  if (!rows) throw new SourceFormatError('not a list of lieux de médiation numérique (expected a JSON array)');
  if (rows.length && !rows.some((r) => r && typeof r === 'object' && 'nom' in r)) {
    throw new SourceFormatError('not the lieux de médiation numérique standard: no field "nom"');
  }
  return loadMediationRows(rows as Row[], 'mediation-json', options);
}

/** The format of a source, from its content (and name): France Services CSV, standard CSV or JSON. */
export function detectFormat(text: string, name = ''): SourceFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{') || /\.json$/i.test(name)) return /"nom"\s*:/.test(start) ? 'mediation-json' : undefined;
  const firstLine = start.slice(0, start.search(/\r?\n/) >>> 0);
  if (/(^|[",;])\s*"?lib_fs"?\s*([",;]|$)/.test(firstLine)) return 'france-services';
  if (/(^|[",;])\s*"?nom"?\s*([",;]|$)/.test(firstLine)) return 'mediation-csv';
  return undefined;
}

/** Loads any supported source, after detecting its format. Throws SourceFormatError when it is none. */
export function loadSource(text: string, options: LoadOptions = {}): Loaded {
  const format = detectFormat(text, options.source);
  if (format === 'france-services') return loadFranceServices(text, options);
  if (format === 'mediation-csv') return loadMediationCsv(text, options);
  if (format === 'mediation-json') return loadMediationJson(text, options);
  throw new SourceFormatError('not a known format: expected the France Services list (CSV) or the lieux de médiation numérique standard (CSV or JSON)');
}
