import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { LazyPart, RelaisElement, loadOnce, tokens } from '@relais/core';
import type { StepsConfig } from '@relais/sdk';
import { hostStyles } from './steps.styles.js';
import type { PendingCall, StepsHost } from './steps.host.js';

/** The tracker's behaviour and view, loaded once per page when a tracker connects. */
const trackerLoader = loadOnce(() => import('./steps.tracker.js'));
/** The list of steps and the checklist, loaded at idle or when opened. */
const listLoader = loadOnce(() => import('./steps.parts.js'));

/**
 * Where am I in the procedure, what comes next, what to have at hand.
 *
 * A heading that reads as one phrase ("Étape 2 sur 5 : Vos justificatifs"),
 * the next step, a decorative progress bar, the time left, every step with
 * its state in words (in a disclosure), the steps done off line (photo booth,
 * town hall…) shown as such, and a checklist of the documents to have at hand.
 * A step change without a page load is announced once, politely.
 *
 * Steps come from the config (`steps`, or the preset of `procedure`), or from
 * the form itself: with `for="form-id"`, each `[data-relais-step]` in the form
 * is a step (title from its legend or heading), and the current step is the
 * first one that is neither `hidden` nor `display: none`.
 *
 * The tracker publishes its procedure and current step to the page, so that a
 * `<relais-help>` on the same page gives the matching help code. Progress and
 * ticked documents are kept in this browser (`localStorage`, key
 * `relais:steps:v1:<procedure>`) unless `no-persist` is set.
 *
 * Its light-DOM children are the fallback shown until it is ready, without
 * JavaScript, and if it fails. To keep the page still while it loads:
 * `relais-steps:not(:defined) { display: flow-root; min-height: 11.5rem; }` (16.5rem up to
 * 37.5em wide, 20rem up to 25em)
 * (`3.5rem` for the compact variant), the room it keeps once upgraded.
 *
 * @summary Step tracker: "Étape 2 sur 5", the next step, off-line steps, documents to have at hand.
 *
 * @slot - Fallback content, shown until the element is ready and if it fails.
 *
 * @csspart base - The tracker's box.
 * @csspart heading - The heading "Étape 2 sur 5 : …" (focused on a change with `focus-heading`).
 * @csspart next - The line that names the next step.
 * @csspart bar - The decorative progress bar.
 * @csspart toggle - The buttons that show the list of steps and the documents.
 * @csspart list - The ordered list of every step.
 * @csspart step - Each step of the list.
 * @csspart documents - The checklist of documents.
 *
 * @cssprop --relais-steps-accent - Progress and current-step colour (default: --relais-color-action).
 * @cssprop --relais-steps-done - Colour of done steps (default: --relais-color-success).
 * @cssprop --relais-steps-error - Colour of steps to correct (default: --relais-color-warning).
 * @cssprop --relais-steps-surface - Background (default: --relais-color-surface).
 * @cssprop --relais-steps-min-height - The room the tracker holds, so that the page does not move when it upgrades (default 11.5rem; 16.5rem up to 37.5em wide, 20rem up to 25em; 3.5rem compact).
 *
 * @fires {StepChangeDetail} relais-step-change - The current step changed (also once when the tracker starts). Detail: `{ procedure?, from?, to, index, total }`.
 * @fires {StepSelectDetail} relais-step-select - With `navigable`, the citizen chose a done step; the host decides whether to go back. Detail: `{ step }`.
 */
export class RelaisSteps extends RelaisElement {
  static override styles = [tokens, hostStyles];

  static override catalogues = ['steps'] as const;

  static override properties = {
    ...RelaisElement.properties,
    for: { reflect: true },
    procedure: { reflect: true },
    steps: { attribute: false },
    current: { reflect: true },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    navigable: { type: Boolean, reflect: true },
    noPersist: { attribute: 'no-persist', type: Boolean, reflect: true },
    focusHeading: { attribute: 'focus-heading', type: Boolean, reflect: true },
  };

  /** The id of the form (or any element) whose `[data-relais-step]` parts are the steps. */
  declare for: string | undefined;
  /** The procedure id (e.g. `ants/permis/inscription`): its preset gives the steps; it names the saved progress and the help code. */
  declare procedure: string | undefined;
  /**
   * The steps, as in the config (`[{ id, title, where?, documents?, minutes?, optional?, note?, state? }]`
   * or `{ items, current?, documents? }`), over the page config and the preset. Checked like the config.
   */
  declare steps: StepsConfig | undefined;
  /** The current step's id. Set it to move the tracker; with `for`, it follows the form. */
  declare current: string | undefined;
  /** `full` (default), `compact` (one line that expands, for phones) or `vertical` (for a side column). */
  declare variant: 'full' | 'compact' | 'vertical';
  /** The level of the heading, 1 to 6 (default 2). */
  declare headingLevel: number;
  /** Done steps become buttons; choosing one fires `relais-step-select`. */
  declare navigable: boolean;
  /** Do not keep progress and ticks in this browser. */
  declare noPersist: boolean;
  /** Move focus to the heading when the step changes (off by default: no focus theft). */
  declare focusHeading: boolean;

  private readonly _pending: PendingCall[] = [];
  private _host?: StepsHost;
  private readonly _tracker = new LazyPart(this, {
    load: trackerLoader,
    name: 'tracker',
    styles: (m) => m.viewStyles,
    create: (m) => new m.StepsController(this._stepsHost),
  });
  private readonly _list = new LazyPart(this, {
    load: listLoader,
    at: 'idle',
    need: 'optional',
    name: 'list of steps (it shows the heading and the next step only)',
    styles: (m) => m.partsStyles,
  });

  constructor() {
    super();
    this.variant = 'full';
    this.headingLevel = 2;
    this.navigable = false;
    this.noPersist = false;
    this.focusHeading = false;
  }

  /** Marks a step done; when it is the current step, the tracker moves on to the next step not done. */
  complete(id: string): void {
    this._call('complete', id);
  }

  /** Marks a step "à corriger" (to correct). */
  markError(id: string): void {
    this._call('markError', id);
  }

  /** Makes a step the current one (same as setting `current`). */
  goTo(id: string): void {
    this.current = id;
  }

  private _call(name: PendingCall[0], id: string): void {
    const tracker = this._tracker.value;
    if (tracker) tracker.call(name, id);
    else this._pending.push([name, id]);
  }

  /** What the tracker's behaviour sees of the element. */
  private get _stepsHost(): StepsHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the list's part is read when asked (it is made after the tracker's)
    const self = this;
    return (this._host ??= this.partHost(
      {
        pending: this._pending,
        get list() {
          return self._list.value;
        },
        get listFailed() {
          return self._list.failed;
        },
        loadList: () => void this._list.load(),
      },
      ['for', 'procedure', 'steps', 'current', 'variant', 'headingLevel', 'navigable', 'noPersist', 'focusHeading'],
    ));
  }

  protected override renderWidget(): TemplateResult {
    return this._tracker.value?.render() ?? html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relais-steps': RelaisSteps;
  }
}
