/**
 * The tracker's behaviour and view, loaded with the texts (in parallel) when
 * the element connects, so that the element's own file stays small. Until it
 * is there, and if it cannot load, the element shows its fallback content.
 *
 * It works out the steps (the `steps` property, the page config, the preset
 * of the procedure, or the form named by `for`), keeps the progress (in this
 * browser unless `no-persist`), publishes the procedure and current step to
 * the page, announces a change once, and renders the heading, the next step,
 * the bar and the buttons. The list and the checklist load apart
 * (`steps.parts.ts`), when the page is idle or when they are opened.
 */
import { adoptStyles, html, nothing } from 'lit';
import type { CSSResultOrNative, PropertyValues, TemplateResult } from 'lit';
import { announce, prepareAnnouncer, publishState, warnOnce } from '@relais/core';
import { relaisEventInit } from '@relais/sdk';
import type { MessageId, RelaisEventDetail, RelaisEventName, StepsConfig } from '@relais/sdk';
import type { RelaisSteps } from './steps.js';
import { readForm } from './steps.form.js';
import type { FormReading } from './steps.form.js';
import {
  allDone,
  complete,
  configuredCurrent,
  currentIndex,
  documentsView,
  formatDuration,
  markError,
  mergeFormSteps,
  minutesLeft,
  moveTo,
  procedureDocuments,
  restore,
  serialize,
  stateOf,
  storageKey,
  tick,
  toSteps,
} from './steps.logic.js';
import type { DocumentsView, Progress, Step, StepState } from './steps.logic.js';
import { viewStyles } from './steps.view.styles.js';

/** Loads a module once per page; a failed load can be tried again. */
function lazy<T>(load: () => Promise<T>): { get: () => T | undefined; load: () => Promise<T> } {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (pending ??= load().then(
        (module) => (value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}

const parts = lazy(() => import('./steps.parts.js'));
const presets = lazy(() => import('./steps.presets.js'));
const validator = lazy(() => import('@relais/sdk/resolve.js'));

let instances = 0;

/** What the list and the checklist need, worked out once per render. */
export interface StepsView {
  steps: Step[];
  states: StepState[];
  index: number;
  next?: Step | undefined;
  minutes?: number | undefined;
  documents: DocumentsView;
  ticked: Set<string>;
}

/** A call of `complete()` or `markError()` made before the tracker had its steps. */
export type PendingCall = ['complete' | 'markError', string];

/** The tracker's state and behaviour, one per element. */
export class StepsController {
  /** @internal Ids of the list and the checklist. */
  readonly uid = `relais-steps-${++instances}`;
  /** Whether the list of steps (compact: the whole detail) is open. */
  open = false;
  /** Whether the checklist is open (full variant). */
  docsOpen = false;

  private steps: Step[] = [];
  private view: StepsView | undefined;
  private progress: Progress | undefined;
  private form: FormReading | undefined;
  private formEl: Element | undefined;
  private observer: MutationObserver | undefined;
  private watchedFor: string | undefined;
  private shown: string | undefined;
  private published = '';
  private checked: { input: unknown; steps: StepsConfig | undefined } | undefined;
  private partsFailed = false;
  private styles: CSSResultOrNative[] = [];

  constructor(
    private readonly host: RelaisSteps,
    private readonly pending: PendingCall[],
  ) {}

  /** The element connected (or the controller arrived after it did). */
  connected(): void {
    prepareAnnouncer();
    if (this.host.shadowRoot && !this.styles.length) this.adopt(viewStyles);
    this.watchForm();
    // The list and checklist load when the page is idle, so they open at once and print.
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? setTimeout;
    idle(() => void this.ensureParts());
  }

  disconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watchedFor = undefined;
  }

  private adopt(sheet: CSSResultOrNative): void {
    this.styles.push(sheet);
    const root = this.host.shadowRoot;
    if (root) adoptStyles(root, [...(this.host.constructor as typeof RelaisSteps).elementStyles, ...this.styles]);
  }

  private async ensureParts(): Promise<void> {
    if (parts.get() && this.styles.length > 1) return;
    if (this.partsFailed) return;
    try {
      const module = await parts.load();
      if (this.styles.length < 2) this.adopt(module.partsStyles);
      this.host.requestUpdate();
    } catch (error) {
      this.partsFailed = true;
      console.warn('[relais] <relais-steps> could not load its list of steps; it shows the heading and the next step only.', error);
      this.host.requestUpdate();
    }
  }

  /** Applies `complete(id)` or `markError(id)`. */
  call(name: PendingCall[0], id: string): void {
    if (!this.progress) {
      this.pending.push([name, id]);
      return;
    }
    this.progress = this.run(this.progress, [name, id]);
    this.host.current = this.steps[currentIndex(this.steps, this.progress)]?.id;
    this.host.requestUpdate();
  }

  private run(progress: Progress, [name, id]: PendingCall): Progress {
    if (!this.steps.some((s) => s.id === id)) {
      warnOnce(
        `<relais-steps>.${name}(${JSON.stringify(id)}): no step has this id (known: ${this.steps.map((s) => s.id).join(', ')}). Fix: use one of these ids.`,
      );
      return progress;
    }
    return (name === 'complete' ? complete : markError)(this.steps, progress, id);
  }

  /** Fires a Relais event (bubbles, composed). */
  emit<K extends RelaisEventName>(name: K, detail: RelaisEventDetail<K>): void {
    this.host.dispatchEvent(new CustomEvent(name, { ...relaisEventInit, detail }));
  }

  /** A message in the element's language. */
  text(id: MessageId, values?: Record<string, string | number>): string {
    return this.host.text(id, values);
  }

  /** Whether done steps are buttons. */
  get navigable(): boolean {
    return this.host.navigable;
  }

  /** The citizen chose a done step (with `navigable`): the host decides. */
  select(id: string): void {
    this.emit('relais-step-select', { step: id });
  }

  /** The citizen ticked or unticked a document. */
  tickDocument(key: string, ticked: boolean): void {
    if (!this.progress) return;
    this.progress = tick(this.progress, key, ticked);
    this.save();
    this.host.requestUpdate();
  }

  /** The procedure in use: the element's, else the page config's. */
  private get procedure(): string | undefined {
    return this.host.procedure || this.host.settings.config.procedure || undefined;
  }

  /** Finds the form named by `for` and follows it. */
  private watchForm(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.formEl = undefined;
    this.form = undefined;
    const id = this.host.for || undefined;
    this.watchedFor = id;
    if (!id || !this.host.isConnected) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const form = (root.getElementById ? root.getElementById(id) : null) ?? document.getElementById(id);
    if (!form) {
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.watchForm(), { once: true });
      } else {
        warnOnce(`<relais-steps for="${id}">: no element has id="${id}". Fix: set "for" to the id of the form whose steps it follows.`);
      }
      return;
    }
    this.formEl = form;
    this.observer = new MutationObserver(() => this.readForm());
    this.observer.observe(form, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['hidden', 'class', 'style', 'data-relais-step', 'data-relais-title'],
    });
    this.readForm();
  }

  private readForm(): void {
    if (!this.formEl) return;
    const reading = readForm(this.formEl);
    const id = this.watchedFor;
    if (!reading.steps.length) {
      warnOnce(`<relais-steps for="${id}">: the form has no [data-relais-step]. Fix: add data-relais-step="step-id" to each step's fieldset or section.`);
    }
    if (reading.skipped.length) {
      warnOnce(
        `<relais-steps for="${id}">: these data-relais-step values are left out (empty, repeated, or not an id in lower case with dashes): ${reading.skipped.map((s) => JSON.stringify(s)).join(', ')}.`,
      );
    }
    const key = (r: FormReading | undefined) => r?.steps.map((s) => `${s.id}\n${s.title}`).join('\n');
    if (key(this.form) !== key(reading)) {
      this.form = reading;
      this.host.requestUpdate();
    } else this.form = { ...this.form!, current: reading.current };
    if (reading.current && reading.current !== this.host.current) this.host.current = reading.current;
  }

  /** The configured steps: the `steps` property, the page config's for its own procedure, else the preset of the procedure. `null` while something loads. */
  private source(): StepsConfig | undefined | null {
    const { config } = this.host.settings;
    if (this.host.steps != null) return this.checkedSteps(this.host.steps);
    const own = this.host.procedure;
    // The page's steps, unless the page config is about another procedure than the element's.
    if (config.steps && (!own || !config.procedure || own === config.procedure)) return config.steps;
    const id = this.procedure;
    if (!id) return undefined;
    const module = presets.get();
    if (module) return module.procedureSteps[id];
    presets.load().then(
      () => this.host.requestUpdate(),
      (error: unknown) => warnOnce(`<relais-steps> could not load the procedure presets (${String(error)}); it shows its fallback content.`),
    );
    return null;
  }

  /** The `steps` property, checked like the config (the validator loads on demand). `null` until checked. */
  private checkedSteps(input: unknown): StepsConfig | undefined | null {
    const checked = this.checked;
    if (checked && checked.input === input) return checked.steps;
    const module = validator.get();
    if (!module) {
      validator.load().then(
        () => this.host.requestUpdate(),
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
    this.checked = { input, steps: problems.length ? undefined : config.steps };
    return this.checked.steps;
  }

  /** Before each render: the steps, the progress, the current step. */
  willUpdate(_changed: PropertyValues): void {
    const host = this.host;
    if ((host.for || undefined) !== this.watchedFor && host.isConnected) this.watchForm();
    const source = this.source();
    if (source === null) return;
    const { locale } = host.settings;
    const known = toSteps(source, locale);
    const steps = this.form?.steps.length ? mergeFormSteps(this.form.steps, known) : known;
    this.steps = steps;
    if (!steps.length) {
      this.view = undefined;
      if ((!host.for || this.formEl) && host.steps == null) {
        const procedure = this.procedure;
        warnOnce(
          `<relais-steps> has no steps${procedure ? ` for procedure "${procedure}"` : ''}. Fix: set procedure to a preset id (e.g. "ants/permis/inscription"), set for to the id of a form with [data-relais-step] parts, or configure steps: configure({ steps: [{ id, title }, …] }).`,
        );
      }
      return;
    }
    if (!this.progress) this.progress = this.start(steps, source);
    else if (host.current !== steps[currentIndex(steps, this.progress)]!.id) {
      if (host.current && steps.some((s) => s.id === host.current)) this.progress = moveTo(steps, this.progress, host.current);
      else if (host.current) this.unknownCurrent(host.current, steps);
    }
    const progress = this.progress;
    const index = currentIndex(steps, progress);
    host.current = steps[index]!.id;
    this.view = {
      steps,
      states: steps.map((step) => stateOf(step, steps, progress)),
      index,
      next: steps[index + 1],
      minutes: minutesLeft(steps, progress),
      documents: documentsView(steps, progress, procedureDocuments(source, locale)),
      ticked: new Set(progress.ticked),
    };
  }

  private unknownCurrent(id: string, steps: Step[]): void {
    warnOnce(`<relais-steps current="${id}">: no step has this id (known: ${steps.map((s) => s.id).join(', ')}). Fix: use one of these ids.`);
  }

  /** The progress when the tracker starts: the config's states, what this browser kept, and which step is current. */
  private start(steps: Step[], source: StepsConfig | undefined): Progress {
    const stored = this.read(steps);
    const done = new Set<string>(stored?.done);
    const errors = new Set<string>(stored?.errors);
    for (const step of steps) {
      if (step.state === 'done') done.add(step.id);
      if (step.state === 'error') errors.add(step.id);
    }
    const knownId = (id: string | null | undefined) => (id && steps.some((s) => s.id === id) ? id : undefined);
    const asked = this.host.current;
    if (asked && !knownId(asked)) this.unknownCurrent(asked, steps);
    const current =
      knownId(asked) ?? knownId(this.form?.current) ?? stored?.current ?? knownId(configuredCurrent(source)) ?? knownId(this.host.settings.config.step);
    // Being at a step means the steps before it are done, unless the config
    // says otherwise or they were optional.
    const index = current ? steps.findIndex((s) => s.id === current) : 0;
    for (const step of steps.slice(0, index)) {
      if (!step.optional && !step.state && !errors.has(step.id)) done.add(step.id);
    }
    let progress: Progress = { current, done: [...done], errors: [...errors], ticked: stored?.ticked ?? [] };
    this.steps = steps;
    for (const call of this.pending.splice(0)) progress = this.run(progress, call);
    return progress;
  }

  /** Where this tracker's progress is kept. */
  private get key(): string {
    return storageKey(this.procedure ?? `page:${location.pathname}#${this.host.for || this.host.id || 'steps'}`);
  }

  /** Reads kept progress; anything unreadable is ignored (and, if corrupt or stale, removed). Never throws. */
  private read(steps: Step[]): Progress | undefined {
    if (this.host.noPersist) return undefined;
    try {
      const result = restore(localStorage.getItem(this.key), steps, Date.now());
      if ('progress' in result) return result.progress;
      if (result.ignored !== 'none') localStorage.removeItem(this.key);
    } catch {
      // Storage off, private mode, or a page that forbids it: the tracker works in memory.
    }
    return undefined;
  }

  /** Keeps the progress. A full or missing storage is ignored. */
  private save(): void {
    if (this.host.noPersist || !this.progress) return;
    try {
      localStorage.setItem(this.key, serialize(this.progress, Date.now()));
    } catch {
      // Quota exceeded, storage off: the tracker keeps working in memory.
    }
  }

  /** After each render: publish, announce, fire, keep. */
  updated(_changed: PropertyValues): void {
    const view = this.view;
    if (!view) return;
    if (this.host.variant === 'vertical' || this.open || this.docsOpen) void this.ensureParts();
    const step = view.steps[view.index]!;
    const procedure = this.procedure;
    const where = `${procedure ?? ''}\n${step.id}`;
    if (where !== this.published) {
      this.published = where;
      publishState({ procedure, step: step.id });
    }
    if (step.id === this.shown) return;
    const from = this.shown;
    this.shown = step.id;
    const detail: RelaisEventDetail<'relais-step-change'> = { to: step.id, index: view.index + 1, total: view.steps.length };
    if (procedure) detail.procedure = procedure;
    if (from) {
      detail.from = from;
      // Once: the heading read on focus, or the polite announcement.
      const heading = this.host.focusHeading ? this.host.renderRoot.querySelector<HTMLElement>('[part="heading"]') : null;
      if (heading) heading.focus();
      else announce(this.headingText(view), { lang: this.host.settings.locale });
    }
    this.save();
    this.emit('relais-step-change', detail);
  }

  private headingText(view: StepsView): string {
    return this.text('steps.heading', { index: view.index + 1, total: view.steps.length, title: view.steps[view.index]!.title });
  }

  private toggle(which: 'open' | 'docsOpen'): void {
    this[which] = !this[which];
    if (this[which]) void this.ensureParts();
    this.host.requestUpdate();
  }

  /** The view: heading, next step, bar, time left, buttons; the list and checklist from their module. */
  render(): TemplateResult {
    const view = this.view;
    const progress = this.progress;
    const host = this.host;
    const variant = host.variant === 'compact' || host.variant === 'vertical' ? host.variant : 'full';
    const module = parts.get();
    if (!view || !progress || (variant === 'vertical' && !module && !this.partsFailed)) return html`<slot></slot>`;
    const level = Math.min(6, Math.max(1, Math.round(Number(host.headingLevel)) || 2));
    const listId = `${this.uid}-list`;
    const docsId = `${this.uid}-docs`;
    const count = view.documents.items.length;
    const heading = html`<div part="heading" class="heading" role="heading" aria-level=${level} tabindex="-1">${this.headingText(view)}</div>`;
    const nextText = view.next
      ? this.text('steps.next', { title: view.next.title })
      : this.text(allDone(view.steps, progress) ? 'steps.allDone' : 'steps.last');
    const minutes =
      view.minutes === undefined
        ? ''
        : this.text('steps.timeLeft', {
            duration: formatDuration(view.minutes, {
              minutes: this.text('steps.minutes'),
              hours: this.text('steps.hours'),
              hoursMinutes: this.text('steps.hoursMinutes'),
            }),
          });
    const summary = html`<p part="next" class="next">${nextText}</p>
      <div part="bar" class="bar" aria-hidden="true">${view.states.map((state) => html`<span class=${state}></span>`)}</div>
      ${minutes ? html`<p class="time">${minutes}</p>` : nothing}`;
    const list = module ? module.renderList(this, view) : nothing;
    const docs = count && module ? module.renderDocs(this, view) : nothing;
    const toggle = (which: 'open' | 'docsOpen', controls: string, label: string) =>
      html`<button part="toggle" class="toggle" type="button" aria-expanded=${this[which] ? 'true' : 'false'} aria-controls=${controls} @click=${() => this.toggle(which)}>
        <span class="chevron" aria-hidden="true"></span>${label}
      </button>`;
    let body: TemplateResult;
    if (variant === 'compact') {
      body = html`<div class="row">${heading}${toggle('open', listId, this.text('steps.showAll'))}</div>
        <div id=${listId} class="more" ?hidden=${!this.open}>${summary}${list}${docs}</div>`;
    } else if (variant === 'vertical') {
      body = html`${heading}${summary}${list}${docs}`;
    } else {
      body = html`${heading}${summary}
        <div class="actions">
          ${toggle('open', listId, this.text('steps.showAll'))} ${count ? toggle('docsOpen', docsId, this.text('steps.docs.toggle', { count })) : nothing}
        </div>
        <div id=${listId} class="more" ?hidden=${!this.open}>${list}</div>
        ${count ? html`<div id=${docsId} class="more" ?hidden=${!this.docsOpen}>${docs}</div>` : nothing}`;
    }
    return html`<div part="base" class="base ${variant}" lang=${host.settings.locale}>${body}</div>`;
  }
}
