/**
 * The action bar both explanations share (a term's toggletip and a field's
 * panel): "Plus simple" (the easy-to-read version, a choice remembered for
 * the page and followed by every Relais element) and "Écouter" (read aloud,
 * never started by itself). Switching the version says the text now shown,
 * once, through the page's polite live region.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { announce, setEasyPreference } from '@relais/core';
import type { PartHost } from '@relais/core';
import { canSpeak, speak, stopSpeaking } from './speech.js';

/** What the action bar sees of its element. */
export type ActionsHost = PartHost;

/** The elements reading aloud now (their "Écouter" says "Arrêter"). */
const speaking = new WeakSet<HTMLElement>();

/** What the bar says and reads, for each version. */
export interface ActionTexts {
  /** The text shown once the version is switched (announced). */
  shown(easy: boolean): string;
  /** What "Écouter" reads. */
  speech(easy: boolean): string;
}

/** Stops reading aloud, if this element was reading. */
export function stopReading(host: ActionsHost): void {
  if (!speaking.has(host.element)) return;
  stopSpeaking(host.element);
  speaking.delete(host.element);
  host.requestUpdate();
}

function toggleEasy(host: ActionsHost, texts: ActionTexts): void {
  const next = !host.easy;
  stopReading(host);
  setEasyPreference(next);
  announce(texts.shown(next), { lang: host.locale });
}

function readAloud(host: ActionsHost, texts: ActionTexts): void {
  if (speaking.has(host.element)) return stopReading(host);
  const done = () => {
    speaking.delete(host.element);
    host.requestUpdate();
  };
  if (speak(texts.speech(host.easy), host.locale, host.element, done)) speaking.add(host.element);
  host.requestUpdate();
}

/** "Plus simple" (a toggle button) and, where the browser can read aloud, "Écouter" / "Arrêter"; `more` after them. */
export function renderActions(host: ActionsHost, texts: ActionTexts, more: unknown = nothing): TemplateResult {
  return html`<div class="actions">
    <button type="button" aria-pressed=${host.easy ? 'true' : 'false'} @click=${() => toggleEasy(host, texts)}>${host.t('explainer.easy')}</button>
    ${
      canSpeak()
        ? html`<button type="button" class="listen" @click=${() => readAloud(host, texts)}>${host.t(speaking.has(host.element) ? 'explainer.stop' : 'explainer.listen')}</button>`
        : nothing
    }
    ${more}
  </div>`;
}
