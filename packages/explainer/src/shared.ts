/**
 * What `<relais-term>` and `<relais-explainer>` share: the citizen's
 * "Plus simple" choice (remembered for the page), the loaders of the lazily
 * imported parts (data files, the explanations' content), and events.
 */
import { relaisEventInit } from '@relais/sdk';
import type { RelaisEventDetail, RelaisEventName } from '@relais/sdk';

type GlossaryData = typeof import('./glossary.data.js');
type ExplainersData = typeof import('./explainers.data.js');
let glossaryData: Promise<GlossaryData> | undefined;
let explainersData: Promise<ExplainersData> | undefined;

/** Loads the glossary (default entries and matcher) once per page; a failed load can be tried again. */
export function loadGlossary(): Promise<GlossaryData> {
  glossaryData ??= import('./glossary.data.js').catch((error: unknown) => {
    glossaryData = undefined;
    throw error;
  });
  return glossaryData;
}

/** Loads the default field explainers once per page; a failed load can be tried again. */
export function loadExplainers(): Promise<ExplainersData> {
  explainersData ??= import('./explainers.data.js').catch((error: unknown) => {
    explainersData = undefined;
    throw error;
  });
  return explainersData;
}

type TermTip = typeof import('./term.tip.js');
type ExplainerPanel = typeof import('./explainer.panel.js');
let termTip: Promise<TermTip> | undefined;
let explainerPanel: Promise<ExplainerPanel> | undefined;

/** Loads the toggletip's content and styles (with the glossary: at idle or on the first open). */
export function loadTermTip(): Promise<TermTip> {
  termTip ??= import('./term.tip.js').catch((error: unknown) => {
    termTip = undefined;
    throw error;
  });
  return termTip;
}

/** Loads the explainer panel's content and styles (with the explainers' data). */
export function loadExplainerPanel(): Promise<ExplainerPanel> {
  explainerPanel ??= import('./explainer.panel.js').catch((error: unknown) => {
    explainerPanel = undefined;
    throw error;
  });
  return explainerPanel;
}

/** Runs `task` when the page is idle (or soon, where there is no idle callback). */
export function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(task, { timeout: 3000 });
  else setTimeout(task, 200);
}

let easyChoice: boolean | undefined;
let easyRead = false;
const easyListeners = new Set<() => void>();
const storageKey = () => `relais-easy:${typeof location === 'undefined' ? '' : location.pathname}`;

/**
 * The citizen's "Plus simple" choice for this page: true, false, or
 * undefined when they have not chosen (then the `easy` attribute and the
 * config decide). Kept in sessionStorage where the browser allows it.
 */
export function easyPreference(): boolean | undefined {
  if (!easyRead) {
    easyRead = true;
    try {
      const stored = sessionStorage.getItem(storageKey());
      if (stored === '1' || stored === '0') easyChoice = stored === '1';
    } catch {
      // Storage refused (sandboxed frame, privacy settings): the choice lasts until the page is left.
    }
  }
  return easyChoice;
}

/** Records the citizen's choice; every term and explainer on the page follows it. */
export function setEasyPreference(value: boolean | undefined): void {
  easyChoice = value;
  easyRead = true;
  try {
    if (value === undefined) sessionStorage.removeItem(storageKey());
    else sessionStorage.setItem(storageKey(), value ? '1' : '0');
  } catch {
    // See easyPreference().
  }
  for (const listener of [...easyListeners]) listener();
}

/** Calls `listener` when the choice changes; returns the unsubscribe. */
export function onEasyPreference(listener: () => void): () => void {
  easyListeners.add(listener);
  return () => easyListeners.delete(listener);
}

/** Fires a Relais event from `element` (bubbles, composed). */
export function emit<K extends RelaisEventName>(element: HTMLElement, name: K, detail: RelaisEventDetail<K>): void {
  element.dispatchEvent(new CustomEvent(name, { ...relaisEventInit, detail }));
}

/** @internal Forgets the "Plus simple" choice (tests and stories). */
export function resetEasyPreference(): void {
  easyChoice = undefined;
  easyRead = false;
  try {
    sessionStorage.removeItem(storageKey());
  } catch {
    // Nothing stored.
  }
}
