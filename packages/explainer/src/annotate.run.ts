/**
 * The work of `annotate()`, loaded on demand: walks the text of labels,
 * legends, hints and paragraphs, finds glossary terms with `@relais/plain`
 * and wraps the first use of each term per section in `<relais-term>`.
 * Only text nodes are split; inputs, links, buttons and the like are never
 * entered, so what the form submits and how its fields are named stay as they were.
 * A label that is one whole term keeps its words; the term's "?" button goes
 * right after the label.
 */
import { glossaryMatcher } from '@relais/plain';
import type { Matcher } from '@relais/plain';
import type { GlossaryEntry, GlossaryListed, Locale } from '@relais/sdk';

/** Where terms are looked for: labels, legends, hints, paragraphs and the like. */
export const DEFAULT_SELECTOR = 'label, legend, p, li, dt, dd, caption, figcaption, th, td, .hint, .fr-hint-text, [data-relais-annotate]';
/** What makes a section: a term is wrapped once in each. Nested fieldsets (a radio group) belong to their outer one. */
export const DEFAULT_SECTION = '[data-relais-section], [data-relais-step], section, article, dialog, fieldset:not(fieldset fieldset)';
/** Never looked into: anything a citizen operates or edits, code, hidden content, and Relais' own elements. */
export const IGNORED = [
  'a',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'optgroup',
  'summary',
  'output',
  '[contenteditable]:not([contenteditable="false"])',
  '[data-relais-ignore]',
  '[aria-hidden="true"]',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="option"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="combobox"]',
  '[role="textbox"]',
  '[role="searchbox"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="treeitem"]',
  'script',
  'style',
  'template',
  'noscript',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'relais-term',
  'relais-explainer',
  'relais-help',
  'relais-help-points',
  'relais-steps',
].join(', ');

/** What one pass needs. */
export interface RunOptions {
  /** The entries to find: the French index is enough. */
  entries: readonly GlossaryListed[];
  locale: Locale;
  selector: string;
  section: string;
  ignore: string;
  /** The glossary given to annotate() (not the page's): the wrapped words look themselves up in it. */
  own: readonly GlossaryEntry[] | undefined;
}

/** What one pass did. */
export interface RunResult {
  /** How many terms were wrapped. */
  wrapped: number;
  /** The ids of the terms wrapped, in page order. */
  terms: string[];
}

/** A label whose click ticks a box: its words stay plain, so that clicking them still ticks it. */
function labelsAToggle(element: Element): boolean {
  if (element.localName !== 'label') return false;
  const control = (element as HTMLLabelElement).control;
  return control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
}

/** The elements under `root` that must not be entered, found in one native query. */
function ignoredIn(root: ParentNode, ignore: string): Set<Element> {
  return new Set(root.querySelectorAll(ignore));
}

/** The blocks of text to read under `root`, outermost only, in page order. */
function blocks(root: ParentNode, options: RunOptions, ignored: Set<Element>): Element[] {
  const found = new Set<Element>(root.querySelectorAll(options.selector));
  // Hints: whatever a field of this root names in aria-describedby.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  let extra = false;
  for (const field of root.querySelectorAll('[aria-describedby]')) {
    for (const id of (field.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
      const hint = id ? ((field.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? doc.getElementById(id)) : null;
      if (hint && !found.has(hint) && (root as Node).contains(hint)) {
        found.add(hint);
        extra = true;
      }
    }
  }
  const list = [...found];
  if (extra) list.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return list.filter((block) => {
    if (labelsAToggle(block)) return false;
    for (let parent: Element | null = block; parent && parent !== root; parent = parent.parentElement) {
      if (ignored.has(parent)) return false;
      // Inside another block that is read: that one covers it.
      if (parent !== block && found.has(parent)) return false;
    }
    return true;
  });
}

/** The text nodes of a block, in order, skipping what must not be entered. */
function textNodes(block: Element, ignored: Set<Element>): Text[] {
  const only = block.firstChild;
  // Most blocks hold one run of text.
  if (only && only === block.lastChild && only.nodeType === Node.TEXT_NODE) return (only as Text).data.length > 1 ? [only as Text] : [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.length > 1 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      return ignored.has(node as Element) || labelsAToggle(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/**
 * The glossary id when a label's whole text is one term ("Numéro
 * d'immatriculation", with or without a final ":" or "*"): its words then
 * stay plain, so that clicking them still focuses the field, and the
 * explanation's "?" goes after the label.
 */
function wholeLabelTerm(block: Element, matcher: Matcher): string | undefined {
  if (block.localName !== 'label') return undefined;
  const text = (block.textContent ?? '').replace(/[\s\u00a0]*[:*]*[\s\u00a0]*$/, '').trim();
  return text ? matcher.exact(text) : undefined;
}

/** The terms already explained in a section (wrapped by an earlier pass or written by the page). */
function termsIn(section: ParentNode, matcher: Matcher): Set<string> {
  const used = new Set<string>();
  for (const term of section.querySelectorAll('relais-term')) {
    const id = term.getAttribute('term') || matcher.exact(term.textContent ?? '');
    if (id) used.add(id);
  }
  return used;
}

/**
 * One pass over `root`: wraps the first use of each term per section.
 * Idempotent: terms already wrapped count as used, and their text is not entered again.
 */
export function run(root: ParentNode, options: RunOptions): RunResult {
  const matcher = glossaryMatcher(options.entries, options.locale);
  const result: RunResult = { wrapped: 0, terms: [] };
  if (!matcher.size) return result;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  // Inside something to leave alone (the root is in a link, an editable area…): nothing to do.
  const top = (root as Node).nodeType === Node.ELEMENT_NODE ? (root as Element) : ((root as ShadowRoot).host ?? null);
  if (top?.closest(options.ignore)) return result;
  const ignored = ignoredIn(root, options.ignore);
  const sections = new Map<ParentNode, Set<string>>();
  for (const block of blocks(root, options, ignored)) {
    const section: ParentNode = block.closest(options.section) ?? root;
    let used = sections.get(section);
    if (!used) sections.set(section, (used = termsIn(section, matcher)));
    const whole = wholeLabelTerm(block, matcher);
    if (whole) {
      if (!used.has(whole)) {
        used.add(whole);
        // An empty <relais-term> is the "?" button, named "Explication : numéro d'immatriculation".
        const term = doc.createElement('relais-term');
        term.setAttribute('term', whole);
        term.setAttribute('data-relais-annotated', 'after-label');
        if (options.own) (term as HTMLElement & { glossary?: readonly GlossaryEntry[] }).glossary = options.own;
        block.after(term);
        result.wrapped++;
        result.terms.push(whole);
      }
      continue;
    }
    for (const node of textNodes(block, ignored)) {
      const matches = matcher.find(node.data).filter((match) => {
        if (used.has(match.id)) return false;
        used.add(match.id);
        return true;
      });
      // From the end, so that the offsets of earlier matches stay right.
      for (let i = matches.length - 1; i >= 0; i--) {
        const match = matches[i]!;
        const word = node.splitText(match.start);
        word.splitText(match.end - match.start);
        const term = doc.createElement('relais-term');
        term.setAttribute('term', match.id);
        term.setAttribute('data-relais-annotated', '');
        if (options.own) (term as HTMLElement & { glossary?: readonly GlossaryEntry[] }).glossary = options.own;
        word.replaceWith(term);
        term.append(word);
      }
      result.wrapped += matches.length;
      for (const match of matches) result.terms.push(match.id);
    }
  }
  return result;
}
