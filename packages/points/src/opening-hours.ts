/**
 * The subset of OpenStreetMap's `opening_hours` syntax that help-point files
 * use: weekday ranges and lists (`Mo-Fr`, `Tu,Th`, `Fr-Mo`), several time
 * ranges a day (`09:00-12:00,14:00-17:00`), times past midnight, `off` /
 * `closed`, `;` rules (a later rule replaces the days it names), `,`
 * additional rules (`Mo 09:00-12:00, We 14:00-16:00`), `PH off` or public
 * holiday hours (`PH 10:00-12:00`) and `24/7`.
 *
 * A string outside this subset is never guessed at: the parser says why, and
 * the loaders keep it as written for the citizen to read. That includes a
 * rule with no day (`08:00-17:00`, valid OSM for "every day"): in these files
 * it is more often a forgotten day than a place open on Sundays.
 */

/** Openings of one day, minutes since midnight; an end past 1440 runs past midnight. */
export type DayRanges = [number, number][];

/** A week of openings, Monday first (index 0 = Mo … 6 = Su), and public holidays. */
export interface WeekHours {
  week: DayRanges[];
  /** Public holidays: `off` (default when absent: closed) or their own hours. */
  holidays?: DayRanges | 'off';
}

/** What `parseOpeningHours` returns. */
export type ParsedHours = { ok: true; hours: WeekHours; normalized: string } | { ok: false; text: string; reason: string };

/** OSM weekday codes, Monday first. */
export const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

const DAY = '(?:mo|tu|we|th|fr|sa|su)';
const ITEM = `(?:${DAY}(?:\\s*-\\s*${DAY})?|ph)`;
const SELECTOR = new RegExp(`^(${ITEM}(?:\\s*,\\s*${ITEM})*)(?:\\s*:)?(?:\\s+|$)`, 'i');
const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** "HH:MM" → minutes, or undefined ("24:00" → 1440; "24:30" refused). */
function minutes(value: string): number | undefined {
  const m = TIME.exec(value.trim());
  if (!m) return undefined;
  const t = Number(m[1]) * 60 + Number(m[2]);
  return t > 1440 ? undefined : t;
}

const dayIndex = (code: string): number => OSM_DAYS.findIndex((d) => d.toLowerCase() === code.toLowerCase());

/** The days a selector names (0 = Monday) and whether it names public holidays. */
function readSelector(selector: string): { days: number[]; ph: boolean } {
  const days = new Set<number>();
  let ph = false;
  for (const item of selector.split(',')) {
    const part = item.trim();
    if (part.toLowerCase() === 'ph') {
      ph = true;
      continue;
    }
    const [from, to] = part.split('-').map((s) => dayIndex(s.trim()));
    if (to === undefined) days.add(from!);
    else
      for (let d = from!; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === to) break;
      }
  }
  return { days: [...days].sort((a, b) => a - b), ph };
}

/** "09:00-12:00,14:00-17:00" → ranges, or a reason it is not one. */
function readTimes(text: string): DayRanges | string {
  const ranges: DayRanges = [];
  for (const piece of text.split(',')) {
    const bounds = piece.split('-');
    if (bounds.length !== 2) return `"${piece.trim()}" is not a time range "HH:MM-HH:MM"`;
    const start = minutes(bounds[0]!);
    const end = minutes(bounds[1]!);
    if (start === undefined || end === undefined) return `"${piece.trim()}" is not a time range "HH:MM-HH:MM"`;
    if (start >= 1440 || start === end) return `"${piece.trim()}" is an empty time range`;
    ranges.push([start, end < start ? end + 1440 : end]);
  }
  return ranges;
}

/** Parses the supported subset. Never throws: a string outside it gives `{ ok: false, text, reason }`. */
export function parseOpeningHours(text: string): ParsedHours {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const fail = (reason: string): ParsedHours => ({ ok: false, text: source, reason });
  const trimmed = source.trim();
  if (!trimmed) return fail('empty');
  const week: DayRanges[] = Array.from({ length: 7 }, () => []);
  let holidays: DayRanges | 'off' | undefined;
  if (trimmed === '24/7') {
    for (let d = 0; d < 7; d++) week[d] = [[0, 1440]];
    return { ok: true, hours: { week }, normalized: formatOpeningHours({ week }) };
  }
  if (/\|\||"/.test(trimmed)) return fail('fallback rules and comments are not supported');
  for (const ruleText of trimmed.split(';')) {
    if (!ruleText.trim()) continue;
    // "Mo 09:00-12:00, We 14:00-16:00": additional rules, after a time or "off".
    const parts = ruleText.split(/(?<=\d|off|closed)\s*,\s*(?=(?:mo|tu|we|th|fr|sa|su|ph)\b)/i);
    for (let i = 0; i < parts.length; i++) {
      const rule = parts[i]!.trim();
      const m = SELECTOR.exec(rule);
      if (!m) return fail(`"${rule}" does not start with days such as "Mo-Fr"`);
      const { days, ph } = readSelector(m[1]!);
      const rest = rule.slice(m[0].length).trim();
      let ranges: DayRanges = [];
      if (!rest) return fail(`"${rule}" gives days but no hours`);
      if (!/^(?:off|closed)$/i.test(rest)) {
        const read = readTimes(rest);
        if (typeof read === 'string') return fail(read);
        ranges = read;
      }
      const additional = i > 0;
      for (const d of days) week[d] = additional && ranges.length ? [...week[d]!, ...ranges] : [...ranges];
      if (ph) holidays = ranges.length ? ranges : 'off';
    }
  }
  const hours: WeekHours = holidays === undefined ? { week } : { week, holidays };
  return { ok: true, hours, normalized: formatOpeningHours(hours) };
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** Minutes → "HH:MM" (1440 → "24:00"; past midnight wraps). */
export function formatMinutes(m: number): string {
  const t = m > 1440 ? m - 1440 : m;
  return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
}

const rangesText = (ranges: DayRanges): string => ranges.map(([s, e]) => `${formatMinutes(s)}-${formatMinutes(e)}`).join(',');

/** Days 0–6 as a selector: runs of three or more as ranges ("Mo-We,Fr"). */
function selectorText(days: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    if (j - i >= 2) out.push(`${OSM_DAYS[days[i]!]}-${OSM_DAYS[days[j]!]}`);
    else for (let k = i; k <= j; k++) out.push(OSM_DAYS[days[k]!]!);
    i = j + 1;
  }
  return out.join(',');
}

/** Sorted, overlapping or touching ranges merged. */
export function mergeRanges(ranges: DayRanges): DayRanges {
  const sorted = ranges.map((r) => [...r] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: DayRanges = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

/** A week written back in the canonical short form ("Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00"). */
export function formatOpeningHours(hours: WeekHours): string {
  const groups = new Map<string, number[]>();
  hours.week.forEach((ranges, d) => {
    const merged = mergeRanges(ranges);
    if (!merged.length) return;
    const key = rangesText(merged);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  });
  const rules = [...groups].map(([times, days]) => `${selectorText(days)} ${times}`);
  if (hours.holidays && hours.holidays !== 'off' && hours.holidays.length) rules.push(`PH ${rangesText(mergeRanges(hours.holidays))}`);
  return rules.length ? rules.join('; ') : 'Mo-Su off';
}
