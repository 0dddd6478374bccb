/**
 * The finder's lazy part, loaded when the citizen first uses it: the search
 * (with `@relais/points`), the location request, what is announced, and the
 * list of places with its styles.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { announce, warnOnce } from '@relais/core';
import { safeUrl } from '@relais/sdk';
import type { MessageId } from '@relais/sdk';
import type { RelaisHelpPoints } from './help-points.js';
import { countText, MAX_KM, MAX_RESULTS, pointView, searchAt, searchText } from './help-points.logic.js';
import type { FinderSettings, GeoPlace, Outcome, PointView } from './help-points.logic.js';
import { deviceTimeZone } from './help.logic.js';

/** A message and its values. */
interface Said {
  id: MessageId;
  values?: Record<string, string>;
  /** Show the national maps under it (the points file cannot be used). */
  maps?: boolean;
}

/** @internal What the finder shows. */
export interface FinderState {
  phase: 'idle' | 'busy' | 'results' | 'ambiguous' | 'message';
  /** While busy: what it is doing. */
  busy?: MessageId;
  /** A message in place of results (no place found, a failure). */
  message?: Said;
  /** A problem with what was typed, shown under the field. */
  field?: Said;
  views?: PointView[];
  /** The list's name: "3 lieux trouvés près de 48200". */
  heading?: string;
  more?: boolean;
  matches?: GeoPlace[];
}

/** @internal The search in progress: a newer one makes older answers stale. */
export interface Session {
  run: number;
  k: number;
  by: 'text' | 'location';
  place: string;
  where?: { lat: number; lng: number } | { text: string };
  /** After "more": the first new place, to focus. */
  focusFrom: number;
}

const STEP = 3;

/** Says `text` politely: through the page's live region, or the finder's own inside a modal dialog (the page is inert there). */
function say(host: RelaisHelpPoints, text: string): void {
  let node: Node | null = host;
  while (node) {
    if (node instanceof HTMLDialogElement && node.matches(':modal')) {
      host.status = '';
      requestAnimationFrame(() => (host.status = text));
      return;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  announce(text, { lang: host.finder.locale });
}

function settings(host: RelaisHelpPoints): FinderSettings {
  const settings: FinderSettings = { src: host.finder.src ?? '', geocoder: host.finder.geocoder, base: document.baseURI };
  if (host.geocoderTimeout) settings.geocoderTimeout = host.geocoderTimeout;
  return settings;
}

/** A new search: fires `relais-points-search` (how, never what or where) and shows that it is busy. */
function start(host: RelaisHelpPoints, by: 'text' | 'location', busy: MessageId): number {
  const s = host.session;
  Object.assign(s, { by, k: STEP, place: '', focusFrom: -1 });
  host.state = { phase: 'busy', busy };
  host.status = '';
  host.emit('relais-points-search', { by });
  return ++s.run;
}

function show(host: RelaisHelpPoints, message: Said): void {
  host.state = { phase: 'message', message };
  say(host, host.finder.t(message.id, message.values));
}

/** Shows what a search gave, unless a newer search has started. */
async function apply(host: RelaisHelpPoints, run: number, search: Promise<Outcome>): Promise<void> {
  const outcome = await search;
  const s = host.session;
  if (run !== s.run) return;
  const { t, locale, messages, phone } = host.finder;
  if (outcome.type === 'results') {
    s.place = outcome.place;
    const place = s.place || t('points.yourPosition');
    const context = { locale, messages, now: host.now ?? new Date(), deviceTimeZone: deviceTimeZone() };
    const views = outcome.results.map((r) => pointView(r, context));
    host.emit('relais-points-result', { by: s.by, count: views.length });
    if (!views.length) return show(host, { id: 'points.empty', values: { place, phone: phone.display, km: String(MAX_KM) }, maps: true });
    const heading = countText(views.length, place, messages);
    host.state = { phase: 'results', views, heading, more: views.length >= s.k && s.k < MAX_RESULTS };
    say(host, s.focusFrom > 0 ? t('points.shown', { count: views.length }) : heading);
  } else if (outcome.type === 'ambiguous') {
    host.state = { phase: 'ambiguous', matches: outcome.matches };
    say(host, t('points.ambiguous'));
  } else if (outcome.type === 'field') {
    const field: Said = outcome.values ? { id: outcome.message, values: outcome.values } : { id: outcome.message };
    // "…ou les cartes nationales ci-dessous": then they must be there.
    if (outcome.message === 'points.error.noGeocoding') field.maps = true;
    host.state = { phase: 'idle', field };
    say(host, t(field.id, field.values));
  } else if (outcome.kind === 'network') {
    show(host, { id: 'points.error.network' });
  } else if (outcome.from === 'geocoder') {
    // The places are fine; only the search by name is broken: the location and the maps still work.
    warnOnce(
      `<relais-help-points> cannot use its geocoder (${outcome.detail}). Fix: set geocoder to a service answering like the national address API's search (GeoJSON), or remove it to use the points file's own table.`,
    );
    show(host, { id: 'points.error.noGeocoding', maps: true });
  } else {
    warnOnce(
      `<relais-help-points> cannot use its points file (${outcome.detail}). Fix: build it with \`relais-points build … --out DIR\` and set points-src to DIR/points.json.`,
    );
    show(host, { id: 'points.error.data', maps: true });
  }
}

/** Searches near what the citizen typed. */
export function submit(host: RelaisHelpPoints, text: string): void {
  const run = start(host, 'text', 'points.searching');
  host.session.where = { text };
  void apply(host, run, searchText(text, host.session.k, settings(host)));
}

function searchHere(host: RelaisHelpPoints, run: number, lat: number, lng: number, place: string): void {
  host.session.where = { lat, lng };
  void apply(host, run, searchAt(lat, lng, place, host.session.k, settings(host)));
}

/** Searches near a commune chosen from the list of those with the same name. */
function choose(host: RelaisHelpPoints, place: GeoPlace): void {
  searchHere(host, start(host, 'text', 'points.searching'), place.lat, place.lng, place.label);
}

/** Asks for the location, only now, and searches around it. Refused, timed out or unavailable: a plain message; the field stays usable. */
export function locate(host: RelaisHelpPoints): void {
  const run = start(host, 'location', 'points.locating');
  const fail = (id: MessageId): void => {
    if (run === host.session.run) show(host, { id });
  };
  const geo = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
  if (!geo) return fail('points.geo.unavailable');
  let settled = false;
  const settle = (): boolean => {
    const first = !settled;
    settled = true;
    clearTimeout(guard);
    return first;
  };
  // Some browsers never call back when the prompt is dismissed: give up a little after the timeout.
  const guard = setTimeout(() => settle() && fail('points.geo.timeout'), host.locationTimeout + 2000);
  try {
    geo.getCurrentPosition(
      (position) => {
        if (settle() && run === host.session.run) searchHere(host, run, position.coords.latitude, position.coords.longitude, '');
      },
      (error) => {
        if (settle()) fail(error.code === 1 ? 'points.geo.denied' : error.code === 3 ? 'points.geo.timeout' : 'points.geo.unavailable');
      },
      { enableHighAccuracy: false, timeout: host.locationTimeout, maximumAge: 300_000 },
    );
  } catch {
    if (settle()) fail('points.geo.unavailable');
  }
}

/** Three more places; focus goes to the first new one. */
function more(host: RelaisHelpPoints): void {
  const s = host.session;
  const where = s.where;
  if (!where) return;
  s.focusFrom = host.state.views?.length ?? 0;
  s.k = Math.min(s.k + STEP, MAX_RESULTS);
  const run = ++s.run;
  void apply(host, run, 'text' in where ? searchText(where.text, s.k, settings(host)) : searchAt(where.lat, where.lng, s.place, s.k, settings(host)));
}

/** After a render: after "more", focus the first new place. */
export function afterRender(host: RelaisHelpPoints): void {
  const s = host.session;
  if (s.focusFrom < 0 || host.state.phase !== 'results') return;
  const item = host.renderRoot.querySelectorAll<HTMLElement>('[part="results"] > li')[s.focusFrom];
  s.focusFrom = -1;
  item?.focus();
}

/**
 * A link of a place. Three places have the same "Itinéraire" and "Prendre
 * rendez-vous": in a screen reader's list of links, the place's name (hidden,
 * after the visible words) tells them apart.
 */
const link = (l: { href: string; text: string } | undefined, suffix?: string, cls = ''): TemplateResult | typeof nothing =>
  l && safeUrl(l.href)
    ? html`<li><a class=${cls} href=${safeUrl(l.href)!}>${l.text}${suffix ? html`<span class="visually-hidden">${suffix}</span>` : nothing}</a></li>`
    : nothing;

/** One place: its name first, then kind, distance, address, hours, and what can be done. */
function renderPoint(v: PointView): TemplateResult {
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
  </li>`;
}

/** The list of places (named by the count) and "more", or the communes to choose from. */
export function renderOutcome(host: RelaisHelpPoints): TemplateResult | typeof nothing {
  const { phase, views, heading, more: hasMore, matches } = host.state;
  const { t } = host.finder;
  if (phase === 'ambiguous' && matches) {
    return html`<p id="choose">${t('points.ambiguous')}</p>
      <ul class="choices" aria-labelledby="choose">
        ${matches.map((m) => html`<li><button class="secondary" type="button" @click=${() => choose(host, m)}>${m.label}</button></li>`)}
      </ul>`;
  }
  if (phase !== 'results' || !views?.length) return nothing;
  return html`<p id="count" class="count">${heading}</p>
    <ol part="results" class="results" aria-labelledby="count">
      ${views.map(renderPoint)}
    </ol>
    ${hasMore ? html`<button class="secondary more" type="button" @click=${() => more(host)}>${t('points.more')}</button>` : nothing}`;
}

/** Styles of the list, adopted when this module loads. */
export const resultsStyles = css`
  .count,
  .name {
    font-weight: 700;
  }
  .results {
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .results > li {
    margin-block: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_points-border);
    border-radius: var(--_radius);
    background: var(--_points-surface);
  }
  .name {
    font-size: 1.0625rem;
  }
  .meta {
    color: var(--_text-muted);
  }
  .mobile {
    color: var(--_warning);
  }
  .mobile {
    font-weight: 700;
  }
  .choices,
  .actions {
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
  }
  .choices li {
    margin-block: 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin: 0;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  @media (forced-colors: active) {
    .results > li {
      border-color: CanvasText;
    }
  }
`;
