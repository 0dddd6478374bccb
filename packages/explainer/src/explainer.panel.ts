/**
 * The content of `<relais-explainer>`'s panel, loaded with the field
 * explainers' data so that the element itself stays small: what is asked,
 * why, where to find it (with its picture), an example, "Plus simple" and
 * "Écouter".
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { isPictureUrl } from '@relais/sdk';
import type { FieldExplainerText } from '@relais/sdk';
import { fieldSpeech } from './explainer.logic.js';
import { renderActions } from './explainer.actions.js';
import type { ActionTexts, ActionsHost } from './explainer.actions.js';

export { stopReading } from './explainer.actions.js';
export { panelStyles } from './explainer.panel.styles.js';

/** What the action bar says and reads for a field. */
const actionTexts = (host: ActionsHost, text: FieldExplainerText): ActionTexts => ({
  shown: (easy) => (easy ? text.easy : text.what),
  speech: (easy) =>
    fieldSpeech(text, easy, {
      what: host.t('explainer.field.what'),
      why: host.t('explainer.field.why'),
      where: host.t('explainer.field.where'),
      example: text.example ? host.t('explainer.field.example', { example: text.example }) : '',
    }),
});

/** The panel's content. */
export function renderPanel(host: ActionsHost, text: FieldExplainerText): TemplateResult {
  const easy = host.easy;
  const picture = text.picture && isPictureUrl(text.picture.src) ? text.picture : undefined;
  return html`${
    easy
      ? html`<p>${text.easy}</p>`
      : html`<dl>
          <dt>${host.t('explainer.field.what')}</dt>
          <dd>${text.what}</dd>
          ${text.why ? html`<dt>${host.t('explainer.field.why')}</dt><dd>${text.why}</dd>` : nothing}
          ${text.where ? html`<dt>${host.t('explainer.field.where')}</dt><dd>${text.where}</dd>` : nothing}
        </dl>`
  }
    ${picture ? html`<figure><img src=${picture.src} alt=${picture.alt} /></figure>` : nothing}
    ${text.example ? html`<p>${host.t('explainer.field.example', { example: text.example })}</p>` : nothing} ${renderActions(host, actionTexts(host, text))}`;
}
