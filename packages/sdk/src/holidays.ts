/**
 * French public holidays (jours fériés), computed: no tables beyond the fixed dates.
 */

/** Which public-holiday list a schedule follows: mainland, Alsace-Moselle, an overseas département, or none. */
export type HolidayCalendar = 'fr' | 'fr-alsace-moselle' | 'fr-971' | 'fr-972' | 'fr-973' | 'fr-974' | 'fr-976' | 'none';

/** One public holiday: local date "YYYY-MM-DD" and its French name. */
export interface Holiday {
  date: string;
  name: string;
}

const DAY = 86_400_000;

/** [month, day, name] of the holidays on a fixed date everywhere in France. */
const FIXED: [number, number, string][] = [
  [1, 1, "Jour de l'an"],
  [5, 1, 'Fête du Travail'],
  [5, 8, 'Victoire 1945'],
  [7, 14, 'Fête nationale'],
  [8, 15, 'Assomption'],
  [11, 1, 'Toussaint'],
  [11, 11, 'Armistice 1918'],
  [12, 25, 'Noël'],
];

/** Abolition-of-slavery day [month, day] per overseas département. */
const ABOLITION: Record<string, [number, number]> = {
  '971': [5, 27],
  '972': [5, 22],
  '973': [6, 10],
  '974': [12, 20],
  '976': [4, 27],
};

/** Easter Sunday of a Gregorian year, as a UTC timestamp (anonymous Gregorian algorithm). */
function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const n = h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114;
  return Date.UTC(y, Math.floor(n / 31) - 1, (n % 31) + 1);
}

const cache = new Map<string, Map<string, string>>();

/** Date → name for one year and calendar, built once and cached. */
function table(year: number, calendar: HolidayCalendar): Map<string, string> {
  const key = year + calendar;
  let t = cache.get(key);
  if (t) return t;
  const list: [number, string][] = [];
  if (calendar !== 'none' && Number.isInteger(year) && year > 1582 && year < 10000) {
    for (const [m, d, name] of FIXED) list.push([Date.UTC(year, m - 1, d), name]);
    const e = easter(year);
    list.push([e + DAY, 'Lundi de Pâques'], [e + 39 * DAY, 'Ascension'], [e + 50 * DAY, 'Lundi de Pentecôte']);
    if (calendar === 'fr-alsace-moselle') {
      list.push([e - 2 * DAY, 'Vendredi saint'], [Date.UTC(year, 11, 26), 'Saint-Étienne']);
    }
    const dep = calendar.slice(3);
    if (Object.hasOwn(ABOLITION, dep)) {
      const [m, d] = ABOLITION[dep]!;
      list.push([Date.UTC(year, m - 1, d), "Abolition de l'esclavage"]);
    }
    list.sort((x, y) => x[0] - y[0]);
  }
  t = new Map();
  for (const [ms, name] of list) {
    const date = new Date(ms).toISOString().slice(0, 10);
    const prev = t.get(date);
    // Two holidays can fall on one day (e.g. Ascension on 1 May 2008).
    t.set(date, prev ? `${prev} / ${name}` : name);
  }
  cache.set(key, t);
  return t;
}

/** Public holidays of `year` for `calendar`, sorted by date ('none' → empty). */
export function frenchHolidays(year: number, calendar: HolidayCalendar = 'fr'): Holiday[] {
  return [...table(year, calendar)].map(([date, name]) => ({ date, name }));
}

/** Name of the public holiday on local date "YYYY-MM-DD" for `calendar`, or undefined. */
export function isFrenchHoliday(date: string, calendar: HolidayCalendar = 'fr'): string | undefined {
  if (typeof date !== 'string') return undefined;
  return table(Number(date.slice(0, 4)), calendar).get(date);
}

/** Holiday calendar of a département code ("57", "67", "68" → Alsace-Moselle; "971"…"976" overseas; else mainland). */
export function departementCalendar(code: string): HolidayCalendar {
  const c = String(code).trim();
  if (c === '57' || c === '67' || c === '68') return 'fr-alsace-moselle';
  return Object.hasOwn(ABOLITION, c) ? (`fr-${c}` as HolidayCalendar) : 'fr';
}

const ZONES: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
};

/** IANA time zone of a département code (overseas ones have their own; else "Europe/Paris"). */
export function departementTimeZone(code: string): string {
  const c = String(code).trim();
  return Object.hasOwn(ZONES, c) ? ZONES[c]! : 'Europe/Paris';
}
