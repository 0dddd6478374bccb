import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { LazyPart, RelaisElement, loadOnce, tokens, warnOnce } from '@relais/core';
import { isSafeUrl } from '@relais/sdk';
import type { RelaisConfig } from '@relais/sdk';
import { pointsStyles } from './help-points.styles.js';
import { statusStyles } from './help.status.styles.js';
import { renderMaps } from './help-points.maps.js';
import { phoneLine } from './help.phone.js';
import type { FinderHost, FinderState } from './help-points.host.js';
import type { FinderSession } from './help-points.session.js';

/** The search (with `@relais/points`), loaded once per page when the citizen first uses a finder. */
const searchLoader = loadOnce(() => import('./help-points.search.js'));

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

  static override catalogues = ['points', 'hours', 'maps'] as const;

  static override properties = {
    ...RelaisElement.properties,
    pointsSrc: { attribute: 'points-src', reflect: true },
    geocoder: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    now: { attribute: false },
    _state: { state: true },
    _status: { state: true },
  };

  /** URL of the points file written by `relais-points build` (its `points.json`). Without it, links to the national maps. */
  declare pointsSrc: string | undefined;
  /** URL of a geocoding service answering like the national address API's `search` (GeoJSON). Without it, the points file's own postcode table. */
  declare geocoder: string | undefined;
  /** The level of each place's heading (its name), 1 to 6; default 2. Inside `<relais-help>`'s panel: 4. */
  declare headingLevel: number;
  /** @internal The clock, for tests and stories: the time "open now" is computed for. */
  declare now: Date | undefined;
  /** @internal How long the browser may look for the location, ms. */
  locationTimeout = 10_000;
  /** @internal How long the geocoding service may take, ms (default: GEOCODER_TIMEOUT of the search). */
  geocoderTimeout: number | undefined;
  declare private _state: FinderState;
  declare private _status: string;
  private _host?: FinderHost;
  private readonly _search = new LazyPart(this, {
    load: searchLoader,
    at: 'demand',
    need: 'optional',
    name: 'search',
    styles: (m) => m.resultsStyles,
    create: (m) => new m.FinderSession(this._finderHost),
  });

  constructor() {
    super();
    this._state = { phase: 'idle' };
    this._status = '';
    this.headingLevel = 2;
  }

  protected override elementConfig(): RelaisConfig {
    const points: { src?: string; geocoder?: string } = {};
    for (const [key, name, value] of [
      ['src', 'points-src', this.pointsSrc],
      ['geocoder', 'geocoder', this.geocoder],
    ] as const) {
      if (!value) continue;
      if (isSafeUrl(value)) points[key] = value;
      else warnOnce(`<relais-help-points ${name}="${value}"> is not a safe link and is ignored. Fix: give an https: URL or a path on this site.`);
    }
    return points.src || points.geocoder ? { help: { points } } : {};
  }

  /** What the search sees of the element. */
  private get _finderHost(): FinderHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the search's view of this element
    const self = this;
    return (this._host ??= this.partHost(
      {
        get state() {
          return self._state;
        },
        set state(value: FinderState) {
          self._state = value;
        },
        get status() {
          return self._status;
        },
        set status(value: string) {
          self._status = value;
        },
      },
      ['now', 'headingLevel', 'locationTimeout', 'geocoderTimeout'],
    ));
  }

  /** Runs `action` with the search, loaded on first use; if it cannot load, says so. */
  private _use(action: (session: FinderSession) => void): void {
    void this._search.load().then((search) => {
      if (search) action(search);
      else this._state = { phase: 'message', message: { id: 'points.error.network' } };
    });
  }

  /** First focus in the finder: fetch the search code now, so that the first search is quick. */
  private _warm = (): void => {
    if (this.config.help?.points?.src) void this._search.load();
  };

  private _onSubmit = (event: Event): void => {
    event.preventDefault();
    const value = this.renderRoot.querySelector('input')?.value ?? '';
    this._state = { phase: 'busy', busy: 'points.searching' };
    this._use((session) => session.submit(value));
  };

  private _locate = (): void => {
    this._state = { phase: 'busy', busy: 'points.locating' };
    this._use((session) => session.locate());
  };

  // The status region is a live region with no role: an empty role="status"
  // is read as "barre d'état" (see the announcer in @relais/core).
  protected override renderWidget(): TemplateResult {
    const t = (id: Parameters<RelaisElement['t']>[0], values?: Record<string, string | number>) => this.t(id, values);
    const src = this.config.help?.points?.src;
    const phone = phoneLine(this.config);
    const { field, message, phase, busy } = this._state;
    const search = this._search.value;
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
        ${search ? search.render() : nothing}
      </div>
      ${!src || message?.maps || field?.maps ? renderMaps(t) : nothing}
      <p class="phone"><a part="phone" href=${phone.href}>${t('points.phoneLine', { display: phone.display })}</a></p>
      <div class="visually-hidden status" aria-live="polite" aria-atomic="true">${this._status}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relais-help-points': RelaisHelpPoints;
  }
}
