/**
 * The list of every step and the checklist of documents, loaded on demand
 * (prefetched when the page is idle) so that the tracker's own file stays
 * small: the first render needs only the heading, the next step and the bar.
 */
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { StepsUi, StepsView } from './steps.host.js';
import { stateWord } from './steps.logic.js';
import type { Step, StepState } from './steps.logic.js';

export { partsStyles } from './steps.parts.styles.js';

const icon = (path: ReturnType<typeof svg>) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;
const checkIcon = icon(svg`<path d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6 11-11-1.4-1.4z"/>`);
const errorIcon = icon(svg`<path d="M11 5h2v9h-2zm0 11h2v2h-2z"/>`);
const placeIcon = icon(svg`<path d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/>`);

/** The words that say where an off-line step is done. */
function whereText(ui: StepsUi, step: Step): string {
  if (step.where === 'online') return '';
  return step.place ? ui.t('steps.where.place', { place: step.place }) : ui.t(`steps.where.${step.where}`);
}

/** One step of the list: its title and its state in words; a button when done and `navigable`. */
function renderStep(ui: StepsUi, step: Step, state: StepState, position: number): TemplateResult {
  const word = ui.t(stateWord(step, state));
  const marker = state === 'done' ? checkIcon : state === 'error' ? errorIcon : html`${position}`;
  // One phrase for screen readers: "Votre véhicule, terminée". The comma is
  // hidden in the line (not taken out of it, as .visually-hidden does: Orca
  // then read "Votre véhicule | , | terminée"), and the state is inline.
  const label = html`<span class="title">${step.title}</span><span class="comma">, </span><span class="state">${word}</span>`;
  const where = whereText(ui, step);
  return html`<li part="step" class="step ${state}${step.optional ? ' optional' : ''}" aria-current=${state === 'current' ? 'step' : nothing}>
    <span class="marker" aria-hidden="true">${marker}</span>
    <span class="body">
      ${
        ui.navigable && state === 'done'
          ? html`<button class="go" type="button" @click=${() => ui.select(step.id)}>${label}</button>`
          : html`<span class="label">${label}</span>`
      }
      ${where ? html`<span class="where">${placeIcon}<span>${where}</span></span>` : nothing}
      ${step.note ? html`<span class="note">${step.note}</span>` : nothing}
    </span>
  </li>`;
}

/** The ordered list of every step, each with its state in words; the current one has `aria-current="step"`. */
export function renderList(ui: StepsUi, view: StepsView): TemplateResult {
  // role="list": with list-style: none, Safari and VoiceOver drop the list semantics unless it is said.
  // eslint-disable-next-line lit-a11y/no-redundant-role
  return html`<ol part="list" class="list" role="list" aria-label=${ui.t('steps.list')}>
    ${view.steps.map((step, i) => renderStep(ui, step, view.states[i]!, i + 1))}
  </ol>`;
}

/**
 * "À préparer": the documents to have at hand, as a checklist whose ticks are
 * kept (those ticked for earlier steps stay in the list, ticked), and how
 * many are ready: "3 sur 8 prêts".
 */
export function renderDocs(ui: StepsUi, view: StepsView): TemplateResult {
  const { documents, ticked } = view;
  const count = { ready: documents.ready, total: documents.items.length };
  return html`<div class="docs">
    <p class="intro">${ui.t(documents.scope === 'before' ? 'steps.docs.before' : 'steps.docs.step')}</p>
    <p class="hint">${ui.t('steps.docs.hint')}</p>
    <ul part="documents" class="checklist">
      ${documents.items.map(
        ({ key, text }) => html`<li>
          <label>
            <input
              type="checkbox"
              .checked=${ticked.has(key)}
              @change=${(event: Event) => ui.tickDocument(key, (event.target as HTMLInputElement).checked)}
            /><span>${text}</span>
          </label>
        </li>`,
      )}
    </ul>
    <p class="ready">${ui.t(count.ready > 1 ? 'steps.docs.ready' : 'steps.docs.readyOne', count)}</p>
  </div>`;
}
