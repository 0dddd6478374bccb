/**
 * relais.js: the one file a page references. A small loader: it registers
 * nothing by itself. It finds the Relais elements the page uses — present
 * now, added later, inside open shadow roots the page creates, or made by
 * `annotate()` — and fetches each one's files, all at once, from the folder
 * it was loaded from (so copying `dist/` to any static host works). The
 * build writes the list of files each element needs for its first render
 * into this file.
 *
 * It also gives page scripts what they need without loading any element:
 * `configure()` and `publishState()` (synchronous: the page config store
 * lives in this file), `defineConfig()`, and `validateConfig()`,
 * `decodeHelpCode()`, `describeHelpCode()`, `helpCodeTexts()` and
 * `annotate()`, which load their code when called and so return a Promise.
 */
import type { DecodedHelpCode, HelpCodeTexts, RelaisConfig, ValidationResult } from '@relais/sdk';
import type { AnnotateOptions, Annotation } from '@relais/explainer';

export { configure, publishState } from '@relais/core/config-store.js';
export type { RelaisConfig, ValidationResult, DecodedHelpCode, HelpCodeTexts, AnnotateOptions, Annotation };

/** What the build writes: for each element, the files of its first render (its entry first), and of its first press. */
interface Manifest {
  elements: Record<string, string[]>;
  press: Record<string, string[]>;
  /** The page-script API (validator, help codes), loaded on first use. */
  api: string;
  /** annotate()'s files (its entry first): its walk over the page and the glossary. */
  annotate: string[];
  /** Each default field-explainer topic's files: fetched with `<relais-explainer>`'s own, for the topics the page shows. */
  topics: Record<string, string[]>;
}
declare const __RELAIS_MANIFEST__: Manifest;
const manifest: Manifest = __RELAIS_MANIFEST__;

const here = import.meta.url;
const url = (file: string): string => new URL(file, here).href;
const tags = Object.keys(manifest.elements);
const selector = tags.join(',');
const asked = new Set<string>();

/** Fetches every file `tag` needs at once (its entry defines it); a file that cannot load leaves the element's fallback. */
function need(tag: string): void {
  if (asked.has(tag) || customElements.get(tag)) return;
  asked.add(tag);
  const imports = (files: string[] = []) => files.map((file) => import(/* @vite-ignore */ url(file)) as Promise<unknown>);
  const load = (files: string[] = []) => Promise.all(imports(files));
  const first = imports(manifest.elements[tag]);
  Promise.all(first).then(
    // What the first press needs comes right after what the first render needs (never before it), all at once too:
    // the press then waits for nothing.
    () => void load(manifest.press[tag]).catch(() => {}),
    (error: unknown) => {
      asked.delete(tag);
      if (refusedByTrustedTypes(error)) {
        // One cause for every element: said once.
        if (!trustedTypesReported) {
          trustedTypesReported = true;
          console.warn(
            `[relais] The page's Trusted Types policy (Content-Security-Policy trusted-types) refuses the policy Lit creates, so this copy of Relais cannot load its elements; those no other copy defined keep their fallback content. Fix: add trusted-types lit-html to the page's Content-Security-Policy, with 'allow-duplicates' if Relais (or Lit) is loaded twice.`,
            error,
          );
        }
        return;
      }
      // The entry only re-exports: the file that defines the element may have loaded all the same. Said only if it did not.
      void Promise.allSettled(first).then(() => {
        if (customElements.get(tag)) return;
        console.warn(
          `[relais] <${tag}> could not be loaded; its fallback content stays. Fix: serve every file of Relais's dist/ folder beside relais.js.`,
          error,
        );
      });
    },
  );
}

let trustedTypesReported = false;
/** Whether a failed load is Lit's `trustedTypes.createPolicy('lit-html')` refused by the page's CSP (name not allowed, or already taken). */
function refusedByTrustedTypes(error: unknown): boolean {
  return error instanceof TypeError && /createPolicy|TrustedTypePolicyFactory/.test(error.message);
}

const topicsAsked = new Set<string>();
/**
 * A `<relais-explainer>`'s topic file, at once with the element's files. The
 * id is read by the element's own rule (`RelaisExplainer.topicId`: `topic`,
 * else `for` in lower case with `-` for `_`), written again here because the
 * loader imports nothing; a mismatch only costs the prefetch.
 */
function topicOf(el: Element): void {
  const id = el.getAttribute('topic') || (el.getAttribute('for') ?? '').toLowerCase().replace(/_/g, '-');
  if (topicsAsked.has(id) || !Object.hasOwn(manifest.topics, id)) return;
  topicsAsked.add(id);
  // A topic that fails is reported by the element (its data module asks for the same file).
  for (const file of manifest.topics[id]!) (import(/* @vite-ignore */ url(file)) as Promise<unknown>).catch(() => {});
}

/** Every Relais element in `root` (and `root` itself). */
function scan(root: ParentNode | Element): void {
  if (root instanceof Element && tags.includes(root.localName)) need(root.localName);
  if (root instanceof Element && root.localName === 'relais-explainer') topicOf(root);
  if (asked.size < tags.length) for (const el of root.querySelectorAll(selector)) need(el.localName);
  for (const el of root.querySelectorAll('relais-explainer')) topicOf(el);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) {
        scan(node);
        if (node.shadowRoot) watch(node.shadowRoot);
      }
    }
  }
});
const watched = new WeakSet<Node>();
/** Follows `root` (the document or an open shadow root) for elements added later. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  scan(root);
  observer.observe(root, { childList: true, subtree: true });
}

// Shadow roots the page opens later: followed too (the call itself is left as it was). Not those of
// Relais's own elements: what they render (the help panel's finder) they load themselves, and watching
// them would scan every render of every element (the help panel's opening, a form of many terms).
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the element as `this`
const attach = Element.prototype.attachShadow;
if (!(attach as { relais?: boolean }).relais) {
  const follow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    if (init.mode === 'open' && !tags.includes(this.localName)) queueMicrotask(() => watch(root));
    return root;
  };
  (follow as { relais?: boolean }).relais = true;
  Element.prototype.attachShadow = follow;
}
watch(document);

/** A config, typed: `defineConfig({ … })` gives editors the schema's completions and returns the config as given. */
export function defineConfig(config: RelaisConfig): RelaisConfig {
  return config;
}

type Api = typeof import('./api.js');
let api: Promise<Api> | undefined;
const loadApi = (): Promise<Api> =>
  (api ??= import(/* @vite-ignore */ url(manifest.api)) as Promise<Api>).catch((error: unknown) => {
    api = undefined;
    throw error;
  });

/** Checks a config: every problem at once, with its path (loads the validator on first use). */
export async function validateConfig(config: unknown): Promise<ValidationResult> {
  return (await loadApi()).validateConfig(config);
}

/** Reads a help code back into its procedure and step (loads the table on first use). */
export async function decodeHelpCode(code: string): Promise<DecodedHelpCode> {
  return (await loadApi()).decodeHelpCode(code);
}

/** The `code.*` texts in `locale` (easy-to-read if asked): what a page that reads codes, the adviser's, says. */
export async function helpCodeTexts(locale: 'fr' | 'en', easy = false): Promise<HelpCodeTexts> {
  return (await loadApi()).helpCodeTexts(locale, easy);
}

/** What a decoded code says, in one line: "Carte grise — changement de titulaire — étape 1 : Votre véhicule", or "Code mal lu". */
export async function describeHelpCode(decoded: DecodedHelpCode, locale: 'fr' | 'en' = 'fr', texts?: HelpCodeTexts): Promise<string> {
  return (await loadApi()).describeHelpCode(decoded, locale, texts);
}

/** Wraps the first use of each glossary term in `root` in `<relais-term>` (see @relais/explainer). */
export async function annotate(root?: ParentNode, options?: AnnotateOptions): Promise<Annotation> {
  need('relais-term');
  const [module] = (await Promise.all(manifest.annotate.map((file) => import(/* @vite-ignore */ url(file))))) as [typeof import('./annotate.js')];
  return module.annotate(root, options);
}
