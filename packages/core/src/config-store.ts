/**
 * The page-level config store. A page configures Relais with `configure({...})`
 * or a `<script type="application/json" data-relais-config>`; elements read it
 * through `pageConfig()` and hear of changes through `subscribe()`. Widgets
 * also publish shared state here (the tracker's procedure and current step).
 * Bad JSON or an invalid config is reported once, never thrown.
 */
import type { RelaisConfig } from '@relais/sdk';

/** What widgets share on the page (e.g. the tracker → the help code). */
export interface PageState {
  procedure?: string;
  step?: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let programmatic: unknown;
let fromScript: unknown;
let scriptRead = false;
let state: PageState = {};
let revision = 0;
const reported = new Set<string>();

/** Logs a message once per page (for integrators), as a warning. */
export function warnOnce(message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  console.warn(`[relais] ${message}`);
}

function readScripts(): unknown {
  if (scriptRead || typeof document === 'undefined') return fromScript;
  scriptRead = true;
  const scripts = document.querySelectorAll('script[type="application/json"][data-relais-config]');
  let merged: Record<string, unknown> | undefined;
  scripts.forEach((script) => {
    try {
      const parsed: unknown = JSON.parse(script.textContent || '{}');
      if (typeof parsed === 'object' && parsed && !Array.isArray(parsed)) merged = { ...merged, ...parsed };
      else merged = parsed as Record<string, unknown>;
    } catch (error) {
      warnOnce(
        `The <script data-relais-config> is not valid JSON (${(error as Error).message}). Relais uses its defaults. Fix: check quotes and commas, e.g. {"locale": "fr"}.`,
      );
    }
  });
  fromScript = merged;
  return fromScript;
}

/** The page config as given (unchecked): `configure()` over the JSON script. */
export function pageConfig(): unknown {
  const script = readScripts();
  if (programmatic === undefined) return script;
  if (script && typeof script === 'object' && typeof programmatic === 'object' && programmatic) {
    return { ...script, ...programmatic };
  }
  return programmatic;
}

/** Sets the page-level config. Elements on the page update. Never throws. */
export function configure(config: RelaisConfig | undefined): void;
export function configure(config: unknown): void;
export function configure(config: unknown): void {
  programmatic = config;
  revision++;
  notify();
}

/** A number that changes each time the page config changes (elements keep what they resolved until then). */
export function configRevision(): number {
  return revision;
}

/** What widgets share on the page now. */
export function pageState(): PageState {
  return state;
}

/** Publishes shared state (merged); elements on the page update. */
export function publishState(next: PageState): void {
  if (next.procedure === state.procedure && next.step === state.step) return;
  state = { ...state, ...next };
  notify();
}

/** Calls `listener` when the config or the shared state changes. Returns the unsubscribe. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.error('[relais]', error);
    }
  }
}

/** @internal Resets the store (tests only). */
export function resetConfigStore(): void {
  programmatic = undefined;
  fromScript = undefined;
  scriptRead = false;
  state = {};
  revision++;
  reported.clear();
  notify();
}
