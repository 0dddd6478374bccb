/**
 * The glossary, loaded apart from the elements' code (at idle, on the first
 * open of a term, or by `annotate()`). A French page gets the French index
 * first (each entry's id, domain and forms: enough to find a word and name
 * its button), then each term's texts from a file of their own
 * (`explained`, `loadTexts`), for the terms it shows only. An English page,
 * or a page config that changes the glossary, gets the whole French side
 * (one file in the bundle) and the English texts, then the changes merged in.
 * The matcher finds terms in text.
 */
import { loadOnce, loaderById, warnOnce } from '@relais/core';
import type { GlossaryConfig, GlossaryEntry, GlossaryListed, Locale } from '@relais/sdk';
import { glossaryIndex } from '@relais/sdk/glossary/glossary-fr-index.js';
import { glossaryTexts } from '@relais/sdk/glossary/glossary-texts.js';
import { joinTexts, withEnglish } from '@relais/sdk/glossary/join.js';
import { glossaryMatcher } from '@relais/plain';

/** The English texts of the default entries (about 45 % of the glossary): never fetched by a French page that does not change the glossary. */
const english = loadOnce(() => import('@relais/sdk/glossary/glossary-en.js'));
/** Every entry's French texts at once, joined with the index: what English entries (their links) and a merge need. */
const everyFrench = loadOnce(() => import('@relais/sdk/glossary/glossary-fr.js'));
let bilingual: readonly GlossaryEntry[] | undefined;
const merged = new Map<string, GlossaryEntry[]>();
/** The merge and its checks: only for a page config that changes the glossary (its validator has loaded it already). */
const merging = loadOnce(() => import('@relais/sdk/glossary/validate.js'));
const indexes = new WeakMap<readonly GlossaryListed[], Map<string, GlossaryListed>>();

/** Whether the whole glossary is needed: an English element or annotation, or changes to merge (they may touch either language and any entry). */
const needsWhole = (changes: GlossaryConfig | undefined, locale: Locale): boolean => locale === 'en' || changes !== undefined;

/** Every default entry, whole, once the English and the French texts have loaded. */
function whole(): readonly GlossaryEntry[] | undefined {
  const french = everyFrench.value;
  const loaded = english.value;
  return french && loaded ? (bilingual ??= withEnglish(french.glossaryFrench, loaded.glossaryEnglish)) : undefined;
}

/** The default entries: whole once loaded, else the French index. */
const defaults = (): readonly GlossaryListed[] => whole() ?? glossaryIndex;

/** Loads what `glossaryFor(changes, …, locale)` needs; resolves once it gives the entries (or once a part failed: then it gives the French index). */
export async function ready(changes: GlossaryConfig | undefined, locale: Locale): Promise<void> {
  if (!needsWhole(changes, locale)) return;
  await Promise.all([english(), everyFrench(), changes ? merging() : undefined]).catch(() => failed());
}

let failure = false;
function failed(): void {
  failure = true;
  warnOnce("Part of the glossary could not load (its English texts, or the merge of the page config's changes); the default French glossary is used.");
}

/**
 * The glossary for a config's `glossary` part (the defaults when there is
 * none), in a language; undefined while what it needs loads (then
 * `onReady`). A French page without changes gets the index: each entry's
 * texts come with `loadTexts`. Merged once per distinct change set; problems
 * (an added id that exists, an unknown id to override) are logged once.
 */
export function glossaryFor(changes: GlossaryConfig | undefined, onReady: () => void = () => {}, locale: Locale = 'fr'): readonly GlossaryListed[] | undefined {
  if (needsWhole(changes, locale) && !failure && !(english.value && everyFrench.value && (!changes || merging.value))) {
    void ready(changes, locale).then(onReady);
    return undefined;
  }
  if (!changes || failure) return defaults();
  const key = JSON.stringify(changes);
  let entries = merged.get(key);
  if (!entries) {
    const result = merging.value!.mergeGlossary(whole()!, changes);
    if (result.problems.length) {
      warnOnce(`Glossary config: these changes are ignored:${result.problems.map((p) => `\n  - ${p}`).join('')}`);
    }
    entries = result.items;
    merged.set(key, entries);
  }
  return entries;
}

/** The glossary for a config's `glossary` part in a language, once what it needs has loaded. */
export async function glossaryWith(changes: GlossaryConfig | undefined, locale: Locale = 'fr'): Promise<readonly GlossaryListed[]> {
  await ready(changes, locale);
  return glossaryFor(changes, undefined, locale) ?? defaults();
}

/** An entry by id. */
export function entryById<E extends GlossaryListed>(entries: readonly E[], id: string): E | undefined {
  let index = indexes.get(entries);
  if (!index) indexes.set(entries, (index = new Map(entries.map((e) => [e.id, e]))));
  return index.get(id) as E | undefined;
}

/**
 * The entry a `<relais-term>` explains: the one its `term` attribute names,
 * else the one its text is a form of ("cartes grises" → the registration
 * certificate), in the element's language first (then in the other, once
 * it has loaded).
 */
export function findEntry<E extends GlossaryListed>(entries: readonly E[], id: string | undefined, text: string, locale: Locale): E | undefined {
  if (id) return entryById(entries, id);
  const found =
    glossaryMatcher(entries, locale).exact(text) ??
    (locale === 'en' || english.value ? glossaryMatcher(entries, locale === 'en' ? 'fr' : 'en').exact(text) : undefined);
  return found ? entryById(entries, found) : undefined;
}

/** Each default entry's texts, loaded once (the loader made on first use). */
const textsLoader = loaderById(glossaryTexts);
/** The links and sources the texts share: asked for with the first texts, not after them (one round, not two). */
const sharedSources = loadOnce(() => import('@relais/sdk/glossary/terms/sources.js'));
/** The index's entries joined with their texts, by id. */
const joined = new Map<string, GlossaryEntry>();

/**
 * The entry with what its explanation shows: a whole entry at once; an
 * entry of the French index once its texts have loaded (`loadTexts`),
 * undefined before.
 */
export function explained(entry: GlossaryListed): GlossaryEntry | undefined {
  if ('en' in entry) return entry;
  let whole = joined.get(entry.id);
  const module = whole ? undefined : textsLoader(entry.id)?.value;
  if (module) {
    const fr = joinTexts(entry, module.texts);
    // A French page: `en` is the French, which nothing reads (English elements get whole entries).
    joined.set(entry.id, (whole = { ...fr, en: fr.fr }));
  }
  return whole;
}

/**
 * Fetches the texts of an entry of the index (once; again after a failure).
 * Resolves to whether they are there; never rejects. A file that cannot
 * load is said once, with the fix.
 */
export async function loadTexts(entry: GlossaryListed): Promise<boolean> {
  if (explained(entry)) return true;
  const loader = textsLoader(entry.id);
  if (!loader) return false;
  try {
    await Promise.all([loader(), sharedSources()]);
    return true;
  } catch {
    warnOnce(
      `The explanation of the glossary entry "${entry.id}" could not load: its file is missing or blocked (in Relais's dist/, relais-glossary-text-${entry.id}-….js; in @relais/sdk, dist/glossary/terms/fr/${entry.id}.js). The word's toggletip says so. Fix: serve every file of Relais's dist/ folder beside relais.js (or every chunk of your bundle).`,
    );
    return false;
  }
}
