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
 * A link of a place. Three places have the same "Itinéraire" and "Prendre
 * rendez-vous": in a screen reader's list of links, the place's name (hidden,
 * after the visible words) tells them apart.
 */
function link(l: { href: string; text: string } | undefined, suffix?: string, cls = ''): TemplateResult | typeof nothing {
  const href = safeUrl(l?.href);
  if (!l || !href) return nothing;
  return html`<li><a class=${cls} href=${href}>${l.text}${suffix ? html`<span class="visually-hidden">${suffix}</span>` : nothing}</a></li>`;
}

/** One place: its name first, then kind, distance, address, hours, and what can be done. */
function renderPoint(v: PointView, index: number, host: FinderHost, session: Choices): TemplateResult {
  return html`<li tabindex="-1">
    <p class="name">${v.name}</p>
    <p class="meta">${v.kind}<br />${v.distance}</p>
    ${v.address.length ? html`<p>${v.address.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</p>` : nothing}
    ${v.mobile ? html`<p class="mobile">${v.mobile}</p>` : nothing}
    ${v.status ? html`<p class="status ${v.status.open ? 'open' : 'closed'}">${v.status.text}</p>` : nothing}
    ${v.today ? html`<p>${v.today}</p>` : nothing} ${v.hours ? html`<p class="meta">${v.hours}</p>` : nothing}
    ${v.appointments ? html`<p>${v.appointments}</p>` : nothing} ${v.support ? html`<p>${v.support}</p>` : nothing}
    ${v.note ? html`<p class="meta">${v.note}</p>` : nothing} ${v.phoneText ? html`<p>${v.phoneText}</p>` : nothing}
    <ul class="actions">
      ${link(v.phone, undefined, 'call')} ${link(v.booking, v.ofPlace)} ${link(v.directions, v.ofPlace)} ${link(v.access, v.ofPlace)}
    </ul>
    <button
      class="secondary visit"
      type="button"
      data-visit=${index}
      @click=${(event: Event) => session.visit(index, event.currentTarget as HTMLElement)}
    >
      ${host.t('visit.open')}<span class="visually-hidden">${v.ofPlace}</span>
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
  return html`<p id="count" class="count">${heading}</p>
    <ol part="results" class="results" aria-labelledby="count">
      ${views.map((v, i) => renderPoint(v, i, host, session))}
    </ol>
    ${hasMore ? html`<button class="secondary more" type="button" @click=${() => session.more()}>${host.t('points.more')}</button>` : nothing}`;
}
