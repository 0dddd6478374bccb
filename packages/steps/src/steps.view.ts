/**
 * The tracker's view, render only: the heading, the next step, the bar, the
 * time left and the buttons; the list and the checklist come from their own
 * part (`steps.parts.ts`), loaded at idle or when opened.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { allDone, formatDuration } from './steps.logic.js';
import type { Progress } from './steps.logic.js';
import type { StepsHost, StepsView, TrackerUi } from './steps.host.js';

/** The whole tracker for the element's variant; its fallback slot while the vertical list is loading. */
export function renderTracker(host: StepsHost, ui: TrackerUi, view: StepsView, progress: Progress): TemplateResult {
  const variant = host.variant === 'compact' || host.variant === 'vertical' ? host.variant : 'full';
  const list = host.list;
  if (variant === 'vertical' && !list && !host.listFailed) return html`<slot></slot>`;
  const t = ui.t;
  const level = Math.min(6, Math.max(1, Math.round(Number(host.headingLevel)) || 2));
  const listId = `${ui.uid}-list`;
  const docsId = `${ui.uid}-docs`;
  const count = view.documents.items.length;
  const heading = html`<div part="heading" class="heading" role="heading" aria-level=${level} tabindex="-1">${ui.headingText(view)}</div>`;
  const nextText = view.next ? t('steps.next', { title: view.next.title }) : t(allDone(view.steps, progress) ? 'steps.allDone' : 'steps.last');
  const minutes =
    view.minutes === undefined
      ? ''
      : t('steps.timeLeft', {
          duration: formatDuration(view.minutes, { minutes: t('steps.minutes'), hours: t('steps.hours'), hoursMinutes: t('steps.hoursMinutes') }),
        });
  const summary = html`<p part="next" class="next">${nextText}</p>
    <div part="bar" class="bar" aria-hidden="true">${view.states.map((state) => html`<span class=${state}></span>`)}</div>
    ${minutes ? html`<p class="time">${minutes}</p>` : nothing}`;
  const listPart = list ? list.renderList(ui, view) : nothing;
  const docs = count && list ? list.renderDocs(ui, view) : nothing;
  const toggle = (which: 'open' | 'docsOpen', controls: string, label: string) =>
    html`<button part="toggle" class="toggle" type="button" aria-expanded=${ui[which] ? 'true' : 'false'} aria-controls=${controls} @click=${() => ui.toggle(which)}>
      <span class="chevron" aria-hidden="true"></span>${label}
    </button>`;
  let body: TemplateResult;
  if (variant === 'compact') {
    body = html`<div class="row">${heading}${toggle('open', listId, t('steps.showAll'))}</div>
      <div id=${listId} class="more" ?hidden=${!ui.open}>${summary}${listPart}${docs}</div>`;
  } else if (variant === 'vertical') {
    body = html`${heading}${summary}${listPart}${docs}`;
  } else {
    body = html`${heading}${summary}
      <div class="actions">
        ${toggle('open', listId, t('steps.showAll'))} ${count ? toggle('docsOpen', docsId, t('steps.docs.toggle', { count })) : nothing}
      </div>
      <div id=${listId} class="more" ?hidden=${!ui.open}>${listPart}</div>
      ${count ? html`<div id=${docsId} class="more" ?hidden=${!ui.docsOpen}>${docs}</div>` : nothing}`;
  }
  return html`<div part="base" class="base ${variant}" lang=${host.locale}>${body}</div>`;
}
