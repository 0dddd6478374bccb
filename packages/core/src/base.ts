import { LitElement, adoptStyles, html } from 'lit';
import type { CSSResultOrNative, PropertyDeclaration, PropertyValues, TemplateResult } from 'lit';
import type { Locale, MessageId, Messages, RelaisConfig, RelaisEventDetail, RelaisEventName } from '@relais/sdk';
import { relaisEventInit } from '@relais/sdk/events.js';
import { configRevision, pageConfig, pageState, subscribe, warnOnce } from './config-store.js';
import type { PageState } from './config-store.js';
import { easyPreference, onEasyPreference } from './easy.js';
import { format } from '@relais/sdk/format.js';
import { LazyPart } from './lazy.js';
import { closestLang, followLang, toLocale } from './locale.js';
import { messagesOf, resolveConfig, textsLoader } from './texts.js';
import type { CatalogueName } from './texts.js';

/**
 * What a lazily loaded part sees of its element: texts, locale, config,
 * easy-to-read, events, and a way to ask for a new render. An element gives
 * its parts this (with what is its own added), never itself.
 */
export interface PartHost {
  /** The element, for its shadow root, focus and position on the page. */
  readonly element: HTMLElement;
  /** Whether the texts and config are there. */
  readonly ready: boolean;
  readonly config: RelaisConfig;
  readonly locale: Locale;
  readonly messages: Messages;
  /** Easy-to-read in use: the citizen's "Plus simple" choice, else the `easy` attribute or the config. */
  readonly easy: boolean;
  /** A message with its `{placeholders}` filled. */
  readonly t: (id: MessageId, values?: Record<string, string | number>) => string;
  /** Fires a Relais event from the element. */
  readonly emit: <K extends RelaisEventName>(name: K, detail: RelaisEventDetail<K>) => void;
  readonly requestUpdate: () => void;
}

/**
 * The base of every Relais element: the resolved config (preset < page config
 * < the element's own settings), the locale from the closest `lang` (resolved
 * when the element connects and when a `lang` changes), the message
 * catalogue, shared page state, its lazily loaded parts (`LazyPart`), and
 * containment: until the parts it needs have loaded, and if anything fails
 * while rendering, the element shows its light-DOM fallback (which holds
 * its room) instead of breaking the page.
 */
export class RelaisElement extends LitElement {
  static override properties = {
    easy: { type: Boolean, reflect: true },
    _revision: { state: true },
  };

  /** The widget families whose texts the element uses (each loaded once per page). */
  static catalogues: readonly CatalogueName[] = [];

  /**
   * A reflected text property given a value with no text form (an object
   * without a prototype, a symbol) would throw in the update, uncaught: it
   * reflects as no attribute instead (the element then uses its default).
   */
  static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
    if (options?.reflect && !options.type && !options.converter) {
      options = {
        ...options,
        converter: {
          toAttribute: (value: unknown) => {
            try {
              // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what Lit itself does; only its throw is new here
              return value === undefined || value === null ? value : String(value);
            } catch {
              return null;
            }
          },
        },
      };
    }
    super.createProperty(name, options);
  }

  /** Easy-to-read (FALC) texts. */
  declare easy: boolean;
  declare private _revision: number;

  /** The config in use (preset < page config < element), set before each render. */
  protected config: RelaisConfig = {};
  /** The locale: the closest `lang`, else the config's, else French. */
  protected locale: Locale = 'fr';
  /** The messages in the element's locale; undefined until its catalogues have loaded. */
  protected messages: Messages | undefined;

  // Before the parts: each part adds itself to these when it is made.
  private readonly _parts: { readonly blocking: boolean }[] = [];
  private readonly _partStyles: CSSResultOrNative[] = [];
  private readonly _texts = new LazyPart(this, { load: textsLoader((this.constructor as typeof RelaisElement).catalogues), name: 'texts' });
  private _unsubscribe: (() => void)[] = [];
  private _failed = false;
  private _lang = '';
  private _resolved: { key: string; config: RelaisConfig } | undefined;
  private _messagesKey = '';
  private _partHost: PartHost | undefined;

  constructor() {
    super();
    this.easy = false;
    this._revision = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._lang = closestLang(this);
    const refresh = () => this._refresh();
    this._unsubscribe = [
      subscribe(refresh),
      onEasyPreference(refresh),
      followLang(() => {
        const lang = closestLang(this);
        if (lang !== this._lang) {
          this._lang = lang;
          this._refresh();
        }
      }),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this._unsubscribe) off();
    this._unsubscribe = [];
  }

  private _refresh(): void {
    this._revision++;
  }

  /** True once the texts and config are there. */
  protected get ready(): boolean {
    return this.messages !== undefined;
  }

  /** Easy-to-read in use: the citizen's "Plus simple" choice for the page, else the `easy` attribute or the config. */
  protected get easyOn(): boolean {
    return easyPreference() ?? (this.easy || this.config.easy === true);
  }

  /** The element's own settings, over the page config (subclasses add theirs). */
  protected elementConfig(): RelaisConfig {
    return {};
  }

  /** What other widgets published on the page. */
  protected get pageState(): PageState {
    return pageState();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const texts = this._texts.value;
    if (!texts) return;
    const own = this.elementConfig();
    const key = `${configRevision()}\n${JSON.stringify(own)}`;
    if (this._resolved?.key !== key) {
      const { config, problems, final } = resolveConfig(pageConfig(), own, () => this._refresh());
      if (problems.length) {
        const list = problems.map((p) => `\n  - ${p}`).join('');
        warnOnce(`Invalid config: these parts are ignored, Relais uses its defaults for them (see the @relais/sdk README, "Configuration"):${list}`);
      }
      // Until the validator is there, the defaults are used, and not kept.
      this._resolved = { key: final ? key : '', config };
      this.config = config;
    }
    this.locale = this._lang ? toLocale(this._lang) : (this.config.locale ?? 'fr');
    const easy = this.easyOn;
    const messagesKey = `${this.locale}\n${easy}\n${key}`;
    if (messagesKey !== this._messagesKey || !this.messages) {
      this._messagesKey = messagesKey;
      this.messages = messagesOf(texts, this.locale, easy, this.config.messages);
    }
  }

  /** A message, with its `{placeholders}` filled ('' before the texts have loaded, and for a family the element did not ask for). */
  protected t(id: MessageId, values: Record<string, string | number> = {}): string {
    const template: string | undefined = this.messages?.[id];
    return template === undefined ? '' : format(template, values);
  }

  /** Fires a Relais event from the element (bubbles, composed), typed by the event map. */
  protected emit<K extends RelaisEventName>(name: K, detail: RelaisEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { ...relaisEventInit, detail }));
  }

  /**
   * What the element's lazily loaded parts see of it: `extra` (getters
   * included) and the element's own properties named in `forward` (read and
   * written through), over the texts, locale, config, easy-to-read and events.
   */
  protected partHost<E extends object = object, K extends keyof this & string = never>(extra?: E, forward: readonly K[] = []): PartHost & E & Pick<this, K> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the parts' view of this element
    const self = this;
    this._partHost ??= {
      element: this,
      get ready() {
        return self.ready;
      },
      get config() {
        return self.config;
      },
      get locale() {
        return self.locale;
      },
      get messages() {
        return self.messages!;
      },
      get easy() {
        return self.easyOn;
      },
      t: (id, values) => this.t(id, values),
      emit: (name, detail) => this.emit(name, detail),
      requestUpdate: () => this.requestUpdate(),
    };
    const view = Object.create(this._partHost) as PartHost & E & Pick<this, K>;
    for (const name of forward) {
      Object.defineProperty(view, name, { get: () => this[name], set: (value: this[K]) => (this[name] = value) });
    }
    return extra ? Object.defineProperties(view, Object.getOwnPropertyDescriptors(extra)) : view;
  }

  /** @internal Adds a lazily loaded part's styles to the element's own. */
  adoptPartStyles(styles: readonly CSSResultOrNative[]): void {
    const fresh = styles.filter((s) => !this._partStyles.includes(s));
    if (!fresh.length) return;
    this._partStyles.push(...fresh);
    if (this.renderRoot instanceof ShadowRoot) this._adoptAll(this.renderRoot);
  }

  /** @internal Whether the element shows itself rather than its fallback (see LazyPart). */
  get shown(): boolean {
    return !this._failed && this.ready && !this._parts.some((p) => p.blocking);
  }

  /** @internal Keeps a lazily loaded part (see LazyPart). */
  addPart(part: { readonly blocking: boolean }): void {
    this._parts.push(part);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot && this._partStyles.length) this._adoptAll(root);
    return root;
  }

  private _adoptAll(root: ShadowRoot): void {
    adoptStyles(root, [...(this.constructor as typeof RelaisElement).elementStyles, ...this._partStyles]);
  }

  /** Subclasses render here, once ready; `render()` contains their errors. */
  protected renderWidget(): TemplateResult | string {
    return html`<slot></slot>`;
  }

  protected override render(): TemplateResult | string {
    if (this._failed || !this.ready || this._parts.some((p) => p.blocking)) return html`<slot></slot>`;
    try {
      return this.renderWidget();
    } catch (error) {
      return this._fail(error);
    }
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      this._fail(error);
      super.update(changed);
    }
  }

  private _fail(error: unknown): TemplateResult {
    this._failed = true;
    console.error(`[relais] <${this.localName}> failed and shows its fallback content instead.`, error);
    return html`<slot></slot>`;
  }
}
