import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { LazyPart, RelaisElement, loadOnce, tokens, warnOnce } from '@relais/core';
import { isSafeUrl } from '@relais/sdk';
import type { RelaisConfig, RelaisEventDetail } from '@relais/sdk';
import { pointsStyles } from './help-points.styles.js';
import { statusStyles } from './help.status.styles.js';
import { renderMaps } from './help-points.maps.js';
import { phoneLine } from './help.phone.js';
import type { FinderHost, FinderState } from './help-points.host.js';
import type { FinderSession } from './help-points.session.js';
import type { VisitHost, VisitSheet } from './help-points.visit.js';

/** The search (with `@relais/points`), loaded once per page when the citizen first uses a finder. */
const searchLoader = loadOnce(() => import('./help-points.search.js'));
/** The visit sheet, loaded when the citizen first asks for one. */
const visitLoader = loadOnce(() => import('./help-points.visit.js'));

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
 * Each place offers "Préparer ma visite": a sheet for that place (address,
 * today's and the week's hours, phone, appointments, directions), the
 * procedure and step reached with the help code, the papers to bring (the
 * tracker's checklist with its ticks, or the procedure's preset) and what the
 * médiateur can do, shown in place of the list, to keep on screen or print
 * on one A4 page. It holds nothing the citizen typed and sends nothing.
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
 * @csspart visit - The visit sheet.
 *
 * @cssprop --relais-points-accent - Buttons (default: --relais-color-action).
 * @cssprop --relais-points-on-accent - Text on the accent colour.
 * @cssprop --relais-points-surface - Background of each place.
 * @cssprop --relais-points-border - Borders of the field and of each place (default: --relais-color-border).
 *
 * @fires {PointsSearchDetail} relais-points-search - A search started. Detail: `{ by: 'text' | 'location' }` — no place, postcode or position.
 * @fires {PointsResultDetail} relais-points-result - Places are shown (count 0 when none was found). Detail: `{ by, count }`.
 * @fires {VisitOpenDetail} relais-visit-open - The citizen opened the visit sheet of a place. Detail: `{ place, procedure?, step? }` (the place's id in the points file; never what was typed).
 */
export class RelaisHelpPoints extends RelaisElement {
  static override styles = [tokens, pointsStyles, statusStyles];

  static override catalogues = ['points', 'hours', 'maps', 'visit'] as const;

  static override properties = {
    ...RelaisElement.properties,
    pointsSrc: { attribute: 'points-src', reflect: true },
    geocoder: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    now: { attribute: false },
    procedure: { attribute: false },
    step: { attribute: false },
    sheetLevel: { attribute: false },
    _state: { state: true },
    _status: { state: true },
    _textSearch: { state: true },
    _sheet: { state: true },
  };

  /** URL of the points file written by `relais-points build` (its `points.json`). Without it, links to the national maps. */
  declare pointsSrc: string | undefined;
  /** URL of a geocoding service answering like the national address API's `search` (GeoJSON). Without it, the points file's own postcode table. */
  declare geocoder: string | undefined;
  /** The level of each place's heading (its name), 1 to 6; default 2. Inside `<relais-help>`'s panel: 4. */
  declare headingLevel: number;
  /** @internal The clock, for tests and stories: the time "open now" is computed for. */
  declare now: Date | undefined;
  /** The procedure the visit sheet is for (default: the step tracker's on the page, else the config's). `<relais-help>` sets it for its finder. */
  declare procedure: string | undefined;
  /** The step reached, for the visit sheet (default: the tracker's, else the config's). */
  declare step: string | undefined;
  /** The level of the visit sheet's title, 1 to 6 (default 2; `<relais-help>` sets 4 under its own headings). */
  declare sheetLevel: number;
  declare private _sheet: { sheet: VisitSheet; index: number } | undefined;
  private _sheetTrigger: number | undefined;
  private _visitAsked = false;
  private _visitHost?: VisitHost;
  private readonly _visit = new LazyPart(this, {
    load: visitLoader,
    at: 'demand',
    need: 'optional',
    name: 'visit sheet',
    styles: (m) => m.visitStyles,
  });
  /** @internal How long the browser may look for the location, ms. */
  locationTimeout = 10_000;
  /** @internal How long the geocoding service may take, ms (default: GEOCODER_TIMEOUT of the search). */
  geocoderTimeout: number | undefined;
  declare private _state: FinderState;
  declare private _status: string;
  /** False once the points file is known to have no geocoding table (and no service is set): then the postcode hint is hidden. */
  declare private _textSearch: boolean;
  /** The points file whose geocoding was checked (or is being checked). */
  private _checked: string | undefined;
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
    this._textSearch = true;
    this.sheetLevel = 2;
    this.headingLevel = 2;
  }

  /** The procedure and step for the visit sheet: own properties, then the tracker's, then the config's. */
  private _where(): { procedure?: string | undefined; step?: string | undefined } {
    const shared = this.pageState;
    const procedure = this.procedure || shared.procedure || this.config.procedure;
    const step = this.step || (procedure === shared.procedure ? shared.step : undefined) || this.config.step;
    return { procedure, step };
  }

  /** What the visit sheet sees of the element. */
  private get _sheetHost(): VisitHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the sheet's view of this element
    const self = this;
    return (this._visitHost ??= this.partHost({
      where: () => this._where(),
      checklist: (procedure: string | undefined) => {
        const shared = this.pageState;
        return procedure && shared.procedure === procedure ? shared.documents : undefined;
      },
      get level() {
        return Math.min(5, Math.max(1, Math.round(Number(self.sheetLevel)) || 2));
      },
      back: () => this._closeVisit(),
    }));
  }

  /** "Préparer ma visite": loads the sheet, shows it in place of the list, focus on its title. */
  private _openVisit(index: number): void {
    const view = this._state.views?.[index];
    if (!view) return;
    void this._visit.load().then((module) => {
      if (!module) {
        this._status = this.t('visit.error');
        return;
      }
      this._sheetTrigger = index;
      this._sheet = { sheet: module.visitSheet(this._sheetHost, view), index };
      const detail: RelaisEventDetail<'relais-visit-open'> = { place: view.id };
      const { procedure, step } = this._where();
      if (procedure) detail.procedure = procedure;
      if (step) detail.step = step;
      this.emit('relais-visit-open', detail);
      this._focusAfterRender('#visit-title');
    });
  }

  /**
   * Places are shown: the visit sheet is fetched now (once), so that
   * "Préparer ma visite" waits for nothing, and a page where no one searches
   * never fetches it.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._visitAsked || !this._state.views?.length) return;
    this._visitAsked = true;
    void this._visit.load();
  }

  /**
   * Moves focus to `selector` once the new content is rendered and has been
   * given to assistive technologies: the sheet replaces the list (and back),
   * so the focused button is removed. Moved in the same frame, Orca says
   * nothing of the new focus; a frame later it reads it (tests/screen-reader).
   */
  private _focusAfterRender(selector: string): void {
    void this.updateComplete.then(() =>
      requestAnimationFrame(() => requestAnimationFrame(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus())),
    );
  }

  /** Back to the list of places, focus on the button that opened the sheet. */
  private _closeVisit(): void {
    if (!this._sheet) return;
    this._sheet = undefined;
    this.renderRoot.querySelector('iframe.print-frame')?.remove();
    const index = this._sheetTrigger;
    this._focusAfterRender(`[data-visit="${index}"]`);
  }

  private _onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this._sheet) return;
    // Ours: a dialog around the finder (the floating help panel) must not close too.
    event.stopPropagation();
    event.preventDefault();
    this._closeVisit();
  };

  private _print = (): void => {
    const sheet = this.renderRoot.querySelector<HTMLElement>('.sheet');
    const root = this.shadowRoot;
    if (sheet && root) this._visit.value?.printVisit(root, sheet, this.locale);
  };

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
        openVisit: (index: number) => this._openVisit(index),
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

  /**
   * First focus in the finder (the citizen starts using it; nothing loads
   * before): fetch the search code now, so that the first search is quick, and
   * read the points file's entry to know whether it can search by postcode or
   * commune. If not, the hint that says it can is hidden (and the integrator
   * warned once).
   */
  private _warm = (): void => {
    const src = this.config.help?.points?.src;
    if (!src) return;
    const first = src !== this._checked;
    this._checked = src;
    void this._search.load().then(async (session) => {
      if (!first || !session) return;
      const can = await session.searchesByText();
      if (this._checked === src) this._textSearch = can;
    });
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
    const visit = this._visit.value;
    if (this._sheet && visit) {
      return html`<div class="finder" lang=${this.locale} @keydown=${this._onKeydown}>
        ${visit.renderVisit(this._sheetHost, this._sheet.sheet, this._print)}
        <div class="visually-hidden" role="status">${this._status}</div>
      </div>`;
    }
    return html`<div class="finder" lang=${this.locale} @focusin=${this._warm}>
      ${
        src
          ? html`<form part="form" role="search" aria-labelledby="label" novalidate @submit=${this._onSubmit}>
            <label id="label" for="q">${t('points.label')}</label>
            ${this._textSearch ? html`<p id="hint" class="hint">${t('points.hint')}</p>` : nothing}
            <div class="row">
              <input
                part="input"
                id="q"
                name="q"
                type="text"
                autocomplete="postal-code"
                spellcheck="false"
                aria-describedby=${[this._textSearch ? 'hint' : '', field ? 'error' : ''].filter(Boolean).join(' ') || nothing}
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
