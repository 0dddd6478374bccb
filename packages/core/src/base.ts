import { LitElement, html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { Locale, MessageId, Messages, RelaisConfig } from '@relais/sdk';
import { pageConfig, pageState, subscribe, warnOnce } from './config-store.js';
import type { PageState } from './config-store.js';
import { resolveLocale } from './locale.js';

type Kit = typeof import('./kit.js');
let kitModule: Promise<Kit> | undefined;
let kit: Kit | undefined;
/** Loads the shared kit (catalogues, presets, validator) once per page. */
function loadKit(): Promise<Kit> {
  kitModule ??= import('./kit.js').then(
    (module) => (kit = module),
    (error: unknown) => {
      kitModule = undefined;
      throw error;
    },
  );
  return kitModule;
}

/**
 * The base of every Relais element: the resolved config (preset < page config
 * < the element's own settings), the locale from the closest `lang`, the
 * message catalogue, shared page state, and containment: until the shared kit
 * has loaded, and if anything fails while rendering, the element shows its
 * light-DOM fallback (which holds its room) instead of breaking the page.
 */
export class RelaisElement extends LitElement {
  static override properties = {
    easy: { type: Boolean, reflect: true },
    _revision: { state: true },
  };

  /** Easy-to-read (FALC) texts. */
  declare easy: boolean;
  declare private _revision: number;

  /** The config in use (preset < page config < element), set before each render. */
  protected config: RelaisConfig = {};
  /** The locale: the closest `lang`, else the config's, else French. */
  protected locale: Locale = 'fr';
  /** The messages in the element's locale; undefined until the kit has loaded. */
  protected messages: Messages | undefined;

  private _unsubscribe?: () => void;
  private _failed = false;

  constructor() {
    super();
    this.easy = false;
    this._revision = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unsubscribe = subscribe(() => this._refresh());
    if (!kit) {
      loadKit().then(
        () => this._refresh(),
        (error: unknown) => warnOnce(`Relais could not load its texts (${String(error)}); the fallback content stays.`),
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
  }

  private _refresh(): void {
    this._revision++;
  }

  /** True once the texts and config are there. */
  protected get ready(): boolean {
    return this.messages !== undefined;
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
    if (!kit) return;
    const { config, problems } = kit.resolveConfig(pageConfig(), this.elementConfig(), () => this._refresh());
    if (problems.length) {
      const list = problems.map((p) => `\n  - ${p}`).join('');
      warnOnce(`Invalid config: these parts are ignored, Relais uses its defaults for them (see the @relais/sdk README, "Configuration"):${list}`);
    }
    this.config = config;
    this.locale = resolveLocale(this, config.locale);
    this.messages = kit.messagesFor(this.locale, { easy: this.easy || config.easy === true, overrides: config.messages });
  }

  /** A message, with its `{placeholders}` filled ('' before the kit has loaded). */
  protected t(id: MessageId, values: Record<string, string | number> = {}): string {
    return kit && this.messages ? kit.format(this.messages[id], values) : '';
  }

  /** Subclasses render here, once ready; `render()` contains their errors. */
  protected renderWidget(): TemplateResult | string {
    return html`<slot></slot>`;
  }

  protected override render(): TemplateResult | string {
    if (this._failed || !this.ready) return html`<slot></slot>`;
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
