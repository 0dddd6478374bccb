import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { LazyPart, RelaisElement, pageConfig, tokens, warnOnce, whenIdle } from '@relais/core';
import type { GlossaryEntry, GlossaryListed } from '@relais/sdk';
import { glossaryLoader, tipLoader } from './shared.js';
import { termStyles } from './term.styles.js';
import type { TipHost } from './term.tip.js';

/** The term whose toggletip is open: one at a time on a page. */
let current: RelaisTerm | undefined;
/**
 * One observer for the page: a word on screen, or about to be, gets its
 * explanation ready when the page is idle (a tap has no moment where the
 * pointer rests on the word first). Words off screen cost nothing.
 */
let nearScreen: IntersectionObserver | undefined;
function watchNearScreen(term: RelaisTerm, on: boolean): void {
  if (typeof IntersectionObserver === 'undefined') return;
  nearScreen ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        nearScreen!.unobserve(e.target);
        whenIdle(() => (e.target as RelaisTerm).prepare());
      }
    },
    { rootMargin: '25% 0px' },
  );
  if (on) nearScreen.observe(term);
  else nearScreen.unobserve(term);
}

/** Whether the browser has the top layer for popovers (else: fixed positioning). */
const hasPopover = (): boolean => 'showPopover' in HTMLElement.prototype;

/**
 * A word of administrative French that explains itself. The word stays in
 * the text, marked; activating it (click, Enter, Space) opens a toggletip
 * with a plain definition, "Plus simple" for the easy-to-read version, an
 * example, "Écouter" (read aloud, where the browser can) and "En savoir plus"
 * when the entry has a link.
 *
 * The toggletip sits in the browser's top layer (`popover`; fixed
 * positioning where that is missing), so no `overflow: hidden` cuts it, and it
 * stays on screen down to 320 px. It follows WCAG 1.4.13: Escape closes it
 * without moving focus, the pointer can move onto it, and it stays until the
 * citizen closes it, clicks elsewhere or moves focus away.
 *
 * With no text of its own (`<relais-term term="numero-immatriculation"></relais-term>`,
 * what `annotate()` puts after a label that is one whole term), it is a "?"
 * button named "Explication : numéro d'immatriculation".
 *
 * With no config, the entry comes from the default glossary: its French
 * index (the words and their forms) loads as a separate file at idle or on
 * the first open, with the toggletip's content; the entry's texts, a small
 * file of their own, when the page is idle again, when the pointer comes
 * onto the word or focus reaches it, and at the latest on the first open.
 * If they cannot load, the toggletip says so and the word stays readable.
 * The element's text is its fallback: before the script loads, and if the
 * word is not in the glossary, it is plain text.
 *
 * @summary A word that explains itself in plain French, in a toggletip.
 *
 * @slot - The word, as the text shows it.
 *
 * @csspart term - The word (a button).
 * @csspart tip - The toggletip.
 *
 * @cssprop --relais-term-mark - Colour of the word's underline and marker (default: --relais-color-link).
 * @cssprop --relais-term-surface - Toggletip background (default: --relais-color-surface).
 * @cssprop --relais-term-width - Largest width of the toggletip (default 22rem; never wider than the screen).
 * @cssprop --relais-term-z-index - Stacking of the toggletip where the browser has no top layer.
 *
 * @fires {TermDetail} relais-term-open - The explanation opened. Detail: `{ term }` (the entry's id).
 * @fires {TermDetail} relais-term-close - The explanation closed. Detail: `{ term }`.
 */
export class RelaisTerm extends RelaisElement {
  static override styles = [tokens, termStyles];

  static override catalogues = ['explainer'] as const;

  static override properties = {
    ...RelaisElement.properties,
    term: { reflect: true },
    open: { type: Boolean, reflect: true },
    glossary: { attribute: false },
    _tipReady: { state: true },
  };

  /** The glossary entry's id (default: the entry whose term or variant the text is). */
  declare term: string | undefined;
  /** Whether the explanation is open. Methods: `show()`, `hide()`. */
  declare open: boolean;
  /**
   * The glossary to look the word up in (default: the default glossary with
   * the page config's changes). `annotate()` sets it when it is given one.
   */
  declare glossary: readonly GlossaryEntry[] | undefined;

  /** The toggletip's content: fetched at idle (or on the first open); without it the word stays plain text. */
  private readonly _ui = new LazyPart(this, { load: tipLoader, at: 'idle', need: 'on-use', name: 'explanation', styles: (m) => m.tipStyles });
  /** The glossary (unless the element was given one): fetched at idle, with the toggletip. */
  private readonly _data = new LazyPart(this, { load: glossaryLoader, at: 'idle', need: 'on-use', name: 'glossary' });
  private _host?: TipHost;
  private _closing = false;
  private _unfollow: (() => void) | undefined;
  private _warnScheduled = false;
  /** The toggletip's content is rendered while it is closed, laid out out of sight (the pointer or focus came onto the word). */
  declare private _tipReady: boolean;
  /** The entry's texts were asked for at idle. */
  private _textsAsked = false;
  /** The last attempt to load the entry's texts failed: the toggletip says so (the next open tries again). */
  private _textsFailed = false;

  constructor() {
    super();
    this.open = false;
    this._tipReady = false;
    this.addEventListener('keydown', this._onKeydown);
    this.addEventListener('focusout', this._onFocusOut);
    // The citizen is about to press: what the toggletip shows is fetched now, if idle time has not brought it yet.
    this.addEventListener('pointerenter', this._prepare);
    this.addEventListener('focusin', this._prepare);
  }

  /** The entry explained, with its texts, once they have loaded (undefined before, or if the word is not in the glossary). */
  get entry(): GlossaryEntry | undefined {
    const listed = this._listed;
    if (!listed) return undefined;
    return 'en' in listed ? listed : this._data.value?.explained(listed);
  }

  /**
   * Whether the word was found in the glossary (its index is enough; its texts may still be loading).
   * @internal For tests and `npm run size`.
   */
  get found(): boolean {
    return this._listed !== undefined;
  }

  /** The entry as the glossary lists it: from the French index (forms only) or whole; undefined before it has loaded, or if the word is not in it. */
  private get _listed(): GlossaryListed | undefined {
    const own = this.glossary;
    if (own && this.term) return own.find((e) => e.id === this.term);
    const data = this._data.value;
    if (!data) return undefined;
    const entries = own ?? data.glossaryFor(this.config.glossary, () => this.requestUpdate(), this.locale);
    return entries && data.findEntry(entries, this.term || undefined, (this.textContent ?? '').trim(), this.locale);
  }

  /** The word as the glossary has it, in the element's language. */
  private _word(listed: GlossaryListed): string {
    return (this.locale === 'en' && 'en' in listed ? listed.en : listed.fr).term;
  }

  /** Opens the explanation (loading the glossary first if needed). Focus stays where it is. */
  async show(): Promise<void> {
    if (this.open) return;
    if (!(await this._load())) return;
    await this.updateComplete;
    const listed = this._listed;
    if (!listed) return;
    if (current && current !== this) current.hide();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the one open term of the page
    current = this;
    this.open = true;
    await this.updateComplete;
    const entry = this.entry;
    if (entry) this._ui.value?.opened(this._tipHost, entry);
    else this._ui.value?.openedUnavailable(this._tipHost, this._word(listed));
    this.emit('relais-term-open', { term: listed.id });
  }

  /** Closes the explanation. Focus stays where it is, unless it was inside the explanation: then it goes back to the word. */
  hide(): void {
    if (!this.open || this._closing) return;
    this._closing = true;
    const tip = this._tip;
    const focusInside = Boolean(tip && this.shadowRoot?.activeElement && tip.contains(this.shadowRoot.activeElement));
    this._ui.value?.stopReading(this._tipHost);
    this.open = false;
    if (current === this) current = undefined;
    if (focusInside) this._button?.focus();
    this.emit('relais-term-close', { term: this._listed?.id ?? this.term ?? '' });
    this._closing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchNearScreen(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchNearScreen(this, false);
    this.hide();
    this._unfollow?.();
    this._unfollow = undefined;
  }

  private get _button(): HTMLButtonElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('.term');
  }

  private get _tip(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.tip');
  }

  /** Whether the entry can be looked up now: the glossary has loaded (in the element's language), or the element was given one and an id. */
  private get _known(): boolean {
    if (this.glossary && this.term) return true;
    const data = this._data.value;
    return Boolean(data && (this.glossary ?? data.glossaryFor(this.config.glossary, () => this.requestUpdate(), this.locale)));
  }

  /**
   * Loads the toggletip's content, the glossary (unless the element was given
   * its own) and the entry's texts. Whether the toggletip can open: it can
   * when only the texts failed (it then says so).
   */
  private async _load(): Promise<boolean> {
    const [ui, data] = await Promise.all([
      this._ui.load(),
      this.glossary && this.term ? true : this._data.load().then(async (d) => d && (await d.ready(this.config.glossary, this.locale), d)),
    ]);
    if (!(ui && data)) {
      warnOnce('<relais-term> could not load the glossary; the words stay plain text.');
      return false;
    }
    await this._loadTexts();
    return true;
  }

  /** Fetches the entry's texts, if it is one of the French index's (a whole entry has them). */
  private async _loadTexts(): Promise<void> {
    const listed = this._listed;
    const data = this._data.value;
    if (!listed || !data || this.entry) return;
    this._textsFailed = !(await data.loadTexts(listed));
    this.requestUpdate();
  }

  /**
   * The pointer came onto the word, or focus reached it: the citizen may press.
   * What the toggletip shows is fetched if idle time has not brought it yet, and
   * rendered, out of sight, so that the press only shows it (INP).
   */
  private _prepare = (): void => this.prepare();

  /**
   * Gets the explanation ready for a press: on screen at idle, the pointer on the word, focus on it.
   * @internal
   */
  prepare(): void {
    if (!this.isConnected) return;
    if (this.entry) this._tipReady = true;
    else void this._load().then((loaded) => (this._tipReady = loaded && this.entry !== undefined));
  }

  /** What the toggletip sees of the element. */
  private get _tipHost(): TipHost {
    return (this._host ??= this.partHost({ hide: () => this.hide() }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('term')) this._textsFailed = false;
    if (this._known && this.ready && !this._listed && !this._warnScheduled) {
      this.open = false;
      this._warnScheduled = true;
      // Said once the page config is checked and in use (its glossary may add the word).
      const checked = pageConfig() === undefined ? Promise.resolve() : import('@relais/sdk/resolve.js');
      void checked
        .then(() => new Promise((resolve) => setTimeout(resolve)))
        .then(async () => {
          await this.updateComplete;
          this._warnScheduled = false;
          if (this._listed || !this.isConnected) return;
          const name = this.term ? `term="${this.term}"` : `"${(this.textContent ?? '').trim()}"`;
          warnOnce(
            `<relais-term> ${name}: no such entry in the glossary, so the word stays plain text. Fix: name an entry with term="…", or add one through the config's glossary.add.`,
          );
        });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const ui = this._ui.value;
    const listed = this._known ? this._listed : undefined;
    // When the page is idle after the glossary came: this term's texts, so that its first open waits for nothing.
    if (listed && !this._textsAsked && !this.entry) {
      this._textsAsked = true;
      whenIdle(() => void (this.isConnected && this._loadTexts()));
    }
    const showable = listed !== undefined && (this.entry !== undefined || this._textsFailed);
    if (this.open && !(ui && showable)) void this._load();
    const tip = this._tip;
    if (!tip) return;
    if (this.open && ui && showable) {
      if (hasPopover() && !tip.matches(':popover-open')) tip.showPopover();
      this._unfollow ??= ui.follow(this, tip, this._button!, () => this.hide());
      ui.place(this, tip, this._button!);
    } else {
      if (hasPopover() && tip.matches(':popover-open')) tip.hidePopover();
      this._unfollow?.();
      this._unfollow = undefined;
    }
  }

  private _onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    // Ours: a dialog around the word must not close too.
    event.stopPropagation();
    event.preventDefault();
    this.hide();
  };

  private _onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (!this.open || (to && (to === this || this.contains(to)))) return;
    // Focus left the word and its explanation. Leaving the window does not count.
    setTimeout(() => {
      if (!document.hasFocus()) return;
      const active = this.shadowRoot?.activeElement;
      if (!active && !this.contains(document.activeElement)) this.hide();
    }, 0);
  };

  /** No word of its own: the element is a "?" button after a label (see annotate()). */
  private get _trigger(): boolean {
    return !(this.textContent ?? '').trim();
  }

  protected override renderWidget(): TemplateResult {
    const listed = this._known ? this._listed : undefined;
    if (this._known && !listed) return html`<slot></slot>`;
    const trigger = this._trigger;
    // The "?" needs the entry for its name: until the glossary is there, nothing shows.
    if (trigger && !listed) {
      void this._data.load();
      return html`<slot></slot>`;
    }
    const ui = this._ui.value;
    const entry = this.entry;
    // Open once the texts are there, or once they failed (the toggletip then says so).
    const open = this.open && listed !== undefined && ui !== undefined && (entry !== undefined || this._textsFailed);
    const name = trigger && listed ? this.t('explainer.term.trigger', { term: this._word(listed) }) : undefined;
    // The description stays "Voir l'explication", open or not: the explanation
    // is announced once, by the live region (term.tip.ts). A description that
    // switched to the explanation was read too, so it was heard twice.
    // Its id follows easy-to-read: "Plus simple" changes the hint while focus
    // is in the explanation; a change of the button's own attribute is told at
    // once (and not heard, focus being elsewhere), where a change of the
    // hidden text was told only when focus came back: heard a second time.
    const hint = this.easyOn ? 'hint-easy' : 'hint';
    return html`<button
        part="term"
        class=${trigger ? 'term lone' : 'term'}
        type="button"
        aria-label=${name ?? nothing}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="tip"
        aria-describedby=${hint}
        @click=${() => (this.open ? this.hide() : void this.show())}
      ><slot></slot><svg class="mark" aria-hidden="true" viewBox="0 0 16 16"><path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0Zm0 13a1.1 1.1 0 1 1 0-2.2A1.1 1.1 0 0 1 8 13Zm1.2-4.4v.6H6.9v-.9c0-1.3 2-1.6 2-2.6 0-.5-.4-.9-1-.9s-1.1.4-1.2 1l-2-.4C5 3.9 6.3 3 8 3c1.9 0 3.2 1 3.2 2.6 0 1.7-2 2-2 3Z"/></svg></button
      ><span id=${hint} hidden>${this.t('explainer.term.hint')}</span
      ><div
        part="tip"
        class=${!open && this._tipReady && entry && ui ? 'tip ready' : 'tip'}
        id="tip"
        popover=${hasPopover() ? 'manual' : nothing}
        ?hidden=${!hasPopover() && !open}
        tabindex="-1"
        lang=${this.locale}
      >${
        open
          ? entry
            ? ui.renderTip(this._tipHost, entry)
            : ui.renderUnavailable(this._tipHost, this._word(listed))
          : this._tipReady && entry && ui
            ? ui.renderTip(this._tipHost, entry)
            : nothing
      }</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relais-term': RelaisTerm;
  }
}
