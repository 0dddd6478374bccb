/**
 * What `<relais-help-points>` finds and shows, worked out without the DOM:
 * geocoding what was typed (the points file's own table, or a configured
 * service), the nearest places, and each place as the citizen reads it
 * (kind, distance, address, open now and today, phone, appointments,
 * directions, accessibility). Tested in Node. The element loads this module,
 * with `@relais/points`, only when the citizen starts using the finder.
 */
import { describeHours, format, formatTime, hoursMessagesFrom } from '@relais/sdk';
import type { Locale, MessageId, Messages } from '@relais/sdk';
import { geocodeWithService, openPoints, parseOpeningHours, PointsError, pointStatus, pointToday } from '@relais/points';
import type { GeocodeResult, GeoPlace, HelpPoint, Nearby, OpenOptions, PointsSource } from '@relais/points';

export type { GeoPlace };

/** The most places the finder shows (3 at first, then 3 more at a time). */
export const MAX_RESULTS = 12;
/**
 * The farthest a place is shown, km. France Services are within 30 minutes of
 * almost everyone; past this, a site's file does not cover the citizen (a
 * regional list), and the national maps do better than a place far away.
 */
export const MAX_KM = 100;
/** How long a geocoding service may take before the finder gives up on it, ms. */
export const GEOCODER_TIMEOUT = 8000;
/** How long the points file (and each side file) may take before the finder says the network failed, ms. */
export const POINTS_TIMEOUT = 8000;

/** Where the points and the geocoder are, and how to reach them. */
export interface FinderSettings {
  /** URL of points.json (relative URLs are read against `base`). */
  src: string;
  /** URL of a service answering like the national address API's `search`. */
  geocoder?: string | undefined;
  base?: string | undefined;
  /** @internal For tests. */
  fetch?: OpenOptions['fetch'];
  /** Give up on the geocoder after this many ms. */
  geocoderTimeout?: number;
  /** Give up on the points file (each of its files) after this many ms (default POINTS_TIMEOUT). */
  pointsTimeout?: number;
}

/** What a search gives: places, a choice to make, a problem with what was typed, or a failure. */
export type Outcome =
  | { type: 'results'; place: string; results: Nearby<HelpPoint>[] }
  | { type: 'ambiguous'; matches: GeoPlace[] }
  | { type: 'field'; message: MessageId; values?: Record<string, string> }
  | { type: 'error'; kind: 'network' | 'data'; detail: string; from: 'points' | 'geocoder' };

const sources = new Map<string, Promise<PointsSource>>();

/** The opened points file for `src` (once per page; a failure can be tried again). */
export function sourceFor(settings: FinderSettings): Promise<PointsSource> {
  const key = `${settings.base ?? ''} ${settings.src}`;
  let pending = sources.get(key);
  if (!pending) {
    const options: Parameters<typeof openPoints>[1] = { timeout: settings.pointsTimeout ?? POINTS_TIMEOUT };
    if (settings.base) options.base = settings.base;
    if (settings.fetch) options.fetch = settings.fetch;
    pending = openPoints(settings.src, options);
    sources.set(key, pending);
    pending.catch(() => sources.delete(key));
  }
  return pending;
}

/** A geocoding service's failure (kept apart: the points file itself may be fine). */
class GeocoderError extends PointsError {}

/** A failure as an outcome: network (try again) or data (nothing to retry), from the points file or the geocoder. */
function failure(error: unknown): Outcome {
  const from = error instanceof GeocoderError ? 'geocoder' : 'points';
  if (error instanceof PointsError) return { type: 'error', kind: error.kind, detail: error.message, from };
  return { type: 'error', kind: 'data', detail: String(error), from };
}

/** Geocodes with the service (with a time limit), else with the file's table; the table also steps in when the service fails. */
async function geocode(source: PointsSource, text: string, settings: FinderSettings): Promise<GeocodeResult> {
  if (!settings.geocoder) return source.geocode(text);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.geocoderTimeout ?? GEOCODER_TIMEOUT);
  try {
    const options: Parameters<typeof geocodeWithService>[2] = { signal: controller.signal };
    if (settings.base) options.base = settings.base;
    if (settings.fetch) options.fetch = settings.fetch;
    return await geocodeWithService(settings.geocoder, text, options);
  } catch (error) {
    if (source.hasGeocoding) return source.geocode(text);
    throw new GeocoderError(error instanceof PointsError ? error.kind : 'network', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Searches near what the citizen typed. Never throws. */
export async function searchText(text: string, k: number, settings: FinderSettings): Promise<Outcome> {
  try {
    const source = await sourceFor(settings);
    if (!settings.geocoder && !source.hasGeocoding && text.trim()) return { type: 'field', message: 'points.error.noGeocoding' };
    const found = await geocode(source, text, settings);
    switch (found.status) {
      case 'invalid':
        return { type: 'field', message: found.reason === 'empty' ? 'points.error.empty' : 'points.error.postcode' };
      case 'unknown':
        return { type: 'field', message: 'points.error.unknown', values: { query: text.trim().slice(0, 60) } };
      case 'unavailable':
        return { type: 'field', message: 'points.error.noGeocoding' };
      case 'ambiguous':
        return { type: 'ambiguous', matches: found.matches };
      default:
        return { type: 'results', place: found.place.label, results: await source.nearest(found.place.lat, found.place.lng, { k, maxKm: MAX_KM }) };
    }
  } catch (error) {
    return failure(error);
  }
}

/**
 * Whether a search by postcode or commune can work: a geocoding service is
 * set, or the points file carries its geocoding table (built with
 * `--postcodes`). Undefined when the points file cannot be read (the search
 * will say so). Never throws.
 */
export async function searchesByText(settings: FinderSettings): Promise<boolean | undefined> {
  if (settings.geocoder) return true;
  try {
    return (await sourceFor(settings)).hasGeocoding;
  } catch {
    return undefined;
  }
}

/** Searches near a position (the citizen's, or a commune chosen from a list). Never throws. */
export async function searchAt(lat: number, lng: number, place: string, k: number, settings: FinderSettings): Promise<Outcome> {
  try {
    const source = await sourceFor(settings);
    return { type: 'results', place, results: await source.nearest(lat, lng, { k, maxKm: MAX_KM }) };
  } catch (error) {
    return failure(error);
  }
}

/** A link as shown. */
export interface LinkView {
  href: string;
  text: string;
}

/** One place as the citizen reads it. */
export interface PointView {
  id: string;
  name: string;
  /** Said after a link's visible words, for screen readers: "\u00a0: Médiathèque des Sources". */
  ofPlace: string;
  kind: string;
  distance: string;
  /** Address lines (street, complement, postcode and commune). */
  address: string[];
  /** For a bus or itinerant service: the warning that it moves (no "open now"). */
  mobile?: string;
  /** "Ouvert jusqu'à 17 h", and whether it is open. */
  status?: { text: string; open: boolean };
  /** "Aujourd'hui : 9 h – 12 h, 14 h – 17 h" or "Fermé aujourd'hui". */
  today?: string;
  /** Hours as written in the data, or "Horaires non connus". */
  hours?: string;
  /** The week's hours in words, when they could be read ("du mardi au jeudi, 9 h – 16 h ; samedi, 10 h – 12 h"): for the visit sheet. */
  week?: string;
  phone?: LinkView;
  /** A number that cannot be dialled as is ("poste 12" without a number…), shown as written. */
  phoneText?: string;
  /** "Prend des rendez-vous" / "Sans rendez-vous" (when the data says). */
  appointments?: string;
  booking?: LinkView;
  directions?: LinkView;
  access?: LinkView;
  support?: string;
  note?: string;
}

/** What `pointView` needs. */
export interface ViewContext {
  locale: Locale;
  messages: Messages;
  now: Date;
  /** The visitor's zone: when it differs from the place's, the status says whose time it is. */
  deviceTimeZone?: string | undefined;
}

const say = (ctx: ViewContext, id: MessageId, values: Record<string, string | number> = {}): string => format(ctx.messages[id], values);

/** "2,6 km" (fr) / "2.6 km" (en): one decimal under 10 km, none above; "moins de 1 km" under 1 km. */
export function distanceText(km: number, approximate: boolean, ctx: Pick<ViewContext, 'locale' | 'messages'>): string {
  if (km < 1 && !approximate) return ctx.messages['points.distanceNear'];
  const value = new Intl.NumberFormat(ctx.locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: km < 10 ? 1 : 0 }).format(Math.max(km, 0.1));
  return format(ctx.messages[approximate ? 'points.distanceApprox' : 'points.distance'], { distance: `${value}\u00a0km` });
}

/**
 * A `tel:` link for a number as written ("04 66 00 00 00", "+687 12 34 56",
 * "+33 (0)4 66 00 00 00"); what follows the number ("poste 12") is left out.
 * Undefined when there is no number to dial.
 */
export function phoneHref(phone: string): string | undefined {
  const number = (/^[\s\d.+()-]*/.exec(phone)?.[0] ?? '').replace(/\(0\)/g, '');
  const dial = number.replace(/[^+0-9]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3}/.test(dial) ? `tel:${dial}` : undefined;
}

const clock = (m: number, ctx: Pick<ViewContext, 'locale'>): string => formatTime(m % 1440 || (m ? 1440 : 0), ctx.locale);

/**
 * A week of hours in words, days with the same hours together: "du mardi au
 * jeudi, 9 h – 16 h ; samedi, 10 h – 12 h". Undefined when the hours cannot be read.
 */
export function weekText(hours: string, ctx: Pick<ViewContext, 'locale' | 'messages'>): string | undefined {
  const parsed = parseOpeningHours(hours);
  if (!parsed.ok) return undefined;
  const names = ctx.messages['points.days.names'].split('|');
  const dash = ctx.locale === 'en' ? '–' : '\u00a0–\u00a0';
  const times = parsed.hours.week.map((ranges) => ranges.map(([from, to]) => `${clock(from, ctx)}${dash}${clock(to, ctx)}`).join(', '));
  const parts: string[] = [];
  for (let day = 0; day < 7;) {
    let last = day;
    while (last + 1 < 7 && times[last + 1] === times[day]) last++;
    if (times[day]) {
      const days =
        last === day
          ? names[day]!
          : last === day + 1
            ? `${names[day]}, ${names[last]}`
            : format(ctx.messages['points.days.range'], { from: names[day]!, to: names[last]! });
      parts.push(`${days}, ${times[day]}`);
    }
    day = last + 1;
  }
  return parts.length ? parts.join(ctx.locale === 'en' ? '; ' : '\u00a0; ') : undefined;
}

/** Directions to the place on OpenStreetMap (the citizen's own position is never put in the link). */
export function directionsUrl(point: Pick<HelpPoint, 'lat' | 'lng'>): string {
  const to = `${point.lat},${point.lng}`;
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(to)}#map=16/${point.lat}/${point.lng}`;
}

/** "3 lieux trouvés près de 48200" (the count announced, and the list's name). */
export function countText(count: number, place: string, messages: Messages): string {
  return format(messages[count === 1 ? 'points.foundOne' : 'points.found'], { count, place });
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** One place as shown: only what the data says, nothing invented. */
export function pointView({ point, km }: Nearby<HelpPoint>, ctx: ViewContext): PointView {
  const view: PointView = {
    id: point.id,
    name: point.name,
    ofPlace: `${ctx.locale === 'en' ? ':' : '\u00a0:'} ${point.name}`,
    kind: say(ctx, `points.kind.${point.kind}` as MessageId),
    distance: distanceText(km, Boolean(point.approximate), ctx),
    address: [point.street, point.extra, [point.postcode, point.city].filter(Boolean).join(' ')].filter((line): line is string => Boolean(line)),
  };
  if (point.mobile) {
    // A bus is not "open now" at its base address.
    view.mobile = say(ctx, 'points.mobile');
    if (view.address.length) view.address = [say(ctx, 'points.mobileAddress', { address: view.address.join(', ') })];
    const days = point.hours ? weekText(point.hours, ctx) : undefined;
    if (days) view.hours = say(ctx, 'points.mobileDays', { days });
    else if (point.hoursText) view.hours = say(ctx, 'points.hoursAsWritten', { hours: point.hoursText });
  } else {
    const status = pointStatus(point, ctx.now);
    const today = pointToday(point, ctx.now);
    if (status && today) {
      const options: Parameters<typeof describeHours>[1] = { locale: ctx.locale, now: ctx.now, messages: hoursMessagesFrom(ctx.messages) };
      if (ctx.deviceTimeZone) options.deviceTimeZone = ctx.deviceTimeZone;
      view.status = { text: describeHours(status, options), open: status.open };
      const dash = ctx.locale === 'en' ? '–' : '\u00a0–\u00a0';
      view.today = today.intervals.length
        ? say(ctx, 'points.today', {
            hours: today.intervals
              .map((i) => `${formatTime(minutes(i.opens), ctx.locale)}${dash}${formatTime(minutes(i.closes) || 1440, ctx.locale)}`)
              .join(', '),
          })
        : say(ctx, 'points.todayClosed');
      const week = point.hours ? weekText(point.hours, ctx) : undefined;
      if (week) view.week = week;
    } else view.hours = point.hoursText ? say(ctx, 'points.hoursAsWritten', { hours: point.hoursText }) : say(ctx, 'points.hoursUnknown');
    view.directions = { href: directionsUrl(point), text: say(ctx, 'points.directions') };
  }
  const tel = point.phone ? phoneHref(point.phone) : undefined;
  if (tel) view.phone = { href: tel, text: say(ctx, 'points.call', { phone: point.phone! }) };
  else if (point.phone) view.phoneText = say(ctx, 'points.phoneAsWritten', { phone: point.phone });
  if (point.booking) view.booking = { href: point.booking, text: say(ctx, 'points.book') };
  else if (point.appointments !== undefined) view.appointments = say(ctx, point.appointments ? 'points.appointments' : 'points.noAppointments');
  if (point.access) view.access = { href: point.access, text: say(ctx, 'points.access') };
  if (point.support?.length) view.support = say(ctx, 'points.support', { list: point.support.join(', ') });
  if (point.note) view.note = say(ctx, 'points.note', { note: point.note });
  return view;
}
