/** Building blocks shared by every part of the configuration's schema. */
import * as s from './schema.js';
import { isSafeUrl, safeUrlPattern } from './url.js';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const ID = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;

export const time = s.string({ pattern: TIME, expected: 'a time "HH:MM"', json: { examples: ['07:45'] } });
export const date = s.string({ pattern: DATE, expected: 'a date "YYYY-MM-DD"', json: { format: 'date' } });
export const text = s.string({ minLength: 1 });
export const url = s.string({
  expected: 'a link starting with https:, http:, tel:, mailto: or a path on this site, with no control character or backslash',
  test: (value) => isSafeUrl(value),
  // The same rule as isSafeUrl, for editors and integrators without TypeScript.
  json: { pattern: safeUrlPattern },
});
export const phoneNumber = s.string({
  pattern: /^\+?[0-9][0-9 .]{1,20}$/,
  expected: 'a phone number in digits, e.g. "3400" or "+33 9 70 83 07 07"',
});
export const id = s.string({ pattern: ID, expected: 'an id in lower case, e.g. "carte-grise"' });
const weekday = s.picklist(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const);

const overnight = s.optional(
  s.describe(s.boolean(), 'true for hours that run past midnight ("opens": "22:00", "closes": "06:00"): "closes" is then on the next day.'),
);

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Opening hours that close before (or when) they open are a slip, unless
 * marked `"overnight": true` (they then run past midnight).
 */
function inOrder<T extends { opens: string; closes: string; overnight?: boolean | undefined }>(schema: s.Schema<T>): s.Schema<T> {
  const checked = s.refine(schema, (value, path, problems) => {
    if (value.overnight === true || minutesOf(value.closes) > minutesOf(value.opens)) return true;
    problems.push({
      path: `${path}.closes`,
      expected: `a time after "opens" (${JSON.stringify(value.opens)}), or "overnight": true for hours that run past midnight`,
      found: JSON.stringify(value.closes),
    });
    return false;
  });
  return { ...checked, json: () => ({ ...schema.json(), description: 'Opening hours; "closes" after "opens", unless "overnight" is true.' }) };
}

const interval = inOrder(s.object({ opens: time, closes: time, overnight }));

/** Opening hours: a weekly schedule, exceptions, public holidays, a time zone. */
export const hoursSchema = s.object({
  timeZone: s.optional(
    s.string({
      expected: 'an IANA time zone, e.g. "Europe/Paris"',
      test: (zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      },
    }),
  ),
  weekly: s.array(inOrder(s.object({ days: s.array(weekday, { minItems: 1 }), opens: time, closes: time, overnight }))),
  exceptions: s.optional(
    s.array(
      s.object({
        date,
        until: s.optional(date),
        closed: s.optional(s.boolean()),
        intervals: s.optional(s.array(interval)),
        label: s.optional(text),
      }),
    ),
  ),
  holidays: s.optional(s.picklist(['fr', 'fr-alsace-moselle', 'fr-971', 'fr-972', 'fr-973', 'fr-974', 'fr-976', 'none'] as const)),
});
