/**
 * The tracker's behaviour, in its lazily loaded part: it works out the steps
 * (the `steps` property, the page config, the preset of the procedure, or
 * the form named by `for`), keeps the progress (in this browser unless
 * `no-persist`), publishes the procedure and current step to the page, and
 * announces a change once. A Lit reactive controller of the element; the
 * view (`steps.view.ts`) renders what it works out.
 */
import type { ReactiveController, TemplateResult } from 'lit';
import { announce, loadOnce, prepareAnnouncer, publishState, warnOnce } from '@relais/core';
import type { RelaisEventDetail, StepsConfig } from '@relais/sdk';
import { readForm } from './steps.form.js';
import type { FormReading } from './steps.form.js';
import {
  allDocuments,
  complete,
  configuredCurrent,
  currentIndex,
  documentsView,
  markError,
  mergeFormSteps,
  minutesLeft,
  moveTo,
  procedureDocuments,
  stateOf,
  tick,
  toSteps,
  unknownFormSteps,
} from './steps.logic.js';
import type { Progress, Step } from './steps.logic.js';
import { ProgressStore } from './steps.store.js';
import type { PendingCall, StepsHost, StepsUi, StepsView } from './steps.host.js';
import { renderTracker } from './steps.view.js';

const presets = loadOnce(() => import('./steps.presets.js'));
const validator = loadOnce(() => import('@relais/sdk/resolve.js'));
/** "Did you mean …" for a development warning: loaded only when there is something to warn about. */
const hints = loadOnce(() => import('@relais/sdk/did-you-mean.js'));

let instances = 0;

/** The tracker's state and behaviour, one per element. */
export class StepsController implements ReactiveController, StepsUi {
  /** Ids of the list and the checklist. */
  readonly uid = `relais-steps-${++instances}`;
  /** Whether the list of steps (compact: the whole detail) is open. */
  open = false;
  /** Whether the checklist is open (full variant). */
  docsOpen = false;

  private readonly _host: StepsHost;
  private readonly _store: ProgressStore;
  private _steps: Step[] = [];
  private _view: StepsView | undefined;
  private _progress: Progress | undefined;
  private _form: FormReading | undefined;
  private _formEl: Element | undefined;
  private _observer: MutationObserver | undefined;
  private _watchedFor: string | undefined;
  private _shown: string | undefined;
  private _published = '';
  private _checked: { input: unknown; steps: StepsConfig | undefined } | undefined;

  constructor(host: StepsHost) {
    this._host = host;
    this._store = new ProgressStore(() => this._key);
  }

  hostConnected(): void {
    prepareAnnouncer();
    this._watchForm();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._watchedFor = undefined;
  }

  /** Before each render: the steps, the progress, the current step. */
  hostUpdate(): void {
    const host = this._host;
    if (!host.ready) return;
    if ((host.for || undefined) !== this._watchedFor && host.element.isConnected) this._watchForm();
    // The form is the truth: until the page has it, the tracker shows its fallback rather than a guess.
    if (host.for && !this._formEl && document.readyState === 'loading') return;
    const source = this._source();
    if (source === null) return;
    const known = toSteps(source, host.locale);
    const form = this._form?.steps ?? [];
    const steps = form.length ? mergeFormSteps(form, known) : known;
    if (form.length) this._unknownFormSteps(unknownFormSteps(form, known), known);
    this._steps = steps;
    if (!steps.length) {
      this._view = undefined;
      if ((!host.for || this._formEl) && host.steps == null) {
        const procedure = this._procedure;
        warnOnce(
          `<relais-steps> has no steps${procedure ? ` for procedure "${procedure}"` : ''}. Fix: set procedure to a preset id (e.g. "ants/permis/inscription"), set for to the id of a form with [data-relais-step] parts, or configure steps: configure({ steps: [{ id, title }, …] }).`,
        );
      }
      return;
    }
    if (!this._progress) this._progress = this._start(steps, source);
    else if (host.current !== steps[currentIndex(steps, this._progress)]?.id) {
      if (host.current && steps.some((s) => s.id === host.current)) this._progress = moveTo(steps, this._progress, host.current);
      else if (host.current) this._unknownCurrent(host.current, steps);
    }
    const progress = this._progress;
    const index = currentIndex(steps, progress);
    host.current = steps[index]?.id;
    const rules = { form: form.length > 0 };
    const before = procedureDocuments(source, host.locale);
    const ticked = new Set(progress.ticked);
    this._view = {
      steps,
      states: steps.map((step) => stateOf(step, steps, progress, rules)),
      index,
      next: steps[index + 1],
      minutes: minutesLeft(steps, progress, rules),
      documents: documentsView(steps, progress, before),
      ticked,
      checklist: allDocuments(steps, before).map(({ key, text }) => ({ text, ready: ticked.has(key) })),
    };
  }

  /** After each render: publish, announce, fire, keep. */
  hostUpdated(): void {
    const view = this._view;
    const host = this._host;
    if (!view || !host.ready) return;
    if (host.variant === 'vertical' || this.open || this.docsOpen) host.loadList();
    const step = view.steps[view.index]!;
    const procedure = this._procedure;
    const where = `${procedure ?? ''}\n${step.id}\n${JSON.stringify(view.checklist)}`;
    if (where !== this._published) {
      this._published = where;
      publishState({ procedure, step: step.id, documents: view.checklist });
    }
    if (step.id === this._shown) return;
    const from = this._shown;
    this._shown = step.id;
    const detail: RelaisEventDetail<'relais-step-change'> = { to: step.id, index: view.index + 1, total: view.steps.length };
    if (procedure) detail.procedure = procedure;
    if (from) {
      detail.from = from;
      // Once: the heading read on focus, or the polite announcement.
      const heading = host.focusHeading ? host.element.shadowRoot?.querySelector<HTMLElement>('[part="heading"]') : null;
      // At once, in the task that hid the old section (the form's mutation is
      // what tells the tracker): Orca says the heading. Deferred by a frame,
      // Orca first followed Chromium's fallback focus into the form and the
      // newly shown section, and said its name again (docs/screen-readers.md).
      if (heading) heading.focus();
      else announce(this.headingText(view), { lang: host.locale });
    }
    this._save();
    host.emit('relais-step-change', detail);
  }

  /** The view, or undefined while the tracker has no steps (the element then shows its fallback). */
  render(): TemplateResult | undefined {
    return this._view && this._progress ? renderTracker(this._host, this, this._view, this._progress) : undefined;
  }

  /** Applies `complete(id)` or `markError(id)`. */
  call(name: PendingCall[0], id: string): void {
    if (!this._progress) {
      this._host.pending.push([name, id]);
      return;
    }
    this._progress = this._run(this._progress, [name, id]);
    this._host.current = this._steps[currentIndex(this._steps, this._progress)]?.id;
    this._host.requestUpdate();
  }

  /** A message in the element's language. */
  t: StepsUi['t'] = (id, values) => this._host.t(id, values);

  get navigable(): boolean {
    return this._host.navigable;
  }

  select(id: string): void {
    this._host.emit('relais-step-select', { step: id });
  }

  tickDocument(key: string, ticked: boolean): void {
    if (!this._progress) return;
    this._progress = tick(this._progress, key, ticked);
    this._save();
    this._host.requestUpdate();
  }

  /** Opens or closes the list (`open`) or the checklist (`docsOpen`). */
  toggle(which: 'open' | 'docsOpen'): void {
    this[which] = !this[which];
    if (this[which]) this._host.loadList();
    this._host.requestUpdate();
  }

  /** "Étape 2 sur 5 : Vos justificatifs". */
  headingText(view: StepsView): string {
    return this.t('steps.heading', { index: view.index + 1, total: view.steps.length, title: view.steps[view.index]?.title ?? '' });
  }

  private _run(progress: Progress, [name, id]: PendingCall): Progress {
    if (!this._steps.some((s) => s.id === id)) {
      warnOnce(
        `<relais-steps>.${name}(${JSON.stringify(id)}): no step has this id (known: ${this._steps.map((s) => s.id).join(', ')}). Fix: use one of these ids.`,
      );
      return progress;
    }
    return (name === 'complete' ? complete : markError)(this._steps, progress, id);
  }

  /** The procedure in use: the element's, else the page config's. */
  private get _procedure(): string | undefined {
    return this._host.procedure || this._host.config.procedure || undefined;
  }

  /** Finds the form named by `for` and follows it. */
  private _watchForm(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._formEl = undefined;
    this._form = undefined;
    const host = this._host;
    const id = host.for || undefined;
    this._watchedFor = id;
    if (!id || !host.element.isConnected) return;
    const root = host.element.getRootNode() as Document | ShadowRoot;
    const form = (root.getElementById ? root.getElementById(id) : null) ?? document.getElementById(id);
    if (!form) {
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this._watchForm(), { once: true });
      } else {
        warnOnce(`<relais-steps for="${id}">: no element has id="${id}". Fix: set "for" to the id of the form whose steps it follows.`);
      }
      return;
    }
    this._formEl = form;
    this._observer = new MutationObserver(() => this._readForm());
    this._observer.observe(form, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['hidden', 'class', 'style', 'data-relais-step', 'data-relais-title', 'data-relais-state'],
    });
    this._readForm();
  }

  private _readForm(): void {
    if (!this._formEl) return;
    const reading = readForm(this._formEl);
    const id = this._watchedFor;
    if (!reading.steps.length) {
      warnOnce(`<relais-steps for="${id}">: the form has no [data-relais-step]. Fix: add data-relais-step="step-id" to each step's fieldset or section.`);
    }
    if (reading.skipped.length) {
      warnOnce(
        `<relais-steps for="${id}">: these data-relais-step values are left out (empty, repeated, or not an id in lower case with dashes): ${reading.skipped.map((s) => JSON.stringify(s)).join(', ')}.`,
      );
    }
    const key = (r: FormReading | undefined) => r?.steps.map((s) => `${s.id}\n${s.title}\n${s.state ?? ''}`).join('\n');
    if (key(this._form) !== key(reading) || !this._form) {
      this._form = reading;
      this._host.requestUpdate();
    } else this._form = { ...this._form, current: reading.current };
    if (reading.current && reading.current !== this._host.current) this._host.current = reading.current;
  }

  /** The configured steps: the `steps` property, the page config's for its own procedure, else the preset of the procedure. `null` while something loads. */
  private _source(): StepsConfig | undefined | null {
    const host = this._host;
    const { config } = host;
    if (host.steps != null) return this._checkedSteps(host.steps);
    const own = host.procedure;
    // The page's steps, unless the page config is about another procedure than the element's.
    if (config.steps && (!own || !config.procedure || own === config.procedure)) return config.steps;
    const id = this._procedure;
    if (!id) return undefined;
    const module = presets.value;
    if (module) return module.procedureSteps[id];
    presets().then(
      () => host.requestUpdate(),
      (error: unknown) => warnOnce(`<relais-steps> could not load the procedure presets (${String(error)}); it shows its fallback content.`),
    );
    return null;
  }

  /** The `steps` property, checked like the config (the validator loads on demand). `null` until checked. */
  private _checkedSteps(input: unknown): StepsConfig | undefined | null {
    const checked = this._checked;
    if (checked && checked.input === input) return checked.steps;
    const module = validator.value;
    if (!module) {
      validator().then(
        () => this._host.requestUpdate(),
        (error: unknown) => warnOnce(`<relais-steps> could not load the config validator (${String(error)}); it shows its fallback content.`),
      );
      return null;
    }
    const { config, problems } = module.resolveConfig({ steps: input });
    if (problems.length) {
      warnOnce(
        `<relais-steps>: invalid "steps" property, the tracker shows its fallback content (see the @relais/sdk README, "Configuration"):${problems.map((p) => `\n  - ${p}`).join('')}`,
      );
    }
    this._checked = { input, steps: problems.length ? undefined : config.steps };
    return this._checked.steps;
  }

  /** Once per page and list: form steps the procedure does not know (they are shown where they stand, but the help code cannot name them). */
  private _unknownFormSteps(ids: string[], known: Step[]): void {
    if (!ids.length) return;
    const procedure = this._procedure;
    const whose = procedure ? `the procedure "${procedure}"` : 'the configured steps';
    const form = this._watchedFor ?? '';
    const knownIds = known.map((k) => k.id);
    const warn = (didYouMean?: (word: string, known: readonly string[]) => string | undefined) => {
      const list = ids.map((id) => {
        const hint = didYouMean?.(id, knownIds);
        return `"${id}"${hint ? ` (${hint})` : ''}`;
      });
      warnOnce(
        `<relais-steps for="${form}">: ${whose} has no step ${list.join(', ')}; it is shown where it stands in the form, but the help code says "step unknown" there. Fix: give the fieldset the id of the same step in ${whose} (known: ${knownIds.join(', ')}), or add the step to the config's steps.`,
      );
    };
    hints().then(
      (m) => warn(m.didYouMean),
      () => warn(),
    );
  }

  private _unknownCurrent(id: string, steps: Step[]): void {
    warnOnce(`<relais-steps current="${id}">: no step has this id (known: ${steps.map((s) => s.id).join(', ')}). Fix: use one of these ids.`);
  }

  /**
   * The progress when the tracker starts. Following a form, the form is the
   * truth: the current step is the one it shows, and what this browser kept
   * is used only when it agrees (same current step; the form may have
   * started over, or resumed elsewhere). Otherwise: the element's `current`,
   * what this browser kept, then the config. Ticked documents are kept
   * either way: the citizen still has them at hand.
   */
  private _start(steps: Step[], source: StepsConfig | undefined): Progress {
    const host = this._host;
    const stored = host.noPersist ? undefined : this._store.read(steps);
    const knownId = (id: string | null | undefined) => (id && steps.some((s) => s.id === id) ? id : undefined);
    const asked = host.current;
    if (asked && !knownId(asked)) this._unknownCurrent(asked, steps);
    const following = Boolean(this._form?.steps.length);
    let current: string | undefined;
    let kept: Progress | undefined = stored;
    if (following) {
      current = knownId(this._form?.current) ?? knownId(asked) ?? steps[0]?.id;
      if (stored?.current !== current) kept = undefined;
    } else {
      current = knownId(asked) ?? stored?.current ?? knownId(configuredCurrent(source)) ?? knownId(host.config.step);
    }
    const done = new Set<string>(kept?.done);
    const errors = new Set<string>(kept?.errors);
    for (const step of steps) {
      if (step.state === 'done') done.add(step.id);
      if (step.state === 'error') errors.add(step.id);
    }
    // Being at a step means the steps before it are done, unless the config
    // says otherwise or they were optional.
    const index = current ? steps.findIndex((s) => s.id === current) : 0;
    for (const step of steps.slice(0, index)) {
      if (!step.optional && !step.state && !errors.has(step.id)) done.add(step.id);
    }
    let progress: Progress = { current, done: [...done], errors: [...errors], ticked: stored?.ticked ?? [] };
    this._steps = steps;
    for (const call of host.pending.splice(0)) progress = this._run(progress, call);
    return progress;
  }

  /** Where this tracker's progress is kept. */
  private get _key(): string {
    const host = this._host;
    return this._procedure ?? `page:${location.pathname}#${host.for || host.element.id || 'steps'}`;
  }

  private _save(): void {
    if (!this._host.noPersist && this._progress) this._store.save(this._progress);
  }
}
