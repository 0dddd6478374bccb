/**
 * The configuration's one source of truth: this schema gives the TypeScript
 * types (`RelaisConfig`), the runtime validator (`validateConfig`) and the
 * JSON Schema written to `dist/relais-config.schema.json` at build time.
 */
import { messageIds } from './messages/index.js';
import * as s from './schema.js';
import type { Infer } from './schema.js';
import { date, hoursSchema, id, phoneNumber, text, url } from './config-common.js';
export { hoursSchema };
import { explainersSchema, glossarySchema } from './config-explainer.js';
import { pointsSchema } from './config-points.js';
import { presetIds } from './presets/ids.js';
import { stepsSchema } from './config-steps.js';
export type { StepConfig } from './config-steps.js';

const checked = s.describe(s.object({ on: date, where: text }), 'When and where these facts were last checked.');

const phoneSchema = s.object({
  number: s.optional(s.describe(phoneNumber, 'The number to dial, e.g. "3400". Without it, the ANTS 34 00 line.')),
  display: s.optional(s.describe(text, 'The number as shown, e.g. "34 00".')),
  price: s.optional(s.describe(text, 'What a call costs, e.g. "prix d’un appel local".')),
  hours: s.optional(hoursSchema),
  abroad: s.optional(s.object({ number: phoneNumber, display: s.optional(text) })),
  checked: s.optional(checked),
});

/** The kinds of channel: `relay` and `written` are ways in for deaf and hard-of-hearing citizens. */
export const channelKinds = ['form', 'email', 'faq', 'video', 'chat', 'relay', 'written', 'phone', 'other'] as const;

/** How a relay service translates a call: French sign language, cued speech (LfPC), real-time text. */
export const relayModes = ['lsf', 'lfpc', 'text'] as const;

const channelShape = s.object({
  id,
  kind: s.picklist(channelKinds),
  label: s.describe(text, 'What the link says: where it leads, in plain words ("Écrire à France Titres : formulaire de contact").'),
  href: s.optional(s.describe(url, 'Where it leads (required, except for a relay channel without a platform).')),
  description: s.optional(text),
  modes: s.optional(s.describe(s.array(s.picklist(relayModes), { minItems: 1 }), 'Relay only: how the call is translated.')),
  hours: s.optional(s.describe(hoursSchema, "Relay only: the platform's hours (default: the phone line's).")),
  checked: s.optional(checked),
});

/**
 * A channel. `relay` (for deaf, hard-of-hearing, deafblind and aphasic
 * citizens): with `href`, an online relay platform (its `modes`, its `hours`,
 * by default the phone line's), shown first; without `href`, the operators'
 * relay services, through which any number can be called (the panel says how
 * in its own words). Every other kind needs `href`.
 */
const channelSchema: s.Schema<s.Infer<typeof channelShape>> = {
  ...s.refine(channelShape, (channel, path, problems) => {
    if (channel.href !== undefined || channel.kind === 'relay') return true;
    // A link given but refused is already reported, with what was given: one message per field.
    if (problems.some((problem) => problem.path === `${path}.href`)) return false;
    problems.push({ path: `${path}.href`, expected: `a link (required for a "${channel.kind}" channel)`, found: 'nothing' });
    return false;
  }),
  json: () => ({
    ...channelShape.json(),
    if: { properties: { kind: { not: { const: 'relay' } } } },
    then: { required: ['href'] },
  }),
};

const overrides = s.record(s.string(), { keys: messageIds, keyExpected: 'a message id' });

/** The whole page-level configuration. Every key is optional. */
export const configSchema = s.object(
  {
    locale: s.optional(s.picklist(['fr', 'en'] as const)),
    easy: s.optional(s.describe(s.boolean(), 'Easy-to-read (FALC) texts.')),
    preset: s.optional(
      s.describe(s.known(presetIds, 'a known preset id'), 'A preset id, e.g. "ants/carte-grise/changement-titulaire" (or "ants" for the line alone).'),
    ),
    procedure: s.optional(s.describe(id, 'The procedure the page is for (used in the help code).')),
    step: s.optional(s.describe(s.string({ pattern: /^[a-z0-9][a-z0-9-]*$/, expected: 'a step id' }), 'The current step id.')),
    help: s.optional(
      s.object({
        phone: s.optional(phoneSchema),
        channels: s.optional(s.array(channelSchema, { unique: (c) => c.id })),
        points: s.optional(pointsSchema),
      }),
    ),
    steps: s.optional(stepsSchema),
    glossary: s.optional(glossarySchema),
    explainers: s.optional(explainersSchema),
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
