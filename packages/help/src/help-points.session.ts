/**
 * The finder's search session, in its lazily loaded part: a search by what
 * the citizen typed or by their location (asked only now), what is shown and
 * announced, and "more places". A newer search makes older answers stale.
 */
import type { ReactiveController, TemplateResult } from 'lit';
import type { nothing } from 'lit';
import { announce, warnOnce } from '@relais/core';
import { safeUrl } from '@relais/sdk';
import type { MessageId } from '@relais/sdk';
import { countText, MAX_KM, MAX_RESULTS, pointView, searchAt, searchesByText as canSearchByText, searchText } from './help-points.logic.js';
import type { FinderSettings, GeoPlace, Outcome } from './help-points.logic.js';
import type { FinderHost, Said } from './help-points.host.js';
import { deviceTimeZone, phoneLine } from './help.phone.js';
import { renderOutcome } from './help-points.results.js';

const STEP = 3;

/** One finder's searches. */
export class FinderSession implements ReactiveController {
  private readonly _host: FinderHost;
  private _run = 0;
  private _k = STEP;
  private _by: 'text' | 'location' = 'text';
  private _place = '';
  private _where: { lat: number; lng: number } | { text: string } | undefined;
  /** After "more": the first new place, to focus. */
  private _focusFrom = -1;

  constructor(host: FinderHost) {
    this._host = host;
  }

  /** After a render: after "more", focus the first new place's heading (its name, heard as a heading; not the whole card). */
  hostUpdated(): void {
    if (this._focusFrom < 0 || this._host.state.phase !== 'results') return;
    const name = this._host.element.shadowRoot?.querySelectorAll<HTMLElement>('[part="results"] > li > .name')[this._focusFrom];
    this._focusFrom = -1;
    name?.focus();
  }

  /** What the finder shows under its form once a search has an answer. */
  render(): TemplateResult | typeof nothing {
    return renderOutcome(this._host, this);
  }

  /** Searches near what the citizen typed. */
  submit(text: string): void {
    const run = this._start('text', 'points.searching');
    this._where = { text };
    void this._apply(run, searchText(text, this._k, this._settings()));
  }

  /** Asks for the location, only now, and searches around it. Refused, timed out or unavailable: a plain message; the field stays usable. */
  locate(): void {
    const run = this._start('location', 'points.locating');
    const fail = (id: MessageId): void => {
      if (run === this._run) this._show({ id });
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
    const timeout = this._host.locationTimeout;
    // Some browsers never call back when the prompt is dismissed: give up a little after the timeout.
    const guard = setTimeout(() => settle() && fail('points.geo.timeout'), timeout + 2000);
    try {
      geo.getCurrentPosition(
        (position) => {
          if (settle() && run === this._run) this._searchHere(run, position.coords.latitude, position.coords.longitude, '');
        },
        (error) => {
          if (settle()) fail(error.code === 1 ? 'points.geo.denied' : error.code === 3 ? 'points.geo.timeout' : 'points.geo.unavailable');
        },
        { enableHighAccuracy: false, timeout, maximumAge: 300_000 },
      );
    } catch {
      if (settle()) fail('points.geo.unavailable');
    }
  }

  /** Searches near a commune chosen from the list of those with the same name. */
  choose(place: GeoPlace): void {
    this._searchHere(this._start('text', 'points.searching'), place.lat, place.lng, place.label);
  }

  /** "Préparer ma visite" for the place at `index`. */
  visit(index: number, trigger: HTMLElement): void {
    this._host.openVisit(index, trigger);
  }

  /** Three more places; focus goes to the first new one. */
  more(): void {
    const where = this._where;
    if (!where) return;
    this._focusFrom = this._host.state.views?.length ?? 0;
    this._k = Math.min(this._k + STEP, MAX_RESULTS);
    const run = ++this._run;
    const settings = this._settings();
    void this._apply(run, 'text' in where ? searchText(where.text, this._k, settings) : searchAt(where.lat, where.lng, this._place, this._k, settings));
  }

  /**
   * Once the points file is known: when it has no geocoding table and no
   * service is set, the postcode hint ("Par exemple : 48000 ou Mende") would
   * promise a search that cannot work. Tells the integrator once; resolves
   * false then (the element hides the hint).
   */
  async searchesByText(): Promise<boolean> {
    const settings = this._settings();
    if (!settings.src) return true;
    const can = await canSearchByText(settings);
    if (can === false) {
      warnOnce(
        `<relais-help-points>: the points file ${settings.src} has no geocoding table, so the finder cannot search by postcode or commune (its hint "48000 ou Mende" is hidden; the location and the national maps still work). Fix: rebuild it with \`relais-points build … --postcodes communes.csv\`, or set geocoder to a service answering like the national address API's search.`,
      );
    }
    return can !== false;
  }

  /** Where the data is. */
  private _settings(): FinderSettings {
    const host = this._host;
    // Checked again where they are used: a page config skips the element's check.
    const points = host.config.help?.points;
    const settings: FinderSettings = { src: safeUrl(points?.src) ?? '', geocoder: safeUrl(points?.geocoder), base: document.baseURI };
    if (host.geocoderTimeout) settings.geocoderTimeout = host.geocoderTimeout;
    return settings;
  }

  /** A new search: fires `relais-points-search` (how, never what or where) and shows that it is busy. */
  private _start(by: 'text' | 'location', busy: MessageId): number {
    this._by = by;
    this._k = STEP;
    this._place = '';
    this._focusFrom = -1;
    this._host.state = { phase: 'busy', busy };
    this._host.status = '';
    this._host.emit('relais-points-search', { by });
    return ++this._run;
  }

  private _searchHere(run: number, lat: number, lng: number, place: string): void {
    this._where = { lat, lng };
    void this._apply(run, searchAt(lat, lng, place, this._k, this._settings()));
  }

  /** Says `text` politely: through the page's live region, or the finder's own inside a modal dialog (the page is inert there). */
  private _say(text: string): void {
    const host = this._host;
    let node: Node | null = host.element;
    while (node) {
      // A modal dialog: native (`:modal`) or made modal by hand (aria-modal, as <relais-help>'s).
      if (node instanceof HTMLDialogElement && (node.matches(':modal') || (node.open && node.getAttribute('aria-modal') === 'true'))) {
        host.status = '';
        requestAnimationFrame(() => (host.status = text));
        return;
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    announce(text, { lang: host.locale });
  }

  private _show(message: Said): void {
    this._host.state = { phase: 'message', message };
    this._say(this._host.t(message.id, message.values));
  }

  /** Shows what a search gave, unless a newer search has started. */
  private async _apply(run: number, search: Promise<Outcome>): Promise<void> {
    const outcome = await search;
    if (run !== this._run) return;
    const host = this._host;
    const { t, locale, messages } = host;
    const phone = phoneLine(host.config);
    if (outcome.type === 'results') {
      this._place = outcome.place;
      const place = this._place || t('points.yourPosition');
      const context = { locale, messages, now: host.now ?? new Date(), deviceTimeZone: deviceTimeZone() };
      const views = outcome.results.map((r) => pointView(r, context));
      host.emit('relais-points-result', { by: this._by, count: views.length });
      if (!views.length) return this._show({ id: 'points.empty', values: { place, phone: phone.display, km: String(MAX_KM) }, maps: true });
      const heading = countText(views.length, place, messages);
      host.state = { phase: 'results', views, heading, more: views.length >= this._k && this._k < MAX_RESULTS };
      this._say(this._focusFrom > 0 ? t('points.shown', { count: views.length }) : heading);
    } else if (outcome.type === 'ambiguous') {
      host.state = { phase: 'ambiguous', matches: outcome.matches };
      this._say(t('points.ambiguous'));
    } else if (outcome.type === 'field') {
      const field: Said = outcome.values ? { id: outcome.message, values: outcome.values } : { id: outcome.message };
      // "…ou les cartes nationales ci-dessous": then they must be there.
      if (outcome.message === 'points.error.noGeocoding') field.maps = true;
      host.state = { phase: 'idle', field };
      this._say(t(field.id, field.values));
    } else if (outcome.kind === 'network') {
      // No answer is the citizen's network; an answer of 5xx is the server's, which the integrator can see to.
      if (/: HTTP 5\d\d$/.test(outcome.detail))
        warnOnce(
          `<relais-help-points> got a server error for its ${outcome.from === 'geocoder' ? 'geocoder' : 'points file'} (${outcome.detail}); the citizen is told to try again or to call. Fix: check the server that serves ${outcome.from === 'geocoder' ? 'geocoder' : 'points-src'}.`,
        );
      this._show({ id: 'points.error.network' });
    } else if (outcome.from === 'geocoder') {
      // The places are fine; only the search by name is broken: the location and the maps still work.
      warnOnce(
        `<relais-help-points> cannot use its geocoder (${outcome.detail}). Fix: set geocoder to a service answering like the national address API's search (GeoJSON), or remove it to use the points file's own table.`,
      );
      this._show({ id: 'points.error.noGeocoding', maps: true });
    } else {
      warnOnce(
        `<relais-help-points> cannot use its points file (${outcome.detail}). Fix: build it with \`relais-points build … --out DIR\` and set points-src to DIR/points.json.`,
      );
      this._show({ id: 'points.error.data', maps: true });
    }
  }
}
