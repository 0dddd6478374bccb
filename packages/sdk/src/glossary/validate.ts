/**
 * Checking and merging glossaries and field explainers: the default data and
 * what a page's config adds, overrides or removes. Nothing here throws; every
 * problem comes back as a line that names where it is and what to do, and the
 * merged data leaves out only what cannot be used.
 */
import type { ExplainersConfig, GlossaryConfig, GlossaryEntryConfig } from '../config-explainer.js';
import { didYouMean } from '../schema.js';
import { isPictureUrl, isWebUrl } from '../url.js';
import type { FieldExplainer, FieldExplainerText, GlossaryDomain, GlossaryEntry, GlossaryText } from './model.js';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const DOMAINS: readonly GlossaryDomain[] = ['vehicle', 'licence', 'identity', 'general'];
/** A definition longer than this many words is reported (the aim is about 25). */
export const MAX_DEFINITION_WORDS = 35;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
/** Lower case, no accents, one space: how two terms are compared for duplicates. */
const key = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

/**
 * Checks a whole glossary: ids present, well formed and unique; a domain;
 * in French and English, a term, a definition (not empty, not too long) and
 * an easy-to-read version; safe links; no form (term or variant) claimed by
 * two entries in the same language. `where` names the glossary in messages.
 */
export function validateGlossary(entries: readonly GlossaryEntry[], where = 'glossary'): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const forms: Record<'fr' | 'en', Map<string, string>> = { fr: new Map(), en: new Map() };
  entries.forEach((entry, index) => {
    const at = `${where}[${index}]${entry && typeof entry.id === 'string' ? ` ("${entry.id}")` : ''}`;
    if (!entry || typeof entry !== 'object') {
      problems.push(`${at}: expected an entry object.`);
      return;
    }
    if (typeof entry.id !== 'string' || !ID.test(entry.id)) problems.push(`${at}.id: expected an id in lower case with dashes, e.g. "code-cession".`);
    else if (ids.has(entry.id)) problems.push(`${at}: the id "${entry.id}" is already used at ${where}[${ids.get(entry.id)}]. Give each entry its own id.`);
    else ids.set(entry.id, index);
    if (!DOMAINS.includes(entry.domain)) problems.push(`${at}.domain: expected one of ${DOMAINS.join(', ')}.`);
    if (entry.link !== undefined && !isWebUrl(entry.link)) {
      problems.push(`${at}.link: expected an https link to an official page.`);
    }
    for (const locale of ['fr', 'en'] as const) {
      const text = entry[locale] as GlossaryText | undefined;
      if (!text || typeof text !== 'object') {
        problems.push(`${at}.${locale}: missing. Write the entry in French and English.`);
        continue;
      }
      for (const field of ['term', 'definition', 'easy'] as const) {
        if (blank(text[field])) problems.push(`${at}.${locale}.${field}: empty. Write ${field === 'easy' ? 'an easy-to-read version' : `a ${field}`}.`);
      }
      if (!blank(text.definition) && words(text.definition) > MAX_DEFINITION_WORDS) {
        problems.push(`${at}.${locale}.definition: ${words(text.definition)} words. Keep it to one or two short sentences (about 25 words).`);
      }
      if (text.example !== undefined && blank(text.example)) problems.push(`${at}.${locale}.example: empty. Remove it or write an example.`);
      for (const form of [text.term, ...(text.variants ?? [])]) {
        if (blank(form)) {
          if (form !== text.term) problems.push(`${at}.${locale}.variants: an empty variant. Remove it.`);
          continue;
        }
        const k = key(form);
        const owner = forms[locale].get(k);
        if (owner !== undefined && owner !== entry.id) {
          problems.push(`${at}.${locale}: "${form}" is also a form of "${owner}". A form belongs to one entry: remove it from one of them.`);
        } else forms[locale].set(k, entry.id);
      }
    }
  });
  return problems;
}

/**
 * Checks field explainers: ids unique and well formed; in French and English,
 * a label, a one-sentence summary, what, why, where and the easy-to-read
 * version; a picture has a safe URL and a text alternative; `related` names
 * glossary ids that exist (when `glossaryIds` is given).
 */
export function validateExplainers(list: readonly FieldExplainer[], glossaryIds?: ReadonlySet<string>, where = 'explainers'): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  list.forEach((item, index) => {
    const at = `${where}[${index}]${item && typeof item.id === 'string' ? ` ("${item.id}")` : ''}`;
    if (typeof item?.id !== 'string' || !ID.test(item.id)) problems.push(`${at}.id: expected a topic id in lower case with dashes, e.g. "numero-formule".`);
    else if (ids.has(item.id)) problems.push(`${at}: the id "${item.id}" is already used at ${where}[${ids.get(item.id)}]. Give each explainer its own id.`);
    else ids.set(item.id, index);
    if (!DOMAINS.includes(item?.domain)) problems.push(`${at}.domain: expected one of ${DOMAINS.join(', ')}.`);
    for (const locale of ['fr', 'en'] as const) {
      const text = item?.[locale] as FieldExplainerText | undefined;
      if (!text || typeof text !== 'object') {
        problems.push(`${at}.${locale}: missing. Write the explainer in French and English.`);
        continue;
      }
      for (const field of ['label', 'summary', 'what', 'why', 'where', 'easy'] as const) {
        if (blank(text[field])) problems.push(`${at}.${locale}.${field}: empty. Write it.`);
      }
      if (!blank(text.summary) && /[.!?]\s+\S/.test(text.summary.replace(/\u00a0/g, ' ').trim())) {
        problems.push(`${at}.${locale}.summary: more than one sentence. The summary is read with the field: keep it to one.`);
      }
      if (text.picture && (!isPictureUrl(text.picture.src ?? '') || blank(text.picture.alt))) {
        problems.push(`${at}.${locale}.picture: expected a safe src and an alt that says where to look.`);
      }
    }
    for (const related of item?.related ?? []) {
      if (glossaryIds && !glossaryIds.has(related)) {
        const hint = didYouMean(related, glossaryIds, problems);
        problems.push(`${at}.related: no glossary entry "${related}"${hint ? ` (${hint})` : ''}.`);
      }
    }
  });
  return problems;
}

/** What merging returns: the data to use, and the problems to log once. */
export interface Merged<T> {
  items: T[];
  problems: string[];
}

function fromConfig(entry: GlossaryEntryConfig): GlossaryEntry {
  const fr: GlossaryText = { ...entry.fr, easy: entry.fr.easy ?? entry.fr.definition };
  const en: GlossaryText = entry.en ? { ...entry.en, easy: entry.en.easy ?? entry.en.definition } : fr;
  const out: GlossaryEntry = { id: entry.id, domain: entry.domain ?? 'general', fr, en };
  if (entry.link) out.link = entry.link;
  return out;
}

/**
 * The glossary a page uses: the defaults, without the ids in `remove`, with
 * the `override` changes applied key by key, and the `add` entries appended.
 * An added id that exists already, or a change or removal of an unknown id,
 * is reported (with a "did you mean") and left out.
 */
export function mergeGlossary(defaults: readonly GlossaryEntry[], config: GlossaryConfig | undefined): Merged<GlossaryEntry> {
  const problems: string[] = [];
  if (!config) return { items: [...defaults], problems };
  const byId = new Map(defaults.map((entry) => [entry.id, entry]));
  for (const id of config.remove ?? []) {
    if (!byId.delete(id)) {
      const hint = didYouMean(id, byId.keys(), problems);
      problems.push(`glossary.remove: there is no entry "${id}" to remove${hint ? ` (${hint})` : ''}.`);
    }
  }
  (config.override ?? []).forEach((change, index) => {
    const base = byId.get(change.id);
    if (!base) {
      const hint = didYouMean(change.id, byId.keys(), problems);
      problems.push(
        `glossary.override[${index}]: there is no entry "${change.id}" to override${hint ? ` (${hint})` : ''}. To add a new entry, use glossary.add.`,
      );
      return;
    }
    const next: GlossaryEntry = { ...base, fr: { ...base.fr, ...change.fr }, en: { ...base.en, ...change.en } };
    if (change.domain) next.domain = change.domain;
    if (change.link) next.link = change.link;
    // A new French definition without a new easy version: the old easy text would no longer match it.
    if (change.fr?.definition && !change.fr.easy) next.fr.easy = change.fr.definition;
    if (change.en?.definition && !change.en.easy) next.en.easy = change.en.definition;
    byId.set(change.id, next);
  });
  (config.add ?? []).forEach((entry, index) => {
    if (byId.has(entry.id)) {
      problems.push(
        `glossary.add[${index}]: the id "${entry.id}" is already in the glossary. To change that entry, use glossary.override; to add yours, give it another id.`,
      );
      return;
    }
    byId.set(entry.id, fromConfig(entry));
  });
  return { items: [...byId.values()], problems };
}

const REQUIRED_FOR_NEW = ['label', 'summary', 'what'] as const;

/**
 * The field explainers a page uses: the defaults, with the config's topics
 * applied key by key (per language); a new topic needs `fr.label`,
 * `fr.summary` and `fr.what`, and its missing texts fall back to French.
 */
export function mergeExplainers(defaults: readonly FieldExplainer[], config: ExplainersConfig | undefined): Merged<FieldExplainer> {
  const problems: string[] = [];
  if (!config) return { items: [...defaults], problems };
  const byId = new Map(defaults.map((item) => [item.id, item]));
  for (const [id, change] of Object.entries(config)) {
    const base = byId.get(id);
    if (base) {
      const next: FieldExplainer = { ...base, fr: { ...base.fr, ...change.fr }, en: { ...base.en, ...change.en } };
      if (change.domain) next.domain = change.domain;
      if (change.related) next.related = change.related;
      byId.set(id, next);
      continue;
    }
    const missing = REQUIRED_FOR_NEW.filter((field) => blank(change.fr?.[field]));
    if (missing.length) {
      const hint = didYouMean(id, byId.keys(), problems);
      problems.push(
        `explainers.${id}: a new topic needs ${missing.map((f) => `fr.${f}`).join(', ')}${hint ? ` (or ${hint.replace('did you mean', 'did you mean the default topic')})` : ''}.`,
      );
      continue;
    }
    const fr = change.fr!;
    const text: FieldExplainerText = {
      label: fr.label!,
      summary: fr.summary!,
      what: fr.what!,
      why: fr.why ?? '',
      where: fr.where ?? '',
      easy: fr.easy ?? fr.summary!,
    };
    if (fr.example) text.example = fr.example;
    if (fr.picture) text.picture = fr.picture;
    const item: FieldExplainer = { id, domain: change.domain ?? 'general', fr: text, en: { ...text, ...change.en } };
    if (change.related) item.related = change.related;
    byId.set(id, item);
  }
  return { items: [...byId.values()], problems };
}
