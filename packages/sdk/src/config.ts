/**
 * The configuration's one source of truth: this schema gives the TypeScript
 * types (`RelaisConfig`), the runtime validator (`validateConfig`) and the
 * JSON Schema written to `dist/relais-config.schema.json` at build time.
 */
import { messageIds } from './messages/index.js';
import * as s from './schema.js';
import type { Infer } from './schema.js';
import { isSafeUrl } from './url.js';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const ID = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;

const time = s.string({ pattern: TIME, expected: 'a time "HH:MM"', json: { examples: ['07:45'] } });
const date = s.string({ pattern: DATE, expected: 'a date "YYYY-MM-DD"', json: { format: 'date' } });
const text = s.string({ minLength: 1 });
const url = s.string({
  expected: 'a link starting with https:, http:, tel:, mailto: or a relative path',
  test: isSafeUrl,
  // The same rule as isSafeUrl, for editors and integrators without TypeScript.
  json: { pattern: '^\\s*(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Tt][Ee][Ll]|[Mm][Aa][Ii][Ll][Tt][Oo]):|(?![A-Za-z][A-Za-z0-9+.-]*:)(?!//)\\S)' },
});
const phoneNumber = s.string({
  pattern: /^\+?[0-9][0-9 .]{1,20}$/,
  expected: 'a phone number in digits, e.g. "3400" or "+33 9 70 83 07 07"',
});
const id = s.string({ pattern: ID, expected: 'an id in lower case, e.g. "carte-grise"' });
const weekday = s.picklist(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const);

const interval = s.object({ opens: time, closes: time });

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
  weekly: s.array(s.object({ days: s.array(weekday, { minItems: 1 }), opens: time, closes: time })),
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

const phoneSchema = s.object({
  number: s.optional(s.describe(phoneNumber, 'The number to dial, e.g. "3400". Without it, the ANTS 34 00 line.')),
  display: s.optional(s.describe(text, 'The number as shown, e.g. "34 00".')),
  price: s.optional(s.describe(text, 'What a call costs, e.g. "prix d’un appel local".')),
  hours: s.optional(hoursSchema),
  abroad: s.optional(s.object({ number: phoneNumber, display: s.optional(text) })),
  checked: s.optional(
    s.describe(s.object({ on: date, where: text }), 'When and where these facts were last checked.'),
  ),
});

/** The kinds of channel: `relay` and `written` are ways in for deaf and hard-of-hearing citizens. */
export const channelKinds = ['form', 'email', 'faq', 'video', 'chat', 'relay', 'written', 'phone', 'other'] as const;

const channelSchema = s.object({
  id,
  kind: s.picklist(channelKinds),
  label: text,
  href: url,
  description: s.optional(text),
});

const stepSchema = s.object({
  id: s.string({ pattern: /^[a-z0-9][a-z0-9-]*$/, expected: 'a step id in lower case, e.g. "vehicule"' }),
  title: text,
  where: s.optional(s.picklist(['online', 'photo-booth', 'town-hall', 'professional', 'post-office', 'other'] as const)),
  documents: s.optional(s.array(text)),
  minutes: s.optional(s.number({ min: 0, max: 600 })),
  optional: s.optional(s.boolean()),
});

const overrides = s.record(s.string(), { keys: messageIds, keyExpected: 'a message id' });

/** The whole page-level configuration. Every key is optional. */
export const configSchema = s.object(
  {
    locale: s.optional(s.picklist(['fr', 'en'] as const)),
    easy: s.optional(s.describe(s.boolean(), 'Easy-to-read (FALC) texts.')),
    preset: s.optional(s.describe(id, 'A preset id, e.g. "ants/carte-grise/changement-titulaire".')),
    procedure: s.optional(s.describe(id, 'The procedure the page is for (used in the help code).')),
    step: s.optional(s.describe(s.string({ pattern: /^[a-z0-9][a-z0-9-]*$/, expected: 'a step id' }), 'The current step id.')),
    help: s.optional(
      s.object({
        phone: s.optional(phoneSchema),
        channels: s.optional(s.array(channelSchema, { unique: (c) => c.id })),
        points: s.optional(s.object({ src: s.optional(url), geocoder: s.optional(url) })),
      }),
    ),
    steps: s.optional(s.array(stepSchema, { minItems: 1, unique: (step) => step.id })),
    messages: s.optional(s.object({ fr: s.optional(overrides), en: s.optional(overrides) })),
  },
  { description: 'Relais configuration. See the README of @relais/sdk.' },
);

/** The configuration, as integrators write it. */
export type RelaisConfig = Infer<typeof configSchema>;
/** Opening hours, as in the configuration. */
export type HoursConfig = Infer<typeof hoursSchema>;
/** A phone line. */
export type PhoneConfig = NonNullable<NonNullable<RelaisConfig['help']>['phone']>;
/** A help channel (contact form, FAQ, relay…). */
export type ChannelConfig = Infer<typeof channelSchema>;
/** One step of a procedure. */
export type StepConfig = Infer<typeof stepSchema>;

/** Typed authoring: returns the config as given, typed. */
export function defineConfig<const T extends RelaisConfig>(config: T): T {
  return config;
}

/** The result of `validateConfig`. */
export interface ValidationResult {
  /** True when there is no problem at all. */
  ok: boolean;
  /** Every problem, each with its path, what was expected and what was found. */
  problems: s.Problem[];
  /** The same problems, one line each. */
  messages: string[];
  /** The config with every invalid part dropped: safe to use. */
  config: RelaisConfig;
}

/** Checks an unknown value against the schema. Reports every problem at once; never throws. */
export function validateConfig(input: unknown): ValidationResult {
  const problems: s.Problem[] = [];
  let checked: RelaisConfig | typeof s.INVALID = s.INVALID;
  try {
    checked = input === undefined || input === null ? {} : configSchema.check(input, '', problems);
  } catch (error) {
    // A getter that throws, a proxy, a cycle: the config is unusable, but we say so and go on.
    problems.push({ path: '(config)', expected: 'a plain JSON object', found: `an object that cannot be read (${(error as Error).message})` });
  }
  return {
    ok: problems.length === 0,
    problems,
    messages: problems.map(s.formatProblem),
    config: checked === s.INVALID ? {} : checked,
  };
}

/** The JSON Schema (draft 2020-12) of the configuration. */
export function configJsonSchema(): s.JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Relais configuration',
    ...configSchema.json(),
  };
}
