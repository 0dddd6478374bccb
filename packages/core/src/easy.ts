/**
 * The citizen's "Plus simple" choice for the page: every Relais element
 * (explanations, the help panel, the tracker) follows it. Kept in
 * sessionStorage where the browser allows it, read once.
 */

let easyChoice: boolean | undefined;
let easyRead = false;
const easyListeners = new Set<() => void>();
const storageKey = () => `relais-easy:${typeof location === 'undefined' ? '' : location.pathname}`;

/**
 * The citizen's choice for this page: true, false, or undefined when they
 * have not chosen (then the `easy` attribute and the config decide).
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

/** Records the citizen's choice; every element on the page follows it. */
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

/** @internal Forgets the choice (tests and stories). */
export function resetEasyPreference(): void {
  easyChoice = undefined;
  easyRead = false;
  try {
    sessionStorage.removeItem(storageKey());
  } catch {
    // Nothing stored.
  }
  for (const listener of [...easyListeners]) listener();
}
