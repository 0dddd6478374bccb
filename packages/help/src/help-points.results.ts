/**
 * The finder's list of places (named by the count) and "more", or the
 * communes to choose from: templates only, in the lazily loaded part.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { safeUrl } from '@relais/sdk';
import type { GeoPlace, PointView } from './help-points.logic.js';
import type { FinderHost } from './help-points.host.js';

/** What the list's buttons do. */
interface Choices {
  choose(place: GeoPlace): void;
  more(): void;
  /** "Préparer ma visite". */
  visit(index: number, trigger: HTMLElement): void;
}

/**
 * A link of a place. Three places have the same "Appeler", "Itinéraire" and
 * "Prendre rendez-vous": the link's name adds the place's name after the
 * visible words ("Itinéraire (OpenStreetMap) : Médiathèque des Sources"), so
 * that a citizen who reaches it by Tab, or in a list of links, knows which
 * place it is. An aria-label, not hidden text: Orca reads a visually hidden
 * part as a line of its own, and drops its leading space.
 */
function link(l: { href: string; text: string } | undefined, v: PointView, cls = '', describedBy?: string): TemplateResult | typeof nothing {
  const href = safeUrl(l?.href);
  if (!l || !href) return nothing;
  return html`<li>
    <a class=${cls} href=${href} aria-label="${l.text}${v.ofPlace}" aria-describedby=${describedBy ?? nothing}>${l.text}</a>
  </li>`;
}

/**
 * One place: its name, a heading (the one focused after "Voir plus de
 * lieux"), then short lines: kind, distance, address, hours, and what can be
 * done. The phone link, first reached by Tab, is described by the distance
 * and whether the place is open ("À 14 km. Fermé — ouvre vendredi à 14 h").
 */
function renderPoint(v: PointView, i: number, level: number, host: FinderHost, session: Choices): TemplateResult {
  const about = `place-${i}-about`;
  return html`<li>
    <div class="name" role="heading" aria-level=${level} tabindex="-1">${v.name}</div>
    <span id=${about} hidden>${[v.distance, v.mobile ?? v.status?.text].filter(Boolean).join('. ')}</span>
    <p class="meta">${v.kind}<br />${v.distance}</p>
    ${v.address.length ? html`<p>${v.address.map((line, n) => html`${n ? html`<br />` : nothing}${line}`)}</p>` : nothing}
    ${v.mobile ? html`<p class="mobile">${v.mobile}</p>` : nothing}
    ${v.status ? html`<p class="status ${v.status.open ? 'open' : 'closed'}">${v.status.text}</p>` : nothing}
    ${v.today ? html`<p>${v.today}</p>` : nothing} ${v.hours ? html`<p class="meta">${v.hours}</p>` : nothing}
    ${v.appointments ? html`<p>${v.appointments}</p>` : nothing} ${v.support ? html`<p>${v.support}</p>` : nothing}
    ${v.note ? html`<p class="meta">${v.note}</p>` : nothing} ${v.phoneText ? html`<p>${v.phoneText}</p>` : nothing}
    <ul class="actions">
      ${link(v.phone, v, 'call', about)} ${link(v.booking, v)} ${link(v.directions, v)} ${link(v.access, v)}
    </ul>
    <button
      class="secondary visit"
      type="button"
      data-visit=${i}
      aria-label="${host.t('visit.open')}${v.ofPlace}"
      @click=${(event: Event) => session.visit(i, event.currentTarget as HTMLElement)}
    >
      ${host.t('visit.open')}
    </button>
  </li>`;
}

/** What the finder shows under its form once a search has an answer. */
export function renderOutcome(host: FinderHost, session: Choices): TemplateResult | typeof nothing {
  const { phase, views, heading, more: hasMore, matches } = host.state;
  if (phase === 'ambiguous' && matches) {
    return html`<p id="choose">${host.t('points.ambiguous')}</p>
      <ul class="choices" aria-labelledby="choose">
        ${matches.map((m) => html`<li><button class="secondary" type="button" @click=${() => session.choose(m)}>${m.label}</button></li>`)}
      </ul>`;
  }
  if (phase !== 'results' || !views?.length) return nothing;
  const level = Math.min(6, Math.max(1, Math.round(Number(host.headingLevel)) || 2));
  return html`<p id="count" class="count">${heading}</p>
    <ol part="results" class="results" aria-labelledby="count">
      ${views.map((v, i) => renderPoint(v, i, level, host, session))}
    </ol>
    ${hasMore ? html`<button class="secondary more" type="button" @click=${() => session.more()}>${host.t('points.more')}</button>` : nothing}`;
}
