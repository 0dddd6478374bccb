import type { Locale } from '@relais/sdk';

/**
 * The language an element speaks: from the closest `lang` attribute, crossing
 * shadow roots up to the document; '' when none is set.
 */
export function closestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** The supported locale for a BCP 47 tag (`fr-FR` → `fr`, `en-GB` → `en`); French otherwise. */
export function toLocale(tag: string | null | undefined): Locale {
  return /^en(?:[-_]|$)/i.test(tag ?? '') ? 'en' : 'fr';
}

/** The supported locale for an element (`fr` or `en`): closest `lang`, else the configured one, else French. */
export function resolveLocale(element: Element, configured?: Locale): Locale {
  const lang = closestLang(element);
  return lang ? toLocale(lang) : (configured ?? 'fr');
}

const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/**
 * Calls `listener` when a `lang` attribute changes anywhere in the document
 * (one observer for the page, so that elements need not look for their
 * language on every update). Returns the unsubscribe.
 */
export function followLang(listener: () => void): () => void {
  langListeners.add(listener);
  if (!langObserver && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    langObserver = new MutationObserver(() => {
      for (const l of [...langListeners]) l();
    });
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (!langListeners.size) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}
