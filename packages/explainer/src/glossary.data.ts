/**
 * The glossary, loaded apart from the elements' code (on the first open of a
 * term, at idle, or by `annotate()`): the default entries in French, their
 * English texts only for an English page (or glossary changes to merge), the
 * page config's changes merged in, and the matcher that finds terms in text.
 */
import { loadOnce, warnOnce } from '@relais/core';
import type { GlossaryBase, GlossaryConfig, GlossaryEntry, GlossaryText, Locale } from '@relais/sdk';
import { glossaryFrench } from '@relais/sdk/glossary/glossary-fr.js';
import { withEnglish } from '@relais/sdk/glossary/join.js';
import { glossaryMatcher } from '@relais/plain';

/** The English texts of the default entries (about 45 % of the glossary): never fetched by a French page that does not change the glossary. */
const english = loadOnce(() => import('@relais/sdk/glossary/glossary-en.js'));
/**
 * The default entries before their English has loaded: each `en` is its
 * French, which nothing reads — English elements, and merges, wait for the
 * English (`glossaryFor` gives nothing until then).
 */
const frenchOnly: readonly GlossaryEntry[] = withEnglish<GlossaryText, GlossaryBase>(glossaryFrench, {});
let bilingual: readonly GlossaryEntry[] | undefined;
const merged = new Map<string, GlossaryEntry[]>();
/** The merge and its checks: only for a page config that changes the glossary (its validator has loaded it already). */
const merging = loadOnce(() => import('@relais/sdk/glossary/validate.js'));
const indexes = new WeakMap<readonly GlossaryEntry[], Map<string, GlossaryEntry>>();

/** Whether the English texts are needed: an English element or annotation, or changes to merge (they may touch either language). */
const needsEnglish = (changes: GlossaryConfig | undefined, locale: Locale): boolean => locale === 'en' || changes !== undefined;

/** The default entries, with their English once it has loaded. */
function defaults(): readonly GlossaryEntry[] {
  const loaded = english.value;
  return loaded ? (bilingual ??= withEnglish(glossaryFrench, loaded.glossaryEnglish)) : frenchOnly;
}

/** Loads what `glossaryFor(changes, …, locale)` needs; resolves once it gives the entries (or once a part failed: then it gives the French defaults). */
export async function ready(changes: GlossaryConfig | undefined, locale: Locale): Promise<void> {
  if (!needsEnglish(changes, locale)) return;
  await Promise.all([english(), changes ? merging() : undefined]).catch(() => failed());
}

let failure = false;
function failed(): void {
  failure = true;
  warnOnce("Part of the glossary could not load (its English texts, or the merge of the page config's changes); the default French glossary is used.");
}

/**
 * The glossary for a config's `glossary` part (the defaults when there is
 * none), in a language; undefined while what it needs loads (then
 * `onReady`). Merged once per distinct change set; problems (an added id
 * that exists, an unknown id to override) are logged once.
 */
export function glossaryFor(changes: GlossaryConfig | undefined, onReady: () => void = () => {}, locale: Locale = 'fr'): readonly GlossaryEntry[] | undefined {
  if (needsEnglish(changes, locale) && !failure && !(english.value && (!changes || merging.value))) {
    void ready(changes, locale).then(onReady);
    return undefined;
  }
  if (!changes || failure) return defaults();
  const key = JSON.stringify(changes);
  let entries = merged.get(key);
  if (!entries) {
    const result = merging.value!.mergeGlossary(defaults(), changes);
    if (result.problems.length) {
      warnOnce(`Glossary config: these changes are ignored:${result.problems.map((p) => `\n  - ${p}`).join('')}`);
    }
    entries = result.items;
    merged.set(key, entries);
  }
  return entries;
}

/** The glossary for a config's `glossary` part in a language, once what it needs has loaded. */
export async function glossaryWith(changes: GlossaryConfig | undefined, locale: Locale = 'fr'): Promise<readonly GlossaryEntry[]> {
  await ready(changes, locale);
  return glossaryFor(changes, undefined, locale) ?? defaults();
}

/** An entry by id. */
export function entryById(entries: readonly GlossaryEntry[], id: string): GlossaryEntry | undefined {
  let index = indexes.get(entries);
  if (!index) indexes.set(entries, (index = new Map(entries.map((e) => [e.id, e]))));
  return index.get(id);
}

/**
 * The entry a `<relais-term>` explains: the one its `term` attribute names,
 * else the one its text is a form of ("cartes grises" → the registration
 * certificate), in the element's language first (then in the other, once
 * it has loaded).
 */
export function findEntry(entries: readonly GlossaryEntry[], id: string | undefined, text: string, locale: Locale): GlossaryEntry | undefined {
  if (id) return entryById(entries, id);
  const found =
    glossaryMatcher(entries, locale).exact(text) ??
    (locale === 'en' || english.value ? glossaryMatcher(entries, locale === 'en' ? 'fr' : 'en').exact(text) : undefined);
  return found ? entryById(entries, found) : undefined;
}
