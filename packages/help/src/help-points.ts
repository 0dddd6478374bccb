import { adoptStyles, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { RelaisElement, tokens, warnOnce } from '@relais/core';
import { isSafeUrl, relaisEventInit, safeUrl } from '@relais/sdk';
import type { Locale, MessageId, Messages, RelaisConfig, RelaisEventDetail, RelaisEventName } from '@relais/sdk';
import { pointsStyles } from './help-points.styles.js';
import { statusStyles } from './help.status.styles.js';
import { renderMaps } from './help-points.maps.js';
import { displayNumber, telHref } from './help.logic.js';
import type { FinderState, Session } from './help-points.search.js';

type Search = typeof import('./help-points.search.js');
let searchModule: Promise<Search> | undefined;
/** Loads the search (and `@relais/points`) once per page; a failed load can be tried again. */
function loadSearch(): Promise<Search> {
  searchModule ??= import('./help-points.search.js').catch((error: unknown) => {
    searchModule = undefined;
    throw error;
  });
  return searchModule;
}

/**
 * The nearest-help-point finder: a citizen types a postcode or a commune (or
 * asks to use their location) and gets the three nearest places where a
 * person helps with on-line procedures — préfecture points numériques,
 * France Services, lieux de médiation numérique — with distance, address,
 * open now and today's hours, phone, appointments, directions and
 * accessibility information when the data has it. More on request.
 *
 * With `points-src` (a file built by `relais-points build`), it searches in
 * the page; without it, it links to the national maps. The search code and
 * the points data load only when the citizen starts using the finder. The
 * location is asked only after the citizen presses "Utiliser ma position",
 * and never leaves the browser. The 34 00 line is always shown.
 *
 * Its light-DOM children are the fallback shown before the script loads and
 * if Relais fails, e.g. links to the national maps.
 *
 * @summary Find the nearest place to get help in person, by postcode, commune or location.
 *
 * @slot - Fallback content (links to the national maps), shown until the element is ready and if it fails.
 *
 * @csspart form - The search form.
 * @csspart input - The "Code postal ou commune" field.
 * @csspart search - The search button.
 * @csspart locate - The "Utiliser ma position" button.
 * @csspart results - The list of places.
 * @csspart phone - The phone line at the bottom.
 *
 * @cssprop --relais-points-accent - Buttons (default: --relais-color-action).
 * @cssprop --relais-points-on-accent - Text on the accent colour.
 * @cssprop --relais-points-surface - Background of each place.
 * @cssprop --relais-points-border - Borders of the field and of each place (default: --relais-color-border).
 *
 * @fires relais-points-search - A search started. Detail: `{ by: 'text' | 'location' }` — no place, postcode or position.
 * @fires relais-points-result - Places are shown (count 0 when none was found). Detail: `{ by, count }`.
 */
export class RelaisHelpPoints extends RelaisElement {
  static override styles = [tokens, pointsStyles, statusStyles];

  static override properties = {
    ...RelaisElement.properties,
    pointsSrc: { attribute: 'points-src', reflect: true },
    geocoder: { reflect: true },
    now: { attribute: false },
    state: { attribute: false },
    status: { attribute: false },
  };

  /** URL of the points file written by `relais-points build` (its `points.json`). Without it, links to the national maps. */
  declare pointsSrc: string | undefined;
  /** URL of a geocoding service answering like the national address API's `search` (GeoJSON). Without it, the points file's own postcode table. */
  declare geocoder: string | undefined;
  /** @internal The clock, for tests and stories: the time "open now" is computed for. */
  declare now: Date | undefined;
  /** @internal What the finder shows. */
  declare state: FinderState;
  /** @internal The finder's own status message (read inside a modal dialog, where the page's live region is inert). */
  declare status: string;
  /** @internal How long the browser may look for the location, ms. */
  locationTimeout = 10_000;
  /** @internal How long the geocoding service may take, ms (default: GEOCODER_TIMEOUT of the search). */
  geocoderTimeout: number | undefined;
  /** @internal The search in progress (for the lazy part). */
  readonly session: Session = { run: 0, k: 3, by: 'text', place: '', focusFrom: -1 };
  private _search: Search | undefined;

  constructor() {
    super();
    this.state = { phase: 'idle' };
    this.status = '';
  }

  protected override elementConfig(): RelaisConfig {
    const points: { src?: string; geocoder?: string } = {};
    for (const [key, name, value] of [
      ['src', 'points-src', this.pointsSrc],
      ['geocoder', 'geocoder', this.geocoder],
    ] as const) {
      if (!value) continue;
      if (isSafeUrl(value)) points[key] = value;
      else warnOnce(`<relais-help-points ${name}="${value}"> is not a safe link and is ignored. Fix: give an https: or a relative URL.`);
    }
    return points.src || points.geocoder ? { help: { points } } : {};
  }

  /** @internal What the lazy part needs: texts, locale, where the data is, the phone line. */
  get finder(): {
    t: (id: MessageId, values?: Record<string, string | number>) => string;
    locale: Locale;
    messages: Messages;
    src: string | undefined;
    geocoder: string | undefined;
    phone: { href: string; display: string };
  } {
    const phone = this.config.help?.phone ?? {};
    const number = phone.number ?? '3400';
    return {
      t: (id, values) => this.t(id, values),
      locale: this.locale,
      messages: this.messages!,
      src: this.config.help?.points?.src,
      geocoder: this.config.help?.points?.geocoder,
      phone: { href: telHref(number), display: phone.display ?? displayNumber(number) },
    };
  }

  /** @internal Fires a Relais event (bubbles, composed). */
  emit<K extends RelaisEventName>(name: K, detail: RelaisEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { ...relaisEventInit, detail }));
  }

  /** Runs `action` with the search module, loaded on first use; if it cannot load, says so. */
  private _use(action: (search: Search) => void): void {
    loadSearch().then(
      (search) => {
        if (!this._search && this.shadowRoot)
          adoptStyles(this.shadowRoot, [...(this.constructor as typeof RelaisHelpPoints).elementStyles, search.resultsStyles]);
        this._search = search;
        action(search);
      },
      () => {
        this.state = { phase: 'message', message: { id: 'points.error.network' } };
      },
    );
  }

  /** First focus in the finder: fetch the search code now, so that the first search is quick. */
  private _warm = (): void => {
    if (this.finder.src && !this._search) this._use(() => {});
  };

  private _onSubmit = (event: Event): void => {
    event.preventDefault();
    const value = this.renderRoot.querySelector('input')?.value ?? '';
    this.state = { phase: 'busy', busy: 'points.searching' };
    this._use((search) => search.submit(this, value));
  };

  private _locate = (): void => {
    this.state = { phase: 'busy', busy: 'points.locating' };
    this._use((search) => search.locate(this));
  };

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this._search?.afterRender(this);
  }

  protected override renderWidget(): TemplateResult {
    const { t, src, phone } = this.finder;
    const { field, message, phase, busy } = this.state;
    return html`<div class="finder" lang=${this.locale} @focusin=${this._warm}>
      ${
        src
          ? html`<form part="form" role="search" aria-labelledby="label" novalidate @submit=${this._onSubmit}>
            <label id="label" for="q">${t('points.label')}</label>
            <p id="hint" class="hint">${t('points.hint')}</p>
            <div class="row">
              <input
                part="input"
                id="q"
                name="q"
                type="text"
                autocomplete="postal-code"
                spellcheck="false"
                aria-describedby=${field ? 'hint error' : 'hint'}
                aria-invalid=${field ? 'true' : 'false'}
              />
              <button part="search" class="primary" type="submit">${t('points.search')}</button>
            </div>
            ${field ? html`<p id="error" class="error">${t(field.id, field.values)}</p>` : nothing}
            <button part="locate" class="secondary" type="button" @click=${this._locate}>${t('points.locate')}</button>
          </form>`
          : nothing
      }
      <div class="outcome" aria-busy=${phase === 'busy' ? 'true' : 'false'}>
        ${phase === 'busy' && busy ? html`<p class="busy">${t(busy)}</p>` : nothing}
        ${phase === 'message' && message ? html`<p class="message">${t(message.id, message.values)}</p>` : nothing}
        ${this._search ? this._search.renderOutcome(this) : nothing}
      </div>
      ${!src || message?.maps || field?.maps ? renderMaps(t) : nothing}
      <p class="phone"><a part="phone" href=${safeUrl(phone.href) ?? nothing}>${t('points.phoneLine', { display: phone.display })}</a></p>
      <div class="visually-hidden" role="status">${this.status}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relais-help-points': RelaisHelpPoints;
  }
}
