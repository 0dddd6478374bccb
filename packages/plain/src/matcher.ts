/**
 * Finding glossary terms in a text: accent- and case-insensitive, on word
 * boundaries, singular or plural, the longest term first ("certificat de
 * cession" before "cession"), left to right. Terms are stored in a trie of
 * words, so a text is read once whatever the size of the glossary.
 */
import type { GlossaryListed } from '@relais/sdk';
import { isCapitals, joins, tokenize } from './normalize.js';
import type { Token } from './normalize.js';

/** A term to find: its id and the forms it takes ("carte grise", "certificat d'immatriculation", "CI"). */
export interface TermForms {
  id: string;
  forms: readonly string[];
}

/** A term found in a text. */
export interface Match {
  /** The term's id. */
  id: string;
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The text found, as written. */
  text: string;
}

interface Terminal {
  id: string;
  /** Written in capitals in the glossary (an acronym): matches only text in capitals, so "CI" does not match "ci-dessous". */
  capitals: boolean;
}

interface Node {
  next?: Map<string, Node>;
  /** Terms ending here; one per kind (capitals or not), the first added wins. */
  end?: Terminal[];
}

/** A matcher built once from a glossary, then used on any number of texts. */
export interface Matcher {
  /** Every term in `text`, in order; overlapping terms give way to the longest that starts first. */
  find(text: string): Match[];
  /** The id of the term that `text` is, as a whole (e.g. the content of a `<relais-term>`). */
  exact(text: string): string | undefined;
  /** How many distinct forms the matcher knows. */
  readonly size: number;
}

function terminalFor(node: Node, text: string, tokens: Token[], from: number, to: number): Terminal | undefined {
  if (!node.end) return undefined;
  let capitals: boolean | undefined;
  for (const terminal of node.end) {
    if (!terminal.capitals) return terminal;
    capitals ??= isCapitals(text.slice(tokens[from]!.start, tokens[to]!.end).replace(/[^\p{L}]/gu, ''));
    if (capitals) return terminal;
  }
  return undefined;
}

/** Builds a matcher for `terms`. When two terms share a form, the first one listed keeps it. */
export function createMatcher(terms: readonly TermForms[]): Matcher {
  const root: Node = {};
  let size = 0;
  for (const term of terms) {
    for (const form of term.forms) {
      const keys = tokenize(form).map((t) => t.key);
      if (!keys.length) continue;
      let node = root;
      for (const key of keys) {
        node.next ??= new Map();
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = {}));
        node = child;
      }
      const capitals = isCapitals(form.replace(/[^\p{L}]/gu, '')) && form.replace(/[^\p{L}]/gu, '').length >= 2;
      node.end ??= [];
      if (node.end.some((t) => t.capitals === capitals)) continue;
      node.end.push({ id: term.id, capitals });
      // Lower-case forms before acronyms: a lower-case form matches any case.
      node.end.sort((a, b) => Number(a.capitals) - Number(b.capitals));
      size++;
    }
  }

  function longestAt(text: string, tokens: Token[], i: number): { terminal: Terminal; last: number } | undefined {
    let node: Node | undefined = root;
    let best: { terminal: Terminal; last: number } | undefined;
    for (let j = i; j < tokens.length; j++) {
      if (j > i && !joins(text, tokens[j - 1]!.end, tokens[j]!.start)) break;
      node = node.next?.get(tokens[j]!.key);
      if (!node) break;
      const terminal = terminalFor(node, text, tokens, i, j);
      if (terminal) best = { terminal, last: j };
    }
    return best;
  }

  return {
    size,
    find(text) {
      const matches: Match[] = [];
      if (!root.next) return matches;
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        if (!root.next.has(tokens[i]!.key)) continue;
        const found = longestAt(text, tokens, i);
        if (!found) continue;
        const start = tokens[i]!.start;
        const end = tokens[found.last]!.end;
        matches.push({ id: found.terminal.id, start, end, text: text.slice(start, end) });
        i = found.last;
      }
      return matches;
    },
    exact(text) {
      const tokens = tokenize(text);
      if (!tokens.length) return undefined;
      const found = longestAt(text, tokens, 0);
      return found && found.last === tokens.length - 1 ? found.terminal.id : undefined;
    },
  };
}

/** The forms of each glossary entry in one language: its term and its variants. */
export function glossaryTerms(entries: readonly GlossaryListed[], locale: 'fr' | 'en' = 'fr'): TermForms[] {
  return entries.map((entry) => {
    // An entry of the French index has no English: its French forms stand for them.
    const text = locale === 'en' && 'en' in entry ? entry.en : entry.fr;
    return { id: entry.id, forms: [text.term, ...(text.variants ?? [])] };
  });
}

const cache = new WeakMap<readonly GlossaryListed[], Partial<Record<'fr' | 'en', Matcher>>>();

/** The matcher for a glossary in one language, built once per glossary array. */
export function glossaryMatcher(entries: readonly GlossaryListed[], locale: 'fr' | 'en' = 'fr'): Matcher {
  let byLocale = cache.get(entries);
  if (!byLocale) cache.set(entries, (byLocale = {}));
  return (byLocale[locale] ??= createMatcher(glossaryTerms(entries, locale)));
}
