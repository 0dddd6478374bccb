/**
 * Opening-hours engine: weekly rules, exceptions, public holidays, any IANA time zone.
 * Pure functions; callers pass `now` explicitly.
 */
import { isFrenchHoliday } from './holidays.js';
import type { HolidayCalendar } from './holidays.js';

/** Day of the week, lowercase English abbreviation. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * One opening, "HH:MM" 24 h. `closes` may be "24:00"; `closes` < `opens` runs
 * past midnight (the config's validator asks for `overnight: true` then, so
 * that a slip such as "19:00"–"07:45" is caught).
 */
export interface TimeInterval {
  opens: string;
  closes: string;
  /** Runs past midnight: `closes` is on the next day. */
  overnight?: boolean;
}

/** Opening hours repeated on the listed weekdays; use several rules for several intervals a day. */
export interface WeeklyRule {
  days: Weekday[];
  opens: string;
  closes: string;
  /** Runs past midnight: `closes` is on the next day. */
  overnight?: boolean;
}

/** A local date or date range that is closed or has special hours. */
export interface HoursException {
  /** "YYYY-MM-DD", local date in the schedule's zone. */
  date: string;
  /** Last day of a range, inclusive. */
  until?: string;
  /** Closed that day or range. */
  closed?: boolean;
  /** Special hours instead of the weekly ones (ignored if closed; none means closed). */
  intervals?: TimeInterval[];
  /** E.g. "Réveillon". */
  label?: string;
}

/** Opening hours of a service, as integrators write them in JSON. */
export interface Schedule {
  /** IANA zone; default "Europe/Paris". */
  timeZone?: string;
  weekly: WeeklyRule[];
  exceptions?: HoursException[];
  /** Default 'fr': closed on public holidays unless an exception gives hours that day. */
  holidays?: HolidayCalendar;
}

/** Local calendar date, weekday and minutes since local midnight of an instant in a zone. */
export interface ZonedParts {
  date: string;
  weekday: Weekday;
  minutes: number;
}

/** The hours of one local date, and why it is closed if it is. */
export interface DayHours {
  /** Sorted, overlapping or touching ones merged, padding dropped. */
  intervals: TimeInterval[];
  closedReason?: 'holiday' | 'exception';
  holiday?: string;
  label?: string;
}

/** Whether a schedule is open at an instant, and until / from when. */
export interface HoursStatus {
  open: boolean;
  /** When open: end of the current (continuous) opening; undefined if open beyond the 14-day horizon. */
  closesAt?: Date;
  /** When closed: next opening within 14 days; undefined means "closed until further notice". */
  opensAt?: Date;
  timeZone: string;
  closedReason?: 'holiday' | 'exception';
  /** Name of today's holiday when closed for it. */
  holiday?: string;
  /** The label of today's exception ("Inventaire", "Veille de Noël") when closed for it. */
  label?: string;
}

const MIN = 60_000;
const DAY = 86_400_000;
const HORIZON = 14;
const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The weekday of a UTC timestamp (getUTCDay is always 0–6). */
const weekdayOf = (t: number): Weekday => WEEKDAYS[new Date(t).getUTCDay()]!;

/** Minutes since local midnight of the day; the end may exceed 1440 (past midnight). */
type Range = [number, number];

interface DayInfo {
  ranges: Range[];
  closedReason?: 'holiday' | 'exception';
  holiday?: string;
  label?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall clock of instant `t` in `timeZone`, written as a UTC timestamp (minute precision). */
function wall(t: number, timeZone: string): number {
  const p = { year: 0, month: 1, day: 1, hour: 0, minute: 0 };
  for (const { type, value } of formatter(timeZone).formatToParts(t)) if (type in p) p[type as keyof typeof p] = Number(value);
  // Some engines print "24" for midnight even with h23.
  return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute);
}

const offsetMs = (t: number, timeZone: string): number => wall(t, timeZone) - Math.floor(t / MIN) * MIN;

const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** "YYYY-MM-DD" → UTC timestamp of that date's midnight, NaN if malformed. */
function dayMs(date: string): number {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
}

/** Instant at which the wall clock of `timeZone` reads `w` (a wall time written as UTC ms). */
function toInstant(w: number, timeZone: string): number {
  // Correct by the offsets in force a day before and a day after: equal almost always.
  const before = w - offsetMs(w - DAY, timeZone);
  const after = w - offsetMs(w + DAY, timeZone);
  if (before === after) return before;
  const okBefore = wall(before, timeZone) === w;
  const okAfter = wall(after, timeZone) === w;
  if (okBefore && okAfter) return Math.min(before, after); // repeated hour: first occurrence
  if (okBefore) return before;
  if (okAfter) return after;
  // Skipped hour: find the transition, i.e. the first instant whose wall clock is past `w`.
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  while (hi - lo > MIN) {
    const mid = lo + Math.floor((hi - lo) / MIN / 2) * MIN;
    if (wall(mid, timeZone) > w) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Local date, weekday and minutes since midnight of `instant` in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const w = wall(instant.getTime(), timeZone);
  return {
    date: isoDay(w),
    weekday: weekdayOf(w),
    minutes: (((w % DAY) + DAY) % DAY) / MIN,
  };
}

/** UTC offset of `timeZone` at `instant`, in minutes (Paris in summer → 120). */
export function zoneOffset(instant: Date, timeZone: string): number {
  return offsetMs(instant.getTime(), timeZone) / MIN;
}

/**
 * Instant when the wall clock of `timeZone` reads `date` + `minutes` (minutes may exceed 1440).
 * A time skipped by a clock change gives the end of the gap; a repeated one its first occurrence.
 */
export function zonedToInstant(date: string, minutes: number, timeZone: string): Date {
  const w = dayMs(date) + Math.round(minutes) * MIN;
  return new Date(Number.isFinite(w) ? toInstant(w, timeZone) : NaN);
}

/** "HH:MM" (00:00–24:00) → minutes since midnight; undefined if malformed ("25:00", "7:5", "12:60"). */
export function parseTime(value: string): number | undefined {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!m) return undefined;
  const t = Number(m[1]) * 60 + Number(m[2]);
  return t > 1440 ? undefined : t;
}

/** Valid intervals as sorted, merged ranges; unparsable and empty ("00:00"–"00:00") ones dropped. */
function toRanges(list: readonly TimeInterval[] | undefined): Range[] {
  const ranges: Range[] = [];
  // Config may come from a page script: an entry may be anything.
  const items: readonly (Partial<TimeInterval> | undefined)[] = Array.isArray(list) ? list : [];
  for (const iv of items) {
    const s = parseTime(iv?.opens ?? '');
    const c = parseTime(iv?.closes ?? '');
    if (s === undefined || c === undefined || s >= 1440) continue;
    const e = c < s ? c + 1440 : c;
    if (e > s) ranges.push([s, e]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

function dayInfo(schedule: Schedule, date: string): DayInfo {
  // The narrowest exception covering the date wins; on a tie, the later one.
  let ex: HoursException | undefined;
  let span = Infinity;
  for (const e of Array.isArray(schedule.exceptions) ? schedule.exceptions : []) {
    const end = e?.until ?? e?.date;
    if (e && e.date <= date && date <= end) {
      const s = dayMs(end) - dayMs(e.date);
      if (!(s > span)) [ex, span] = [e, s];
    }
  }
  if (ex) {
    const info: DayInfo = { ranges: ex.closed ? [] : toRanges(ex.intervals) };
    if (!info.ranges.length) info.closedReason = 'exception';
    if (ex.label) info.label = ex.label;
    return info;
  }
  const holiday = isFrenchHoliday(date, schedule.holidays ?? 'fr');
  if (holiday) return { ranges: [], closedReason: 'holiday', holiday };
  const weekday = weekdayOf(dayMs(date));
  const weekly = Array.isArray(schedule.weekly) ? schedule.weekly : [];
  return { ranges: toRanges(weekly.filter((r) => Array.isArray(r?.days) && r.days.includes(weekday))) };
}

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Opening intervals of a local date "YYYY-MM-DD": an exception wins, then a holiday, then the weekly rules. */
export function intervalsOn(schedule: Schedule, date: string): DayHours {
  const { ranges, ...rest } = dayInfo(schedule, date);
  const intervals = ranges.map(([s, e]) => ({ opens: hhmm(s), closes: hhmm(e > 1440 ? e - 1440 : e) }));
  return { intervals, ...rest };
}

/** The schedule's zone if the engine knows it, else Europe/Paris. */
function resolveZone(timeZone: string | undefined): string {
  if (timeZone) {
    try {
      formatter(timeZone);
      return timeZone;
    } catch {
      // unknown zone: fall back
    }
  }
  return 'Europe/Paris';
}

/** Open or closed at `now`, with the end of the current opening or the next one (14 days ahead at most). */
export function hoursStatus(schedule: Schedule, now: Date): HoursStatus {
  const timeZone = resolveZone(schedule.timeZone);
  const status: HoursStatus = { open: false, timeZone };
  const t = now.getTime();
  if (!Number.isFinite(t)) return status;
  const today = zonedParts(now, timeZone).date;
  const start = dayMs(today);
  // Walk openings in order from yesterday (past-midnight ones), merging continuous ones,
  // and stop at the first block that contains `now` or lies after it.
  let bs = NaN;
  let be = NaN;
  const settle = (): boolean => {
    if (bs <= t && t < be) {
      status.open = true;
      status.closesAt = new Date(be);
    } else if (bs > t) status.opensAt = new Date(bs);
    return status.open || !!status.opensAt;
  };
  done: {
    for (let i = -1; i <= HORIZON; i++) {
      const day = start + i * DAY;
      for (const [s, e] of dayInfo(schedule, isoDay(day)).ranges) {
        const a = toInstant(day + s * MIN, timeZone);
        const b = toInstant(day + e * MIN, timeZone);
        if (b <= a) continue;
        if (a <= be) {
          be = Math.max(be, b);
          continue;
        }
        if (settle()) break done;
        [bs, be] = [a, b];
      }
    }
    // Last block: if it runs to the end of the horizon, its end is unknown.
    if (settle() && be >= toInstant(start + (HORIZON + 1) * DAY, timeZone)) delete status.closesAt;
  }
  if (!status.open) {
    const info = dayInfo(schedule, today);
    if (info.closedReason) status.closedReason = info.closedReason;
    if (info.holiday) status.holiday = info.holiday;
    if (info.closedReason === 'exception' && info.label) status.label = info.label;
  }
  return status;
}
