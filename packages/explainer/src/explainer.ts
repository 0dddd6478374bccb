import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { LazyPart, RelaisElement, tokens, warnOnce } from '@relais/core';
import type { FieldExplainer, FieldExplainerText } from '@relais/sdk';
import { explainerStyles } from './explainer.styles.js';
import { withToken, withoutToken } from './explainer.logic.js';
import { explainersLoader, panelLoader } from './shared.js';
import type { ActionsHost } from './explainer.actions.js';

let instances = 0;

/**
 * A form field that explains itself. Placed under the field, it shows
 * "Qu'est-ce que c'est ? Où le trouver ?" as a disclosure: what is asked, why
 * it is asked, where to find it (with a picture and its text alternative when
 * there is one), an example of a valid value, the easy-to-read version and
 * read-aloud.
 *
 * The field's accessible description gains a one-sentence summary: the
 * element writes it in a hidden `<span>` of the page (ids do not cross shadow
 * roots) placed right after itself, and adds that span's id at the end of the
 * field's `aria-describedby`, after the field's own hint and error. It removes
 * only that id when it goes, and puts it back last if the page rewrites the
 * attribute.
 *
 * With no config, the texts come from the default field explainers, which
 * load as a separate file.
 *
 * @summary Under a form field: what it asks, why, where to find it.
 *
 * @slot - Fallback content, shown until the element is ready and if the topic is unknown.
 *
 * @csspart button - The "Qu'est-ce que c'est ? Où le trouver ?" button.
 * @csspart panel - The explanation.
 *
 * @cssprop --relais-explainer-accent - Colour of the button and the panel's edge (default: --relais-color-link).
 * @cssprop --relais-explainer-surface - Panel background (default: --relais-color-surface-alt).
 * @cssprop --relais-explainer-min-height - The room the button holds, so that the page does not move when it upgrades (default 2.75rem; 4rem up to 37.5em wide).
 *
 * @fires {ExplainerDetail} relais-explainer-open - The explanation opened. Detail: `{ topic }`.
 * @fires {ExplainerDetail} relais-explainer-close - The explanation closed. Detail: `{ topic }`.
 */
export class RelaisExplainer extends RelaisElement {
  static override styles = [tokens, explainerStyles];

  static override catalogues = ['explainer'] as const;

  static override properties = {
    ...RelaisElement.properties,
    for: { reflect: true },
    topic: { reflect: true },
    open: { type: Boolean, reflect: true },
  };

  /** The id of the field this explains (in the same document or shadow root). */
  declare for: string | undefined;
  /** The field explainer's id, e.g. `numero-formule` (default: the `for` id, with `_` read as `-`). */
  declare topic: string | undefined;
  /** Whether the explanation is open. Methods: `show()`, `hide()`, `toggle()`. */
  declare open: boolean;

  // The data and the panel's content, together: the button shows once both are there.
  private readonly _data = new LazyPart(this, { load: explainersLoader, name: 'field explainers' });
  private readonly _ui = new LazyPart(this, { load: panelLoader, name: 'explanation', styles: (m) => m.panelStyles });
  private _host?: ActionsHost;

  /** @internal The id of the hidden summary span in the page. */
  readonly summaryId = `relais-explainer-summary-${++instances}`;
  private _summary: HTMLSpanElement | undefined;
  private _field: HTMLElement | undefined;
  private _observer: MutationObserver | undefined;
  private _retried = false;

  constructor() {
    super();
    this.open = false;
  }

  /** The topic id in use. */
  get topicId(): string {
    return this.topic || (this.for ?? '').toLowerCase().replace(/_/g, '-');
  }

  /** The field explainer shown, once the data has loaded (undefined before, or for an unknown topic). */
  get explainer(): FieldExplainer | undefined {
    return this._explainers?.get(this.topicId);
  }

  /** The topics, once loaded in the element's language (undefined before). */
  private get _explainers(): ReadonlyMap<string, FieldExplainer> | undefined {
    return this._data.value?.explainersFor(this.config.explainers, () => this.requestUpdate(), this.locale, this.topicId);
  }

  /** Opens the explanation. */
  show(): void {
    if (this.open || !this.explainer) return;
    this.open = true;
    this.emit('relais-explainer-open', { topic: this.topicId });
  }

  /** Closes the explanation. */
  hide(): void {
    if (!this.open) return;
    this.open = false;
    this._ui.value?.stopReading(this._actionsHost);
    this.emit('relais-explainer-close', { topic: this.topicId });
  }

  /** Opens or closes the explanation. */
  toggle(): void {
    if (this.open) this.hide();
    else this.show();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: link the summary again.
    if (this._data.value) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._ui.value?.stopReading(this._actionsHost);
    this._unlink();
  }

  /** What the panel's action bar sees of the element. */
  private get _actionsHost(): ActionsHost {
    return (this._host ??= this.partHost());
  }

  private get _text(): FieldExplainerText | undefined {
    return this.explainer?.[this.locale];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._explainers) this._link();
  }

  /** Adds the summary to the field's description, or updates it; warns once about a field or topic that is not there. */
  private _link(): void {
    if (!this.isConnected) return;
    const text = this._text;
    if (!text) {
      // A topic whose file could not load has been reported as such.
      if (this._data.value?.unreachableTopic(this.topicId)) return this._unlink();
      warnOnce(
        `<relais-explainer topic="${this.topicId}">: no such field explainer. Fix: use a default topic id (e.g. "numero-formule"), or add it through the config's explainers.`,
      );
      this._unlink();
      return;
    }
    const root = this.getRootNode() as Document | ShadowRoot;
    const field = this.for ? (root.getElementById?.(this.for) ?? undefined) : undefined;
    if (field !== this._field) this._unlink();
    if (!field) {
      if (!this._retried) {
        // The field may come just after the element in the page: look again once it is parsed.
        this._retried = true;
        requestAnimationFrame(() => this.requestUpdate());
      } else if (this.for)
        warnOnce(
          `<relais-explainer for="${this.for}">: there is no field with id "${this.for}" beside it, so its description is unchanged. Fix: set for to the field's id.`,
        );
      else warnOnce(`<relais-explainer topic="${this.topicId}"> has no for attribute. Fix: set for to the id of the field it explains.`);
      return;
    }
    this._field = field;
    let summary = this._summary;
    if (!summary) {
      summary = this._summary = document.createElement('span');
      summary.id = this.summaryId;
      summary.hidden = true;
      summary.setAttribute('data-relais-ignore', '');
    }
    if (summary.previousElementSibling !== this || !summary.isConnected) this.after(summary);
    summary.lang = this.locale;
    if (summary.textContent !== text.summary) summary.textContent = text.summary;
    this._keepToken();
    if (!this._observer) {
      this._observer = new MutationObserver(() => this._keepToken());
      this._observer.observe(field, { attributes: true, attributeFilter: ['aria-describedby'] });
    }
  }

  /** Our id, last in the field's aria-describedby (the page's own ids keep their order). */
  private _keepToken(): void {
    const field = this._field;
    if (!field) return;
    const before = field.getAttribute('aria-describedby');
    const after = withToken(before, this.summaryId);
    if (before !== after) field.setAttribute('aria-describedby', after);
  }

  /** Removes our id from the field's aria-describedby (only ours), and the summary span. */
  private _unlink(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    const field = this._field;
    if (field) {
      const rest = withoutToken(field.getAttribute('aria-describedby'), this.summaryId);
      if (rest === null) field.removeAttribute('aria-describedby');
      else if (rest !== field.getAttribute('aria-describedby')) field.setAttribute('aria-describedby', rest);
    }
    this._field = undefined;
    this._summary?.remove();
  }

  protected override renderWidget(): TemplateResult {
    const text = this._text;
    if (!text) return html`<slot></slot>`;
    const ui = this._ui.value;
    return html`<div lang=${this.locale}>
      <button part="button" class="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel" @click=${() => this.toggle()}>
        <svg class="chevron" aria-hidden="true" viewBox="0 0 16 16"><path d="M5.5 2 4 3.5 8.5 8 4 12.5 5.5 14l6-6z" /></svg>
        <span>${this.t('explainer.field.toggle')}<span class="visually-hidden"> ${this.t('explainer.field.about', { label: text.label })}</span></span>
      </button>
      <div part="panel" class="panel" id="panel" ?hidden=${!this.open}>${this.open && ui ? ui.renderPanel(this._actionsHost, text) : nothing}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relais-explainer': RelaisExplainer;
  }
}
