/**
 * Opening status in plain words, French and English.
 */
import { zonedParts, zoneOffset } from './hours.js';
import type { HoursStatus, Schedule } from './hours.js';
import { hoursText } from './messages/hours.js';
import type { Messages } from './messages/fr.js';

/** The `hours.*` ids. */
type HoursId = Extract<keyof Messages, `hours.${string}`>;

/** Message templates; `{name}` placeholders are filled in. */
export interface HoursMessages {
  /** `{time}`, e.g. "Ouvert jusqu'à {time}". */
  openUntil: string;
  /** Open with no closing in sight (open through the 14-day horizon). */
  openAllDay?: string;
  /** `{day}`, `{time}`, e.g. "Fermé — ouvre {day} à {time}". */
  closedOpens: string;
  /** Closed with no opening in the next 14 days. */
  closedNoNext: string;
  today: string;
  tomorrow: string;
  /** `{text}`, `{place}`: added when the device is in another zone. */
  zoneNote: string;
  /** `{holiday}`: closed for today's public holiday, no opening in sight. */
  holidayClosed: string;
  /** `{holiday}`, `{day}`, `{time}`: closed for today's public holiday, next opening known. */
  holidayOpens?: string;
  /** Closed today by an exception that gives no reason. */
  exceptionClosed?: string;
  /** `{day}`, `{time}`: closed today by an exception that gives no reason, next opening known. */
  exceptionOpens?: string;
}

/** Default messages, from the catalogues (where integrators override them as `hours.*`). */
export const hoursMessages: { fr: HoursMessages; en: HoursMessages } = { fr: hoursMessagesFrom(hoursText.fr), en: hoursMessagesFrom(hoursText.en) };

/** The `hours.*` messages of a catalogue (with an integrator's overrides), as `describeHours` takes them. */
export function hoursMessagesFrom(m: Pick<Messages, HoursId>): HoursMessages {
  return {
    openUntil: m['hours.openUntil'],
    openAllDay: m['hours.openAllDay'],
    closedOpens: m['hours.closedOpens'],
    closedNoNext: m['hours.closedNoNext'],
    today: m['hours.today'],
    tomorrow: m['hours.tomorrow'],
    zoneNote: m['hours.zoneNote'],
    holidayClosed: m['hours.holidayClosed'],
    holidayOpens: m['hours.holidayOpens'],
    exceptionClosed: m['hours.exceptionClosed'],
    exceptionOpens: m['hours.exceptionOpens'],
  };
}

const NAMES = {
  fr: {
    days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  },
  en: {
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

/** Options of {@link describeHours}. */
export interface DescribeOptions {
  locale: 'fr' | 'en';
  now: Date;
  /** The visitor's zone; when its offset differs from the schedule's, the place is named. */
  deviceTimeZone?: string;
  messages?: Partial<HoursMessages>;
  /** Overrides the place derived from the zone ("Paris", "Cayenne", "La Réunion"…). */
  placeName?: string;
}

/** 24-hour time: fr "19 h", "7 h 45" (no-break spaces); en "19:00", "7:45". */
export function formatTime(minutes: number, locale: 'fr' | 'en'): string {
  const m = Math.round(minutes);
  const h = Math.floor(m / 60);
  const mm = String(m % 60).padStart(2, '0');
  if (locale === 'en') return `${h}:${mm}`;
  return m % 60 ? `${h}\u00a0h\u00a0${mm}` : `${h}\u00a0h`;
}

const fill = (template: string, vars: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (all, key: string) => vars[key] ?? all);

function placeOf(timeZone: string, locale: 'fr' | 'en'): string {
  if (timeZone === 'Indian/Reunion') return locale === 'fr' ? 'La Réunion' : 'Réunion';
  return timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ');
}

/** Status as one short sentence, e.g. "Ouvert jusqu'à 19 h" or "Closed — opens Monday at 7:45". */
export function describeHours(status: HoursStatus, options: DescribeOptions): string {
  const { locale, now } = options;
  const lang = locale === 'en' ? 'en' : 'fr';
  const m: HoursMessages = { ...hoursMessages[lang], ...options.messages };
  const tz = status.timeZone;
  const today = Date.parse(zonedParts(now, tz).date);

  /** Day word and time of an instant, in the schedule's zone. */
  const when = (instant: Date): { day: string; time: string; diff: number; minutes: number } => {
    const p = zonedParts(instant, tz);
    const d = new Date(Date.parse(p.date));
    const diff = Math.round((d.getTime() - today) / 86_400_000);
    const names = NAMES[lang];
    const weekday = names.days[d.getUTCDay()] ?? '';
    const date = d.getUTCDate();
    const day =
      diff <= 0
        ? m.today
        : diff === 1
          ? m.tomorrow
          : diff < 7
            ? weekday
            : // French says "ouvre le lundi 22 juin", with the article.
              `${lang === 'fr' ? 'le ' : ''}${weekday} ${lang === 'fr' && date === 1 ? '1er' : date} ${names.months[d.getUTCMonth()] ?? ''}`;
    return { day, time: formatTime(p.minutes, lang), diff, minutes: p.minutes };
  };

  let text: string;
  if (status.open) {
    if (!status.closesAt) return m.openAllDay || (lang === 'fr' ? 'Ouvert' : 'Open');
    const c = when(status.closesAt);
    const time = c.diff <= 0 ? c.time : c.diff === 1 && c.minutes === 0 ? formatTime(1440, lang) : `${c.day} ${c.time}`;
    text = fill(m.openUntil, { time });
  } else {
    // Closed today for a holiday or an exception: say why ("Fermé aujourd'hui (Noël)").
    const reason = status.holiday ?? status.label;
    const unexplained = !reason && status.closedReason === 'exception';
    if (status.opensAt) {
      const o = when(status.opensAt);
      const template = reason ? (m.holidayOpens ?? m.closedOpens) : unexplained ? (m.exceptionOpens ?? m.closedOpens) : m.closedOpens;
      text = fill(template, { day: o.day, time: o.time, holiday: reason ?? '' });
    } else if (reason) return fill(m.holidayClosed, { holiday: reason });
    else return unexplained && m.exceptionClosed ? m.exceptionClosed : m.closedNoNext;
  }

  if (options.deviceTimeZone) {
    let differs = false;
    try {
      differs = zoneOffset(now, options.deviceTimeZone) !== zoneOffset(now, tz);
    } catch {
      // unknown device zone: no note
    }
    if (differs) text = fill(m.zoneNote, { text, place: options.placeName ?? placeOf(tz, lang) });
  }
  return text;
}

/** Templates for {@link describeWeek} (the `hours.week.*` messages). */
export interface WeekMessages {
  /** `{from}`, `{to}`: three days or more in a row, "Du lundi au vendredi". */
  range: string;
  /** `{first}`, `{second}`: two days in a row, "Le lundi et le mardi". */
  two: string;
  /** `{day}`: "Le samedi". */
  one: string;
  /** `{opens}`, `{closes}`: "de 7 h 45 à 19 h". */
  interval: string;
  /** Between two intervals of a day: " et ". */
  and: string;
  /** `{days}`, `{hours}`: one sentence, "Du lundi au vendredi, de 7 h 45 à 19 h." */
  line: string;
  /** Said last when public holidays are closed. */
  holidays: string;
}

const WEEK: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A schedule's week in words, one short sentence per run of days with the
 * same hours: "Du lundi au vendredi, de 7 h 45 à 19 h. Le samedi, de 8 h à
 * 17 h. Fermé les jours fériés." Exceptions are not in it (the status says
 * them on the day). Empty when the week has no opening.
 */
export function describeWeek(schedule: Schedule, options: { locale: 'fr' | 'en'; messages: WeekMessages }): string[] {
  const lang = options.locale === 'en' ? 'en' : 'fr';
  const m = options.messages;
  const names = NAMES[lang].days;
  const dayName = (i: number) => names[(i + 1) % 7] ?? '';
  const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const weekly = Array.isArray(schedule.weekly) ? schedule.weekly : [];
  const hours = WEEK.map((day) => {
    const ranges = weekly
      .filter((r) => Array.isArray(r?.days) && r.days.includes(day) && /^\d\d:\d\d$/.test(r.opens) && /^\d\d:\d\d$/.test(r.closes))
      .map((r) => [toMinutes(r.opens), toMinutes(r.closes)] as const)
      .sort((a, b) => a[0] - b[0]);
    return ranges.map(([o, c]) => fill(m.interval, { opens: formatTime(o, lang), closes: formatTime(c === 0 ? 1440 : c, lang) })).join(m.and);
  });
  const lines: string[] = [];
  for (let i = 0; i < 7;) {
    let last = i;
    while (last + 1 < 7 && hours[last + 1] === hours[i]) last++;
    const text = hours[i];
    if (text) {
      const days =
        last === i
          ? fill(m.one, { day: dayName(i) })
          : last === i + 1
            ? fill(m.two, { first: dayName(i), second: dayName(last) })
            : fill(m.range, { from: dayName(i), to: dayName(last) });
      lines.push(fill(m.line, { days, hours: text }));
    }
    i = last + 1;
  }
  if (lines.length && (schedule.holidays ?? 'fr') !== 'none') lines.push(m.holidays);
  return lines;
}

/** The `hours.week.*` messages of a catalogue, as `describeWeek` takes them. */
export function weekMessagesFrom(m: Messages): WeekMessages {
  return {
    range: m['hours.week.range'],
    two: m['hours.week.two'],
    one: m['hours.week.one'],
    interval: m['hours.week.interval'],
    and: m['hours.week.and'],
    line: m['hours.week.line'],
    holidays: m['hours.week.holidays'],
  };
}
