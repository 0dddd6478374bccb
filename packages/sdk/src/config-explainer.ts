/**
 * The configuration of `<relais-term>` and `<relais-explainer>`: changes to
 * the default glossary (entries to add, to override, ids to remove) and field
 * explainers to add or change, by topic id. Texts are text, never HTML.
 * Rules that need the default glossary (an added id that already exists, an
 * override of an unknown id) are checked when the glossary is merged
 * (`mergeGlossary` in `glossary/validate.ts`).
 */
import * as s from './schema.js';
import type { Infer, JsonSchema, Problem, Schema } from './schema.js';
import { id, text, url } from './config-common.js';
import { isPictureUrl } from './url.js';

/** What a glossary entry is about. */
export const glossaryDomains = ['vehicle', 'licence', 'identity', 'general'] as const;

const domain = s.describe(s.picklist(glossaryDomains), 'What the entry is about.');
const definition = s.describe(
  s.string({ minLength: 1, maxLength: 400, expected: 'a definition that is not empty' }),
  'A plain definition: one or two short sentences, at most about 25 words.',
);
const variants = s.describe(s.array(text), 'Other forms found in forms: plural, without accents, acronym or expansion.');

/** An entry's texts in one language, as in the config. `easy` defaults to the definition. */
const entryText = s.object({
  term: s.describe(text, 'The word as shown and matched.'),
  variants: s.optional(variants),
  definition,
  easy: s.optional(s.describe(text, 'The easy-to-read (FALC) version.')),
  example: s.optional(text),
});

/** The same, every key optional: what an override changes. */
const entryTextChange = s.object({
  term: s.optional(text),
  variants: s.optional(variants),
  definition: s.optional(definition),
  easy: s.optional(text),
  example: s.optional(text),
});

const glossaryEntry = s.object({
  id,
  domain: s.optional(domain),
  fr: entryText,
  en: s.optional(entryText),
  link: s.optional(s.describe(url, '"En savoir plus": a link to an official page.')),
});

const glossaryChange = s.object({
  id,
  domain: s.optional(domain),
  fr: s.optional(entryTextChange),
  en: s.optional(entryTextChange),
  link: s.optional(url),
});

/** Changes to the default glossary: entries to add, to override, ids to remove. */
export const glossarySchema = s.object({
  add: s.optional(s.describe(s.array(glossaryEntry, { unique: (e) => e.id }), 'New entries (ids not in the default glossary).')),
  override: s.optional(s.describe(s.array(glossaryChange, { unique: (e) => e.id }), 'Changes to default entries, by id.')),
  remove: s.optional(s.describe(s.array(id), 'Ids of default entries to leave out.')),
});

const picture = s.object({
  src: s.string({
    expected: 'a picture URL (https, relative, or a data:image/ URL)',
    test: (value) => isPictureUrl(value),
  }),
  alt: s.describe(text, 'Where to look, not what the picture is made of.'),
});

/** A field explainer's texts in one language; every key optional, so that a default can be changed in part. */
const explainerText = s.object({
  label: s.optional(s.describe(text, "The field's usual label.")),
  summary: s.optional(s.describe(text, "One sentence, added to the field's accessible description.")),
  what: s.optional(s.describe(text, 'What is asked.')),
  why: s.optional(s.describe(text, 'Why it is asked.')),
  where: s.optional(s.describe(text, 'Where to find it.')),
  example: s.optional(s.describe(text, 'A valid value.')),
  easy: s.optional(s.describe(text, 'The easy-to-read (FALC) version.')),
  picture: s.optional(picture),
});

const fieldExplainer = s.object({
  domain: s.optional(domain),
  fr: s.optional(explainerText),
  en: s.optional(explainerText),
  related: s.optional(s.array(id)),
});

const TOPIC = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Field explainers by topic id (`"numero-formule": { fr: { … } }`): a new
 * topic needs at least `fr.label`, `fr.summary` and `fr.what`; a default
 * topic takes the keys given over its own.
 */
export const explainersSchema: Schema<Record<string, Infer<typeof fieldExplainer>>> = {
  check(input, path, problems: Problem[]) {
    const checked = s.record(fieldExplainer).check(input, path, problems);
    if (checked === s.INVALID) return checked;
    for (const key of Object.keys(checked)) {
      if (TOPIC.test(key)) continue;
      problems.push({
        path: path ? `${path}.${key}` : key,
        expected: 'a topic id in lower case with dashes, e.g. "numero-formule"',
        found: JSON.stringify(key),
      });
      delete checked[key];
    }
    return checked;
  },
  json(): JsonSchema {
    return { type: 'object', propertyNames: { pattern: TOPIC.source }, additionalProperties: fieldExplainer.json() };
  },
};

/** The glossary part of the config. */
export type GlossaryConfig = Infer<typeof glossarySchema>;
/** A glossary entry as the config adds it (`en` and `easy` optional). */
export type GlossaryEntryConfig = Infer<typeof glossaryEntry>;
/** The explainers part of the config. */
export type ExplainersConfig = Infer<typeof explainersSchema>;
