/**
 * Opening status in plain words, French and English.
 */
import { zonedParts, zoneOffset } from './hours.js';
import type { HoursStatus } from './hours.js';
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
  } else if (status.opensAt) {
    const o = when(status.opensAt);
    const template = status.holiday ? (m.holidayOpens ?? m.closedOpens) : m.closedOpens;
    text = fill(template, { day: o.day, time: o.time, holiday: status.holiday ?? '' });
  } else {
    return status.holiday ? fill(m.holidayClosed, { holiday: status.holiday }) : m.closedNoNext;
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
