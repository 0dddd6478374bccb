/**
 * The content of `<relais-explainer>`'s panel, loaded with the field
 * explainers' data so that the element itself stays small: what is asked,
 * why, where to find it (with its picture), an example, "Plus simple" and
 * "Écouter".
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { announce } from '@relais/core';
import { isPictureUrl } from '@relais/sdk';
import type { FieldExplainerText, Locale, MessageId } from '@relais/sdk';
import { fieldSpeech } from './explainer.logic.js';
import { setEasyPreference } from './shared.js';
import { canSpeak, speak, stopSpeaking } from './speech.js';

export { panelStyles } from './explainer.panel.styles.js';

/** What the panel needs from its element. */
export interface PanelContext {
  /** The element: owner of the reading aloud. */
  owner: object;
  text: FieldExplainerText;
  locale: Locale;
  easy: boolean;
  speaking: boolean;
  t(id: MessageId, values?: Record<string, string | number>): string;
  setSpeaking(value: boolean): void;
}

/** Stops reading aloud, if this element was reading. */
export function stop(owner: object): void {
  stopSpeaking(owner);
}

function toggleEasy(c: PanelContext): void {
  const next = !c.easy;
  setEasyPreference(next);
  if (next) announce(c.text.easy, { lang: c.locale });
}

function readAloud(c: PanelContext): void {
  if (c.speaking) {
    stopSpeaking(c.owner);
    c.setSpeaking(false);
    return;
  }
  const words = fieldSpeech(c.text, c.easy, {
    what: c.t('explainer.field.what'),
    why: c.t('explainer.field.why'),
    where: c.t('explainer.field.where'),
    example: c.text.example ? c.t('explainer.field.example', { example: c.text.example }) : '',
  });
  c.setSpeaking(speak(words, c.locale, c.owner, () => c.setSpeaking(false)));
}

/** The panel's content. */
export function renderPanel(c: PanelContext): TemplateResult {
  const { text, easy } = c;
  const picture = text.picture && isPictureUrl(text.picture.src) ? text.picture : undefined;
  return html`${
    easy
      ? html`<p>${text.easy}</p>`
      : html`<dl>
          <dt>${c.t('explainer.field.what')}</dt>
          <dd>${text.what}</dd>
          ${text.why ? html`<dt>${c.t('explainer.field.why')}</dt><dd>${text.why}</dd>` : nothing}
          ${text.where ? html`<dt>${c.t('explainer.field.where')}</dt><dd>${text.where}</dd>` : nothing}
        </dl>`
  }
    ${picture ? html`<figure><img src=${picture.src} alt=${picture.alt} /></figure>` : nothing}
    ${text.example ? html`<p>${c.t('explainer.field.example', { example: text.example })}</p>` : nothing}
    <div class="actions">
      <button type="button" aria-pressed=${easy ? 'true' : 'false'} @click=${() => toggleEasy(c)}>${c.t('explainer.easy')}</button>
      ${
        canSpeak()
          ? html`<button type="button" class="listen" @click=${() => readAloud(c)}>${c.t(c.speaking ? 'explainer.stop' : 'explainer.listen')}</button>`
          : nothing
      }
    </div>`;
}
