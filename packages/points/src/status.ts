/**
 * Open now, and today's hours, of a help point: its opening hours read with
 * the SDK's engine, in the place's own time zone (Cayenne, Saint-Denis de La
 * Réunion…) with its département's public holidays.
 */
import { departementCalendar, departementTimeZone, frenchHolidays, hoursStatus, intervalsOn, zonedParts } from '@relais/sdk';
import type { DayHours, HolidayCalendar, HoursStatus, Schedule, Weekday } from '@relais/sdk';
import { formatMinutes, parseOpeningHours } from './opening-hours.js';
import type { HelpPoint } from './model.js';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Collectivities the SDK's tables do not name, with their own zones. */
const MORE_ZONES: Record<string, string> = {
  '975': 'America/Miquelon',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
  '984': 'Indian/Kerguelen',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
};

/** IANA time zone of a département or collectivity code (Europe/Paris when unknown). */
export function zoneOf(dep: string | undefined): string {
  const code = (dep ?? '').trim().toUpperCase();
  return MORE_ZONES[code] ?? departementTimeZone(code);
}

/** Public-holiday calendar of a département code. */
export function calendarOf(dep: string | undefined): HolidayCalendar {
  return departementCalendar((dep ?? '').trim().toUpperCase());
}

/**
 * The département of a commune, from its INSEE code (`2A004`, `97302`) or,
 * failing that, its postcode (Corsica: 200–201 → 2A, 202–206 → 2B).
 */
export function depOf(insee: string | undefined, postcode: string | undefined): string | undefined {
  const code = (insee ?? '').trim().toUpperCase();
  if (/^(?:\d\d|2[AB])\d{3}$/.test(code)) return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
  const cp = (postcode ?? '').trim();
  if (!/^\d{5}$/.test(cp)) return undefined;
  if (cp.startsWith('97') || cp.startsWith('98')) return cp.slice(0, 3);
  if (cp.startsWith('20')) return Number(cp.slice(0, 3)) <= 201 ? '2A' : '2B';
  return cp.slice(0, 2);
}

/**
 * The point's schedule for the SDK's engine, or undefined when its hours are
 * not known or could not be read. Public holidays are closed unless the hours
 * give them their own (`PH 10:00-12:00`), for the years around `now`.
 */
export function pointSchedule(point: Pick<HelpPoint, 'hours' | 'dep'>, now: Date = new Date()): Schedule | undefined {
  if (!point.hours) return undefined;
  const parsed = parseOpeningHours(point.hours);
  if (!parsed.ok) return undefined;
  const weekly: Schedule['weekly'] = [];
  parsed.hours.week.forEach((ranges, d) => {
    for (const [s, e] of ranges) weekly.push({ days: [WEEKDAYS[d]!], opens: formatMinutes(s), closes: formatMinutes(e) });
  });
  const schedule: Schedule = { timeZone: zoneOf(point.dep), weekly, holidays: calendarOf(point.dep) };
  const ph = parsed.hours.holidays;
  if (ph && ph !== 'off') {
    const year = Number(zonedParts(now, schedule.timeZone!).date.slice(0, 4));
    const intervals = ph.map(([s, e]) => ({ opens: formatMinutes(s), closes: formatMinutes(e) }));
    schedule.exceptions = [year, year + 1].flatMap((y) => frenchHolidays(y, schedule.holidays).map((h) => ({ date: h.date, intervals, label: h.name })));
  }
  return schedule;
}

/** Open now (and until / from when), or undefined when the hours are not known. */
export function pointStatus(point: Pick<HelpPoint, 'hours' | 'dep'>, now: Date): HoursStatus | undefined {
  const schedule = pointSchedule(point, now);
  return schedule && hoursStatus(schedule, now);
}

/** Today's openings in the place's zone, or undefined when the hours are not known. */
export function pointToday(point: Pick<HelpPoint, 'hours' | 'dep'>, now: Date): DayHours | undefined {
  const schedule = pointSchedule(point, now);
  return schedule && intervalsOn(schedule, zonedParts(now, schedule.timeZone!).date);
}
