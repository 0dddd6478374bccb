import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { LazyPart, RelaisElement, loadOnce, tokens, whenIdle } from '@relais/core';
import type { ChannelConfig, RelaisConfig, RelaisEventDetail } from '@relais/sdk';
import { helpStyles } from './help.styles.js';
import { statusStyles } from './help.status.styles.js';
import { phoneIcon } from './help.icons.js';
import type { PanelHost } from './help.panel.js';

/** The panel's code, loaded once per page (prefetched at idle). */
const panelLoader = loadOnce(() => import('./help.panel.js'));

let instances = 0;

/**
 * A "get help from a person" button. It opens a panel with the phone line
 * (open now, or when it opens; the price of the call), ways in for deaf and
 * hard-of-hearing citizens, a help code that tells the adviser where the
 * citizen is stuck, room for the nearest help points, and other channels.
 *
 * With no config at all it uses the ANTS preset: the 34 00 line.
 * Its light-DOM children are the fallback shown before the script loads,
 * without JavaScript, and if Relais fails:
 * `<relais-help><a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a></relais-help>`.
 * The panel's code loads when the page is idle (or on the first press).
 *
 * @summary Get help from a person: the 34 00 line, a help code, other channels.
 *
 * @slot - Fallback content (a `tel:` link), shown until the element is ready and if it fails.
 * @slot points - Room for the help-points finder, under "Être aidé près de chez vous".
 *
 * @csspart button - The button that opens the panel.
 * @csspart panel - The panel (inline variant) or the dialog's content (floating).
 * @csspart dialog - The modal dialog (floating variant).
 * @csspart phone - The large phone link.
 * @csspart code - The help code.
 *
 * @cssprop --relais-help-accent - Button and phone-link colour (default: --relais-color-action).
 * @cssprop --relais-help-on-accent - Text on the accent colour.
 * @cssprop --relais-help-surface - Panel background.
 * @cssprop --relais-help-code-size - Font size of the help code (default 2rem).
 * @cssprop --relais-help-z-index - Stacking of the floating button.
 * @cssprop --relais-help-min-height - The room the inline button holds, so that the page does not move when it upgrades (default 3rem; 4.75rem up to 37.5em wide).
 *
 * @fires {HelpOpenDetail} relais-help-open - The panel opened. Detail: `{ variant, procedure?, step? }`.
 * @fires {HelpCloseDetail} relais-help-close - The panel closed. Detail: `{ variant }`.
 * @fires {HelpChannelDetail} relais-help-channel - The citizen used a channel (call, write, copy the code). Detail: `{ channel, kind }`.
 */
export class RelaisHelp extends RelaisElement {
  static override styles = [tokens, helpStyles, statusStyles];

  static override catalogues = ['help', 'hours', 'maps'] as const;

  static override properties = {
    ...RelaisElement.properties,
    variant: { reflect: true },
    procedure: { reflect: true },
    step: { reflect: true },
    pointsSrc: { attribute: 'points-src', reflect: true },
    channels: { attribute: false },
    open: { type: Boolean, reflect: true },
    now: { attribute: false },
    _copied: { state: true },
    _prepared: { state: true },
  };

  /** `inline` (default): a disclosure under the button. `floating`: a corner button that opens a modal dialog. */
  declare variant: 'inline' | 'floating';
  /** The procedure id for the help code (default: the tracker's on the page, else the config's). */
  declare procedure: string | undefined;
  /** The current step id for the help code (default: the tracker's on the page, else the config's). */
  declare step: string | undefined;
  /** URL of the help-points file (used by the finder). */
  declare pointsSrc: string | undefined;
  /**
   * The ways in besides the phone, as the config's `help.channels` (a list:
   * it replaces the page config's and the preset's). A `relay` channel with
   * `href` (an online relay platform, its `modes` and `hours`) is shown first
   * to deaf and hard-of-hearing citizens. Every link is checked where it is shown.
   */
  declare channels: ChannelConfig[] | undefined;
  /** Whether the panel is open. */
  declare open: boolean;
  /** @internal The clock, for tests and stories: the time the status is computed for. */
  declare now: Date | undefined;
  /** Whether the help code was copied ('ok'), could not be ('failed'), or neither (''). */
  declare private _copied: '' | 'ok' | 'failed';
  /** Whether the panel's content is there, hidden, ready for the first press (rendered when the page is idle). */
  declare private _prepared: boolean;

  private readonly _panelId = `relais-help-${++instances}`;
  private readonly _panel = new LazyPart(this, { load: panelLoader, at: 'idle', need: 'on-use', name: 'panel', styles: (m) => m.panelStyles });
  private _timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.variant = 'inline';
    this.open = false;
    this._copied = '';
    this._prepared = false;
  }

  /** Opens the panel. */
  async show(): Promise<void> {
    if (this.open || !(await this._panel.load())) return;
    this.open = true;
    this._copied = '';
    const detail: RelaisEventDetail<'relais-help-open'> = { variant: this._mode };
    const { procedure, step } = this._where();
    if (procedure) detail.procedure = procedure;
    if (step) detail.step = step;
    this.emit('relais-help-open', detail);
  }

  /** Closes the panel and puts focus back on the button. */
  hide(): void {
    if (!this.open) return;
    this.open = false;
    this.emit('relais-help-close', { variant: this._mode });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.trigger')?.focus());
  }

  /** The variant in use. */
  private get _mode(): 'inline' | 'floating' {
    return this.variant === 'floating' ? 'floating' : 'inline';
  }

  /** The procedure and step for the help code: own attributes, then the tracker's, then the config's. */
  private _where(): { procedure?: string | undefined; step?: string | undefined } {
    const shared = this.pageState;
    const procedure = this.procedure || shared.procedure || this.config.procedure;
    const step = this.step || (procedure === shared.procedure ? shared.step : undefined) || this.config.step;
    return { procedure, step };
  }

  /** What the panel sees of the element. */
  private _host?: PanelHost;
  private get _panelHost(): PanelHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the panel's view of this element
    const self = this;
    return (this._host ??= this.partHost(
      {
        get mode() {
          return self._mode;
        },
        get panelId() {
          return self._panelId;
        },
        get copied() {
          return self._copied;
        },
        set copied(value: '' | 'ok' | 'failed') {
          self._copied = value;
        },
        where: () => this._where(),
        hide: () => this.hide(),
      },
      ['now', 'open'],
    ));
  }

  protected override elementConfig(): RelaisConfig {
    // Checked where they are used (the finder's search, each rendered link), like every link.
    const help: NonNullable<RelaisConfig['help']> = {};
    if (this.pointsSrc) help.points = { src: this.pointsSrc };
    if (Array.isArray(this.channels)) help.channels = this.channels;
    return help.points || help.channels ? { help } : {};
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this._timer);
    // Leaving the page while the dialog is open: the rest of the page must not stay inert.
    this._panel.value?.releaseDialog(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('open')) {
      // While open, "open now" stays true to the minute.
      clearInterval(this._timer);
      if (this.open) this._timer = setInterval(() => this.requestUpdate(), 60_000);
    }
    this._panel.value?.syncDialog(this._panelHost);
  }

  private _onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      event.preventDefault();
      this.hide();
    }
  };

  protected override renderWidget(): TemplateResult {
    const floating = this._mode === 'floating';
    const id = this._panelId;
    const panel = this._panel.value;
    // Rendered hidden once the page is idle, so that the press only shows it (nothing heavy runs on the click).
    if (panel && !this._prepared && !this.open) whenIdle(() => (this._prepared = true));
    // The floating dialog keeps its content while it closes (focus is already back on the button).
    const shown = this.open || this._prepared || (floating && panel?.dialogShown(this));
    const body = shown && panel ? panel.renderPanel(this._panelHost) : nothing;
    return html`<div class=${this._mode} lang=${this.locale} @keydown=${this._onKeydown}>
      <button
        part="button"
        class="trigger"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${floating ? nothing : id}
        aria-haspopup=${floating ? 'dialog' : nothing}
        @click=${() => (this.open ? this.hide() : void this.show())}
      >
        ${phoneIcon}<span>${this.t('help.button')}</span>
      </button>
      ${
        floating
          ? html`<dialog part="dialog" class=${this._prepared ? 'prepared' : ''} aria-modal="true" aria-labelledby="${id}-title">${body}</dialog>`
          : html`<div class="room">
              <div part="panel" class="panel ${this._prepared ? 'prepared' : ''}" id=${id} role="region" aria-labelledby="${id}-title" ?hidden=${!this.open}>
                ${body}
              </div>
            </div>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relais-help': RelaisHelp;
  }
}
