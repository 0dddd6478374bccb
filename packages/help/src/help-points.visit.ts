/**
 * The visit sheet ("Préparer ma visite"), a lazily loaded part of
 * `<relais-help-points>`: for one help point, the place (address, today's
 * and the week's hours, phone, appointments, directions), the procedure and
 * the step reached with the help code, the papers to bring (the tracker's
 * checklist with its ticks, or the procedure's preset), and what the
 * médiateur can do. It holds nothing the citizen typed and sends nothing.
 * It shows in place of the list of places; "Imprimer la fiche" prints it
 * alone, from a frame of its own, on one A4 page.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PartHost } from '@relais/core';
import { helpCode, localize, procedures, procedureSteps, safeUrl, spellHelpCode } from '@relais/sdk';
import type { PointView } from './help-points.logic.js';
import { printCss, visitStyles } from './help-points.visit.styles.js';

export { visitStyles };

/** What the sheet sees of `<relais-help-points>`. */
export interface VisitHost extends PartHost {
  /** The procedure and step the sheet is for (the element's, the tracker's, the config's). */
  where(): { procedure?: string | undefined; step?: string | undefined };
  /** The tracker's checklist on the page, if any, for that procedure. */
  checklist(procedure: string | undefined): readonly { text: string; ready: boolean }[] | undefined;
  /** The level of the sheet's title (its sections are one level below). */
  readonly level: number;
  /** Back to the list of places. */
  back(): void;
}

/** What the sheet says, worked out from the place and the page (nothing the citizen typed). */
export interface VisitSheet {
  place: PointView;
  procedure?: string;
  step?: string;
  code?: { code: string; spelled: string };
  documents: { text: string; ready?: boolean }[];
}

/** The papers of a procedure from its preset: what to gather, then each step's, each once. */
function presetDocuments(procedure: string | undefined, locale: 'fr' | 'en'): { text: string }[] {
  const preset = procedure ? procedureSteps[procedure] : undefined;
  if (!preset) return [];
  const texts = [...(preset.documents ?? []), ...preset.items.flatMap((s) => s.documents ?? [])].map((d) => localize(d, locale));
  return [...new Set(texts)].map((text) => ({ text }));
}

/** The sheet's content for a place. */
export function visitSheet(host: VisitHost, place: PointView): VisitSheet {
  const { procedure, step } = host.where();
  const locale = host.locale;
  const info = procedure ? procedures.find((p) => p.id === procedure) : undefined;
  const sheet: VisitSheet = { place, documents: [...(host.checklist(procedure) ?? presetDocuments(procedure, locale))] };
  if (info) sheet.procedure = info.title[locale];
  if (procedure && step) {
    const preset = localize(procedureSteps[procedure]?.items.find((s) => s.id === step)?.title, locale);
    const title = preset || info?.steps.find((s) => s.id === step)?.title[locale];
    if (title) sheet.step = title;
  }
  if (procedure) {
    const code = helpCode(procedure, step);
    sheet.code = { code, spelled: spellHelpCode(code, locale) };
  }
  return sheet;
}

const heading = (level: number, id: string, text: string, focusable = false) =>
  html`<div class="heading" role="heading" aria-level=${Math.min(6, level)} id=${id || nothing} tabindex=${focusable ? '-1' : nothing}>${text}</div>`;

/** The sheet, in place of the list of places. */
export function renderVisit(host: VisitHost, sheet: VisitSheet, print: () => void): TemplateResult {
  const { t, level } = host;
  const { place } = sheet;
  const link = (l: { href: string; text: string } | undefined, cls = '') => {
    const href = safeUrl(l?.href);
    return l && href ? html`<p><a class=${cls} href=${href}>${l.text}</a></p>` : nothing;
  };
  return html`<article part="visit" class="sheet" aria-labelledby="visit-title" lang=${host.locale}>
    ${heading(level, 'visit-title', `${t('visit.title')}\u00a0: ${place.name}`, true)}
    <p class="lead">${t('visit.mediator')}</p>
    <section aria-labelledby="visit-place">
      ${heading(level + 1, 'visit-place', t('visit.place'))}
      <p class="name">${place.name}</p>
      <p class="meta">${place.kind}</p>
      ${place.address.length ? html`<p>${place.address.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</p>` : nothing}
      ${place.mobile ? html`<p class="mobile">${place.mobile}</p>` : nothing}
      ${place.status ? html`<p class="status ${place.status.open ? 'open' : 'closed'}">${place.status.text}</p>` : nothing}
      ${place.today ? html`<p>${place.today}</p>` : nothing}
      ${place.week ? html`<p>${t('visit.hours', { hours: place.week })}</p>` : place.hours ? html`<p>${place.hours}</p>` : nothing}
      ${link(place.phone, 'call')} ${place.phoneText ? html`<p>${place.phoneText}</p>` : nothing}
      ${link(place.booking)} ${place.appointments ? html`<p>${place.appointments}</p>` : nothing}
      ${link(place.directions, 'screen-only')}
    </section>
    <section aria-labelledby="visit-procedure">
      ${heading(level + 1, 'visit-procedure', t('visit.procedure'))}
      ${sheet.procedure ? html`<p class="name">${sheet.procedure}</p>` : html`<p>${t('visit.noProcedure')}</p>`}
      ${sheet.step ? html`<p>${t('visit.step', { step: sheet.step })}</p>` : nothing}
      ${
        sheet.code
          ? html`<p class="code">
              <span class="visually-hidden">${t('visit.code', { code: sheet.code.spelled })}</span>
              <span aria-hidden="true">${t('visit.code', { code: sheet.code.code })}</span>
            </p>
            <p>${t('visit.codeHint')}</p>`
          : nothing
      }
    </section>
    <section aria-labelledby="visit-documents">
      ${heading(level + 1, 'visit-documents', t('visit.documents'))}
      ${
        sheet.documents.length
          ? html`<ul class="documents">
            ${sheet.documents.map(
              (d) =>
                html`<li class=${d.ready ? 'ready' : ''}>
                  <span class="box" aria-hidden="true">${d.ready ? '☑' : '☐'}</span>
                  <span>${d.text}${d.ready === undefined ? nothing : html` <span class="state">(${t(d.ready ? 'visit.ready' : 'visit.toGet')})</span>`}</span>
                </li>`,
            )}
          </ul>`
          : html`<p>${t('visit.noDocuments')}</p>`
      }
    </section>
    <p class="private">${t('visit.private')}</p>
    <div class="buttons">
      <button class="primary" type="button" @click=${print}>${t('visit.print')}</button>
      <button class="secondary back" type="button" @click=${() => host.back()}>${t('visit.back')}</button>
    </div>
  </article>`;
}

/**
 * Prints the sheet alone: a copy of it in a frame of its own (in the
 * element's shadow root, out of sight), with a print stylesheet for one A4
 * page, then the frame's print. The page itself is not touched. Returns the
 * frame (kept until the next print or until the sheet closes).
 */
export function printVisit(root: ShadowRoot, sheet: HTMLElement, locale: string): HTMLIFrameElement | undefined {
  root.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = sheet.querySelector('#visit-title')?.textContent ?? '';
  root.append(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) return undefined;
  doc.documentElement.lang = locale;
  doc.title = frame.title;
  const copy = sheet.cloneNode(true) as HTMLElement;
  copy.querySelector('.buttons')?.remove();
  doc.body.append(doc.importNode(copy, true));
  try {
    const styles = new (win as unknown as typeof globalThis).CSSStyleSheet();
    styles.replaceSync(printCss);
    doc.adoptedStyleSheets = [styles];
  } catch {
    // No constructable stylesheets: the browser's own print look.
  }
  try {
    win.focus();
    win.print();
  } catch {
    // Printing refused (a sandboxed page): the sheet stays on screen.
  }
  return frame;
}
