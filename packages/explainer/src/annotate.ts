/**
 * `annotate(root, options)`: glossary terms in an existing form become
 * `<relais-term>` elements, without touching the form's fields, links or
 * behaviour. The matching code and the glossary load on demand.
 */
import { closestLang, pageConfig, toLocale, warnOnce } from '@relais/core';
import type { GlossaryEntry, GlossaryListed, Locale } from '@relais/sdk';
import { annotateLoader, glossaryLoader } from './shared.js';

type Run = typeof import('./annotate.run.js');

/** Options of `annotate()`. */
export interface AnnotateOptions {
  /** The glossary to use (default: the default glossary with the page config's `glossary` changes). */
  glossary?: readonly GlossaryEntry[];
  /** The language of the text (default: the closest `lang` of `root`; French). */
  locale?: Locale;
  /** Where terms are looked for (default: labels, legends, paragraphs, list items, hints and whatever a field names in `aria-describedby`). */
  selector?: string;
  /** What makes a section, in which each term is wrapped once (default: `[data-relais-section]`, `[data-relais-step]`, `section`, `article`, `dialog`, outer `fieldset`s). */
  section?: string;
  /** More places to leave alone, added to the built-in ones (links, buttons, fields, `[contenteditable]`, `[data-relais-ignore]`…). */
  ignore?: string;
  /** Follow later changes of the page (a single-page form that adds or replaces content). Call `stop()` to end. */
  observe?: boolean;
}

/** What `annotate()` returns. */
export interface Annotation {
  /** How many terms were wrapped (first pass, then any later ones while observing). */
  readonly wrapped: number;
  /** Their glossary ids, in page order. */
  readonly terms: readonly string[];
  /** Stops following changes. */
  stop(): void;
}

/**
 * Finds glossary terms in the labels, legends, hints and paragraphs under
 * `root` and wraps the first use of each term per section in
 * `<relais-term>`: accent- and case-insensitive, on word boundaries, the
 * longest term first. Never inside links, buttons, fields, `select`,
 * `textarea`, `[contenteditable]` or `[data-relais-ignore]`; the labels of
 * check boxes and radio buttons are left alone too, so that clicking their
 * words still ticks them. Calling it again changes nothing. Never throws:
 * a problem is logged once and the page stays as it was.
 *
 * @example
 * ```js
 * import { annotate } from '/relais/relais.js';
 * annotate(document.querySelector('form'), { observe: true });
 * ```
 */
export function annotate(root: ParentNode = document.body, options: AnnotateOptions = {}): Promise<Annotation> {
  const state: Annotation & { wrapped: number; terms: string[]; observer?: MutationObserver } = {
    wrapped: 0,
    terms: [],
    stop: () => state.observer?.disconnect(),
  };
  // Once its code is loaded (a second call, or a glossary given after the first), the pass runs
  // at once, inside this call; the first time, after the code has loaded.
  const locale = localeOf(root, options);
  const loadedRun = annotateLoader.value;
  const loaded = options.glossary ?? (pageConfig() === undefined ? glossaryLoader.value?.glossaryFor(undefined, undefined, locale) : undefined);
  if (loadedRun && loaded) {
    start(root, options, state, loadedRun, loaded, locale);
    return Promise.resolve(state);
  }
  return (async () => {
    try {
      const [run, data] = await Promise.all([annotateLoader(), options.glossary ? undefined : glossaryLoader()]);
      start(root, options, state, run, options.glossary ?? (await data!.glossaryWith(await pageGlossary(), locale)), locale);
    } catch (error) {
      warnOnce(`annotate() failed (${String(error)}); the page is left as it was.`);
    }
    return state;
  })();
}

/** The language of the words to find: the option, else the root's `lang`. */
function localeOf(root: ParentNode, options: AnnotateOptions): Locale {
  if (options.locale) return options.locale;
  try {
    const element =
      root instanceof Document ? root.documentElement : (root as Node).nodeType === Node.ELEMENT_NODE ? (root as Element) : (root as ShadowRoot).host;
    return toLocale(closestLang(element) || 'fr');
  } catch {
    return 'fr';
  }
}

/** The first pass, and the observer that runs the next ones. Never throws. */
function start(
  root: ParentNode,
  options: AnnotateOptions,
  state: { wrapped: number; terms: string[]; observer?: MutationObserver },
  run: Run,
  entries: readonly GlossaryListed[],
  locale: Locale,
): void {
  try {
    const settings = {
      entries,
      locale,
      selector: options.selector ?? run.DEFAULT_SELECTOR,
      section: options.section ?? run.DEFAULT_SECTION,
      ignore: options.ignore ? `${run.IGNORED}, ${options.ignore}` : run.IGNORED,
      own: options.glossary,
    };
    const pass = () => {
      const result = run.run(root, settings);
      state.wrapped += result.wrapped;
      state.terms.push(...result.terms);
      // Our own changes are not news.
      state.observer?.takeRecords();
    };
    pass();
    if (!options.observe) return;
    let queued = false;
    state.observer = new MutationObserver((records) => {
      if (!records.length || queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        try {
          pass();
        } catch (error) {
          warnOnce(`annotate() could not follow a change of the page (${String(error)}).`);
        }
      });
    });
    state.observer.observe(root, { childList: true, subtree: true, characterData: true });
  } catch (error) {
    warnOnce(`annotate() failed (${String(error)}); the page is left as it was.`);
  }
}

/** The page config's glossary changes, checked (invalid parts dropped; the elements report them). */
async function pageGlossary(): Promise<import('@relais/sdk').GlossaryConfig | undefined> {
  const page = pageConfig();
  if (page === undefined) return undefined;
  const { resolveConfig } = await import('@relais/sdk/resolve.js');
  return resolveConfig(page).config.glossary;
}
