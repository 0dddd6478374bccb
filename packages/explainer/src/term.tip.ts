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
import type { GlossaryEntry } from '@relais/sdk';
import { placeTip, termSpeech } from './explainer.logic.js';
import { renderActions } from './explainer.actions.js';
import type { ActionTexts, ActionsHost } from './explainer.actions.js';

export { stopReading } from './explainer.actions.js';
export { tipStyles } from './term.tip.styles.js';

/** What the toggletip sees of `<relais-term>`. */
export interface TipHost extends ActionsHost {
  hide(): void;
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
export function opened(host: TipHost, entry: GlossaryEntry): void {
  prepareAnnouncer();
  const text = entry[host.locale];
  announce(`${text.term}\u00a0: ${host.easy ? text.easy : text.definition}`, { lang: host.locale });
}

/** When the entry's texts could not load: the word, and what to do (said through the live region too). */
export function openedUnavailable(host: TipHost, term: string): void {
  prepareAnnouncer();
  announce(`${term}\u00a0: ${host.t('explainer.term.unavailable')}`, { lang: host.locale });
}

/** The toggletip's content when the entry's texts could not load: the word stays readable, with what to do. */
export function renderUnavailable(host: TipHost, term: string): TemplateResult {
  return html`<p><span class="word">${term}</span></p>
    <p id="text">${host.t('explainer.term.unavailable')}</p>
    <div class="actions"><button type="button" class="close" @click=${() => host.hide()}>${host.t('explainer.close')}</button></div>`;
}

/** What the action bar says and reads for an entry. */
const actionTexts = (host: TipHost, entry: GlossaryEntry): ActionTexts => ({
  shown: (easy) => (easy ? entry[host.locale].easy : entry[host.locale].definition),
  speech: (easy) => termSpeech(entry[host.locale], easy),
});

/** The toggletip's content. */
export function renderTip(host: TipHost, entry: GlossaryEntry): TemplateResult {
  const text = entry[host.locale];
  const link = safeUrl(entry.link);
  // "En savoir plus sur « code de cession »": the name says which word; an
  // aria-label, as Orca drops the leading space of a visually hidden part.
  const more = html`${
    link
      ? html`<a href=${link} aria-label="${host.t('explainer.more')} ${host.t('explainer.moreAbout', { term: text.term })}">${host.t('explainer.more')}</a>`
      : nothing
  }
    <button type="button" class="close" @click=${() => host.hide()}>${host.t('explainer.close')}</button>`;
  return html`<p><span class="word">${text.term}</span></p>
    <p id="text">${host.easy ? text.easy : text.definition}</p>
    ${text.example ? html`<p class="example">${text.example}</p>` : nothing} ${renderActions(host, actionTexts(host, entry), more)}`;
}
