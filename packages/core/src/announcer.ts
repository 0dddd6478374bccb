/**
 * The live-region announcer: one polite (and one assertive) region per page,
 * in the light DOM at the end of <body>, created before any message is written
 * so that screen readers pick the message up. A message is written once per
 * call; writing the same text again clears the region first.
 */

const regions = new Map<'polite' | 'assertive', HTMLElement>();

function region(politeness: 'polite' | 'assertive'): HTMLElement | undefined {
  if (typeof document === 'undefined' || !document.body) return undefined;
  let el = regions.get(politeness);
  if (el && el.isConnected) return el;
  el = document.createElement('div');
  el.setAttribute('data-relais-announcer', politeness);
  // aria-live and aria-atomic, no role: an empty role="status" (or "alert")
  // is read as "barre d'état" by Orca when the citizen reads the page. RGAA
  // 7.5 counts aria-live="polite" with aria-atomic="true" as role="status"
  // (and "assertive" as role="alert"). See docs/screen-readers.md.
  el.setAttribute('aria-live', politeness);
  el.setAttribute('aria-atomic', 'true');
  // Visually hidden, still read (no display:none, no visibility:hidden).
  el.style.cssText =
    'position:absolute!important;width:1px!important;height:1px!important;margin:-1px!important;padding:0!important;overflow:hidden!important;clip-path:inset(50%)!important;white-space:nowrap!important;border:0!important';
  document.body.append(el);
  regions.set(politeness, el);
  return el;
}

/** Creates the regions now (call early, so they exist before the first message). */
export function prepareAnnouncer(): void {
  region('polite');
}

/**
 * Announces `message` through the page's live region. Returns the region
 * (for tests). `lang` marks the message's language when it differs from the page.
 */
export function announce(message: string, options: { politeness?: 'polite' | 'assertive'; lang?: string } = {}): HTMLElement | undefined {
  const el = region(options.politeness ?? 'polite');
  if (!el) return undefined;
  el.textContent = '';
  if (options.lang) el.setAttribute('lang', options.lang);
  else el.removeAttribute('lang');
  // Written in the next frame, so that the emptied region and the new text are
  // two changes: screen readers announce a repeated message again.
  const write = () => {
    el.textContent = message;
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(write, 0));
  else setTimeout(write, 0);
  return el;
}
