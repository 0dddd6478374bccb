/**
 * The content of `<relais-term>`'s toggletip, loaded on demand with the
 * glossary (at idle, or on the first open) so that the element itself stays
 * small: the definition or its easy-to-read version, the example, "Plus
 * simple", "Écouter", "En savoir plus" and "Fermer"; where it goes on
 * screen; what is announced when it opens.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { announce, prepareAnnouncer } from '@relais/core';
import { safeUrl } from '@relais/sdk';
import type { GlossaryEntry, Locale, MessageId } from '@relais/sdk';
import { placeTip, termSpeech } from './explainer.logic.js';
import { setEasyPreference } from './shared.js';
import { canSpeak, speak, stopSpeaking } from './speech.js';

export { tipStyles } from './term.tip.styles.js';

/** What the toggletip needs from its element. */
export interface TipContext {
  /** The element: owner of the reading aloud. */
  owner: object;
  entry: GlossaryEntry;
  locale: Locale;
  easy: boolean;
  speaking: boolean;
  t(id: MessageId, values?: Record<string, string | number>): string;
  setSpeaking(value: boolean): void;
  close(): void;
}

/** Puts the toggletip by its word, inside the viewport (see `placeTip`). */
export function place(host: HTMLElement, tip: HTMLElement, word: HTMLElement): void {
  const anchor = word.getClientRects()[0] ?? word.getBoundingClientRect();
  const { top, left } = placeTip(
    anchor,
    { width: tip.offsetWidth, height: tip.offsetHeight },
    { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight },
    getComputedStyle(host).direction === 'rtl',
  );
  tip.style.top = `${top}px`;
  tip.style.left = `${left}px`;
}

/**
 * While the toggletip is open: it follows its word on scroll and resize, and
 * closes on a press outside the element or on Escape pressed elsewhere (the
 * element handles Escape inside itself). Returns what stops all that.
 */
export function follow(host: HTMLElement, tip: HTMLElement, word: HTMLElement, close: () => void): () => void {
  const reposition = () => place(host, tip, word);
  const outside = (event: Event) => {
    if (!event.composedPath().includes(host)) close();
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.composedPath().includes(host)) close();
  };
  const scroll: AddEventListenerOptions = { capture: true, passive: true };
  window.addEventListener('scroll', reposition, scroll);
  window.addEventListener('resize', reposition);
  document.addEventListener('pointerdown', outside, true);
  document.addEventListener('keydown', escape);
  return () => {
    window.removeEventListener('scroll', reposition, scroll);
    window.removeEventListener('resize', reposition);
    document.removeEventListener('pointerdown', outside, true);
    document.removeEventListener('keydown', escape);
  };
}

/** Announces the explanation through the page's polite live region (created first, so it is heard). */
export function opened(c: TipContext): void {
  prepareAnnouncer();
  const text = c.entry[c.locale];
  announce(`${text.term}\u00a0: ${c.easy ? text.easy : text.definition}`, { lang: c.locale });
}

/** Stops reading aloud, if this element was reading. */
export function stop(owner: object): void {
  stopSpeaking(owner);
}

function toggleEasy(c: TipContext): void {
  const next = !c.easy;
  setEasyPreference(next);
  const text = c.entry[c.locale];
  announce(next ? text.easy : text.definition, { lang: c.locale });
}

function readAloud(c: TipContext): void {
  if (c.speaking) {
    stopSpeaking(c.owner);
    c.setSpeaking(false);
    return;
  }
  c.setSpeaking(speak(termSpeech(c.entry[c.locale], c.easy), c.locale, c.owner, () => c.setSpeaking(false)));
}

/** The toggletip's content. */
export function renderTip(c: TipContext): TemplateResult {
  const text = c.entry[c.locale];
  const link = safeUrl(c.entry.link);
  return html`<p><span class="word">${text.term}</span></p>
    <p id="text">${c.easy ? text.easy : text.definition}</p>
    ${text.example ? html`<p class="example">${text.example}</p>` : nothing}
    <div class="actions">
      <button type="button" aria-pressed=${c.easy ? 'true' : 'false'} @click=${() => toggleEasy(c)}>${c.t('explainer.easy')}</button>
      ${
        canSpeak()
          ? html`<button type="button" class="listen" @click=${() => readAloud(c)}>${c.t(c.speaking ? 'explainer.stop' : 'explainer.listen')}</button>`
          : nothing
      }
      ${
        link
          ? html`<a href=${link}
            >${c.t('explainer.more')}<span class="visually-hidden"> ${c.t('explainer.moreAbout', { term: text.term })}</span></a
          >`
          : nothing
      }
      <button type="button" class="close" @click=${() => c.close()}>${c.t('explainer.close')}</button>
    </div>`;
}
