/**
 * The glossary, loaded apart from the elements' code (on the first open of a
 * term, at idle, or by `annotate()`): the default entries, the page config's
 * changes merged in, and the matcher that finds terms in text.
 */
import { loadOnce, warnOnce } from '@relais/core';
import type { GlossaryConfig, GlossaryEntry, Locale } from '@relais/sdk';
import { defaultGlossary } from '@relais/sdk/glossary/default-glossary.js';
import { glossaryMatcher } from '@relais/plain';

export { defaultGlossary };

const merged = new Map<string, GlossaryEntry[]>();
/** The merge and its checks: only for a page config that changes the glossary (its validator has loaded it already). */
const merging = loadOnce(() => import('@relais/sdk/glossary/validate.js'));
const indexes = new WeakMap<readonly GlossaryEntry[], Map<string, GlossaryEntry>>();

/**
 * The glossary for a config's `glossary` part (the defaults when there is
 * none). Merged once per distinct change set; problems (an added id that
 * exists, an unknown id to override) are logged once.
 */
export function glossaryFor(changes: GlossaryConfig | undefined, onReady: () => void = () => {}): readonly GlossaryEntry[] {
  if (!changes) return defaultGlossary;
  const key = JSON.stringify(changes);
  let entries = merged.get(key);
  if (!entries) {
    const module = merging.value;
    if (!module) {
      merging().then(onReady, () => warnOnce('The glossary changes of the page config could not be applied; the default glossary is used.'));
      return defaultGlossary;
    }
    const result = module.mergeGlossary(defaultGlossary, changes);
    if (result.problems.length) {
      warnOnce(`Glossary config: these changes are ignored:${result.problems.map((p) => `\n  - ${p}`).join('')}`);
    }
    entries = result.items;
    merged.set(key, entries);
  }
  return entries;
}

/** The glossary for a config's `glossary` part, once its changes can be merged. */
export async function glossaryWith(changes: GlossaryConfig | undefined): Promise<readonly GlossaryEntry[]> {
  if (changes) await merging();
  return glossaryFor(changes);
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
 * certificate), in the element's language first.
 */
export function findEntry(entries: readonly GlossaryEntry[], id: string | undefined, text: string, locale: Locale): GlossaryEntry | undefined {
  if (id) return entryById(entries, id);
  const other: Locale = locale === 'en' ? 'fr' : 'en';
  const found = glossaryMatcher(entries, locale).exact(text) ?? glossaryMatcher(entries, other).exact(text);
  return found ? entryById(entries, found) : undefined;
}
