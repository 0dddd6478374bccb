/**
 * The page-level config store. A page configures Relais with `configure({...})`
 * or a `<script type="application/json" data-relais-config>`; elements read it
 * through `pageConfig()` and hear of changes through `subscribe()`. Widgets
 * also publish shared state here (the tracker's procedure and current step).
 * Bad JSON or an invalid config is reported once, never thrown.
 *
 * Its state is one record on the page (`globalThis`, under a registered
 * symbol), so that every copy of this module shares it: the one inside
 * relais.js (where `configure()` needs no other file), the one the elements
 * use, and one bundled again by a site that also loads Relais by npm.
 *
 * The layers merge deeply (objects key by key, lists replaced), from lowest to
 * highest precedence: the `<script data-relais-config>` elements in document
 * order, then the last `configure()` call (a new call replaces the previous
 * one, not the scripts). The preset the config names is under them all, and
 * each element's own attributes over them (see `@relais/sdk`'s `resolveConfig`).
 */
import type { RelaisConfig } from '@relais/sdk';
import { isPlainObject, mergeConfig } from '@relais/sdk/merge.js';

/** What widgets share on the page (e.g. the tracker → the help code and the visit sheet). */
export interface PageState {
  procedure?: string;
  step?: string;
  /** The tracker's checklist: every document of the procedure, and whether the citizen ticked it (no personal data). */
  documents?: readonly { text: string; ready: boolean }[];
}

type Listener = () => void;

/** The page's record. */
interface PageRecord {
  listeners: Set<Listener>;
  programmatic: unknown;
  fromScript: unknown;
  scriptRead: boolean;
  state: PageState;
  revision: number;
  reported: Set<string>;
}
const KEY = Symbol.for('relais.page');
const page = ((globalThis as { [KEY]?: PageRecord })[KEY] ??= {
  listeners: new Set(),
  programmatic: undefined,
  fromScript: undefined,
  scriptRead: false,
  state: {},
  revision: 0,
  reported: new Set(),
});

/** Logs a message once per page (for integrators), as a warning. */
export function warnOnce(message: string): void {
  if (page.reported.has(message)) return;
  page.reported.add(message);
  console.warn(`[relais] ${message}`);
}

function readScripts(): unknown {
  if (page.scriptRead || typeof document === 'undefined') return page.fromScript;
  page.scriptRead = true;
  const scripts = document.querySelectorAll('script[type="application/json"][data-relais-config]');
  let merged: unknown;
  scripts.forEach((script) => {
    try {
      const parsed: unknown = JSON.parse(script.textContent || '{}');
      // A script that is not an object is kept as it is, for the validator to report.
      merged = isPlainObject(merged) && isPlainObject(parsed) ? mergeConfig(merged, parsed) : parsed;
    } catch (error) {
      warnOnce(
        `The <script data-relais-config> is not valid JSON (${(error as Error).message}). Relais uses its defaults. Fix: check quotes and commas, e.g. {"locale": "fr"}.`,
      );
    }
  });
  page.fromScript = merged;
  return merged;
}

/** The page config as given (unchecked): `configure()` merged deeply over the JSON scripts. */
export function pageConfig(): unknown {
  const script = readScripts();
  const programmatic = page.programmatic;
  if (programmatic === undefined) return script;
  if (isPlainObject(script) && isPlainObject(programmatic)) return mergeConfig(script, programmatic);
  return programmatic;
}

/**
 * Sets the page-level config, merged deeply over the `<script data-relais-config>`
 * ones (objects merged, lists replaced); it replaces what an earlier call set.
 * Elements on the page update. Never throws.
 */
export function configure(config: RelaisConfig | undefined): void;
export function configure(config: unknown): void;
export function configure(config: unknown): void {
  page.programmatic = config;
  page.revision++;
  notify();
}

/** A number that changes each time the page config changes (elements keep what they resolved until then). */
export function configRevision(): number {
  return page.revision;
}

/** What widgets share on the page now. */
export function pageState(): PageState {
  return page.state;
}

/** Publishes shared state (merged); elements on the page update. */
export function publishState(next: PageState): void {
  const state = page.state;
  const merged = { ...state, ...next };
  if (merged.procedure === state.procedure && merged.step === state.step && JSON.stringify(merged.documents) === JSON.stringify(state.documents)) return;
  page.state = merged;
  notify();
}

/** Calls `listener` when the config or the shared state changes. Returns the unsubscribe. */
export function subscribe(listener: Listener): () => void {
  page.listeners.add(listener);
  return () => page.listeners.delete(listener);
}

function notify(): void {
  for (const listener of [...page.listeners]) {
    try {
      listener();
    } catch (error) {
      console.error('[relais]', error);
    }
  }
}

/** @internal Resets the store (tests only). */
export function resetConfigStore(): void {
  page.programmatic = undefined;
  page.fromScript = undefined;
  page.scriptRead = false;
  page.state = {};
  page.revision++;
  page.reported.clear();
  notify();
}
