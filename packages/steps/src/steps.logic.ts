/**
 * What `<relais-steps>` shows and keeps, worked out without the DOM: the
 * steps in the citizen's language, each step's state, the next step, the
 * time left, the documents to have at hand, and the progress kept in the
 * browser (saved, restored, migrated). Tested in Node.
 */
import { localize, stepList } from '@relais/sdk';
import type { Locale, LocalText, StepConfig, StepPlace, StepsConfig } from '@relais/sdk';

/** A step's state, as the tracker shows it. */
export type StepState = 'done' | 'current' | 'todo' | 'error';

/** One step, with its texts in the element's language. */
export interface Step {
  id: string;
  title: string;
  /** Where it is done (`online` unless the config says otherwise). */
  where: StepPlace;
  /** The place in words, when the config gives one. */
  place?: string;
  documents: string[];
  minutes?: number;
  optional: boolean;
  note?: string;
  /** The state the config gives (before the citizen's own progress). */
  state?: StepState;
  /** The state the followed form gives it now (`data-relais-state="done"` or `"error"`): the form is the truth. */
  formState?: 'done' | 'error';
}

/** A step read from the host's form (`[data-relais-step]`). */
export interface FormStep {
  id: string;
  title: string;
  /** What the form says of it: `data-relais-state="done"` or `"error"`. */
  state?: 'done' | 'error' | undefined;
}

/** The citizen's progress: what is kept per procedure. */
export interface Progress {
  current?: string | undefined;
  done: string[];
  errors: string[];
  /** Keys of the ticked documents (see `documentKey`). */
  ticked: string[];
}

/** A step id, as in the config. */
export const STEP_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The steps of a config in `locale`. */
export function toSteps(config: StepsConfig | undefined, locale: Locale): Step[] {
  return stepList(config).map((s: StepConfig) => {
    const step: Step = {
      id: s.id,
      title: localize(s.title, locale),
      where: s.where ?? 'online',
      documents: (s.documents ?? []).map((d) => localize(d, locale)),
      optional: s.optional === true,
    };
    if (s.place !== undefined) step.place = localize(s.place, locale);
    if (s.minutes !== undefined) step.minutes = s.minutes;
    if (s.note !== undefined) step.note = localize(s.note, locale);
    if (s.state !== undefined) step.state = s.state;
    return step;
  });
}

/** What to gather before starting the whole procedure, from a config. */
export function procedureDocuments(config: StepsConfig | undefined, locale: Locale): string[] {
  const documents: LocalText[] = config && !Array.isArray(config) ? (config.documents ?? []) : [];
  return documents.map((d) => localize(d, locale));
}

/** The current step a config names (`current`, or a step marked `current`), if any. */
export function configuredCurrent(config: StepsConfig | undefined): string | undefined {
  if (config && !Array.isArray(config) && config.current) return config.current;
  return stepList(config).find((s) => s.state === 'current')?.id;
}

/**
 * The steps of a followed form merged with the known steps (the procedure's
 * preset, or the configured steps):
 * - a form step whose id is a known step's takes that step's place and its
 *   details (where, documents, minutes, notes), with the form's title;
 * - known steps done off line (photo booth, town hall, post…) the form does
 *   not have keep their place in the known order: before, between or after
 *   the form's steps (each one goes just before the first form step that
 *   comes after it in the known order, else at the end);
 * - known steps done on line that the form does not have are left out: the
 *   form says what is done on line on this page (a form spread over several
 *   pages can list the others as hidden `[data-relais-step]` elements);
 * - form steps the known steps do not have stay where they stand in the form.
 * With no known steps, the form's steps as they are.
 */
export function mergeFormSteps(form: FormStep[], known: Step[]): Step[] {
  const out: Step[] = [];
  const placed = new Set<string>();
  const formIds = new Set(form.map((f) => f.id));
  /** The known off-line steps before position `until` in the known order, not yet placed and not in the form. */
  const offLineBefore = (until: number): void => {
    known.forEach((step, index) => {
      if (index >= until || step.where === 'online' || placed.has(step.id) || formIds.has(step.id)) return;
      placed.add(step.id);
      out.push(step);
    });
  };
  for (const { id, title, state } of form) {
    const at = known.findIndex((k) => k.id === id);
    const match = known[at];
    let step: Step;
    if (match) {
      offLineBefore(at);
      step = { ...match, title: title || match.title };
    } else step = { id, title: title || id, where: 'online', documents: [], optional: false };
    if (state) step.formState = state;
    placed.add(id);
    out.push(step);
  }
  offLineBefore(Infinity);
  return out;
}

/** The form's step ids that no known step has (only when there are known steps). */
export function unknownFormSteps(form: FormStep[], known: Step[]): string[] {
  if (!known.length) return [];
  return form.filter((f) => !known.some((k) => k.id === f.id)).map((f) => f.id);
}

/** The index of the current step: the progress's, else the first not done, else the first. */
export function currentIndex(steps: Step[], progress: Progress): number {
  const index = steps.findIndex((s) => s.id === progress.current);
  if (index >= 0) return index;
  const firstOpen = steps.findIndex((s) => !progress.done.includes(s.id));
  return firstOpen >= 0 ? firstOpen : 0;
}

/** How states are read: `form` when the tracker follows a form, which is then the truth. */
export interface StateRules {
  /**
   * The tracker follows a form: a step after the one the form shows is
   * never done unless the form marks it `data-relais-state="done"` (the
   * citizen may have gone back, or the form started over).
   */
  form?: boolean;
}

/** A step's state: current, to correct, done, or to do. */
export function stateOf(step: Step, steps: Step[], progress: Progress, rules: StateRules = {}): StepState {
  const current = currentIndex(steps, progress);
  const index = steps.indexOf(step);
  if (index === current) return 'current';
  if (step.formState === 'error' || progress.errors.includes(step.id)) return 'error';
  if (step.formState === 'done') return 'done';
  if (progress.done.includes(step.id) && !(rules.form && index > current)) return 'done';
  return 'todo';
}

/** The message id of a state in words (an optional step still to do says "facultative"). */
export function stateWord(step: Step, state: StepState): `steps.state.${StepState | 'optional'}` {
  return state === 'todo' && step.optional ? 'steps.state.optional' : `steps.state.${state}`;
}

/** The step after the current one, or undefined on the last step. */
export function nextStep(steps: Step[], progress: Progress): Step | undefined {
  return steps[currentIndex(steps, progress) + 1];
}

/** Whether every step is done. */
export function allDone(steps: Step[], progress: Progress): boolean {
  return steps.length > 0 && steps.every((s) => progress.done.includes(s.id) && !progress.errors.includes(s.id));
}

/**
 * Minutes still needed: the current step and every later step not done yet,
 * for the steps that say how long they take. Undefined when none of them says.
 */
export function minutesLeft(steps: Step[], progress: Progress, rules: StateRules = {}): number | undefined {
  let total: number | undefined;
  const current = currentIndex(steps, progress);
  steps.forEach((step, index) => {
    if (index < current || step.minutes === undefined) return;
    if (index > current && stateOf(step, steps, progress, rules) === 'done') return;
    total = (total ?? 0) + step.minutes;
  });
  return total;
}

/** Templates for `formatDuration` (from the catalogue). */
export interface DurationTexts {
  minutes: string;
  hours: string;
  hoursMinutes: string;
}

/** "25 min", "1 h", "1 h 30": under an hour to the minute, over an hour to 5 minutes. */
export function formatDuration(minutes: number, texts: DurationTexts): string {
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, k: string) => values[k] ?? whole);
  const whole = Math.max(1, Math.ceil(minutes));
  if (whole < 60) return fill(texts.minutes, { minutes: String(whole) });
  const rounded = Math.round(whole / 5) * 5;
  const hours = String(Math.floor(rounded / 60));
  const rest = rounded % 60;
  return rest ? fill(texts.hoursMinutes, { hours, minutes: String(rest).padStart(2, '0') }) : fill(texts.hours, { hours });
}

/** A short, stable key for a document's text (its ticks are kept under it). */
export function documentKey(text: string): string {
  let h = 0x811c9dc5;
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  for (let i = 0; i < normal.length; i++) h = Math.imul(h ^ normal.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The documents to have at hand, and for what. */
export interface DocumentsView {
  /** `before`: before starting (on the first step) every document of the procedure; `step`: for the current step. */
  scope: 'before' | 'step';
  /** Each document once; in `step` scope, the current step's, then those ticked earlier (they stay, with their tick). */
  items: { key: string; text: string }[];
  /** How many of `items` are ticked ("3 sur 8 prêts"). */
  ready: number;
}

/** Each text once (by its key), in order. */
function unique(texts: string[]): { key: string; text: string }[] {
  const seen = new Set<string>();
  const items: { key: string; text: string }[] = [];
  for (const text of texts) {
    const key = documentKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ key, text });
  }
  return items;
}

/** Every document of the procedure, each once: what to gather before starting, then each step's. */
export function allDocuments(steps: Step[], before: string[]): { key: string; text: string }[] {
  return unique([...before, ...steps.flatMap((s) => s.documents)]);
}

/**
 * The documents to show: on the first step, every document of the
 * procedure ("Avant de commencer"); after that, the current step's ("Pour
 * cette étape"), followed by the documents ticked earlier, so that a tick
 * never disappears when the list changes. Each document once, in order.
 */
export function documentsView(steps: Step[], progress: Progress, before: string[]): DocumentsView {
  const index = currentIndex(steps, progress);
  const ticked = new Set(progress.ticked);
  const all = allDocuments(steps, before);
  let items: { key: string; text: string }[];
  let scope: DocumentsView['scope'];
  if (index === 0) {
    scope = 'before';
    items = all;
  } else {
    scope = 'step';
    items = unique(steps[index]?.documents ?? []);
    const shown = new Set(items.map((i) => i.key));
    items.push(...all.filter((i) => ticked.has(i.key) && !shown.has(i.key)));
  }
  return { scope, items, ready: items.filter((i) => ticked.has(i.key)).length };
}

/**
 * The progress after moving to `to`: moving forward marks the steps before it
 * done (except optional steps the citizen skipped); moving back keeps them
 * done. Unknown ids change nothing.
 */
export function moveTo(steps: Step[], progress: Progress, to: string): Progress {
  const target = steps.findIndex((s) => s.id === to);
  if (target < 0) return progress;
  const from = currentIndex(steps, progress);
  const done = new Set(progress.done);
  if (target > from) {
    steps.slice(0, target).forEach((step, index) => {
      if (index === from || !step.optional) done.add(step.id);
    });
  }
  return { ...progress, current: to, done: [...done] };
}

/** The progress after `complete(id)`: done, no longer to correct; the current step moves on to the next step not done. */
export function complete(steps: Step[], progress: Progress, id: string): Progress {
  if (!steps.some((s) => s.id === id)) return progress;
  const done = [...new Set([...progress.done, id])];
  const errors = progress.errors.filter((e) => e !== id);
  let current = progress.current;
  const index = currentIndex(steps, progress);
  if (steps[index]?.id === id) {
    const next = steps.slice(index + 1).find((s) => !done.includes(s.id));
    current = next ? next.id : id;
  }
  return { ...progress, current, done, errors };
}

/** The progress after `markError(id)`: the step is to correct. */
export function markError(steps: Step[], progress: Progress, id: string): Progress {
  if (!steps.some((s) => s.id === id) || progress.errors.includes(id)) return progress;
  return { ...progress, errors: [...progress.errors, id] };
}

/** Ticks or unticks a document. */
export function tick(progress: Progress, key: string, ticked: boolean): Progress {
  const rest = progress.ticked.filter((k) => k !== key);
  return { ...progress, ticked: ticked ? [...rest, key] : rest };
}

// ---------------------------------------------------------------------------
// Kept in the browser

/** The stored format's version: part of the key, so a new format never reads an old one by mistake. */
export const STORAGE_VERSION = 1;
/** Progress older than this is stale and ignored (a procedure is done or dropped by then). */
export const STALE_AFTER_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;
const MAX_ITEMS = 200;

/** The localStorage key for a procedure: namespaced and versioned, e.g. `relais:steps:v1:ants/permis/inscription`. */
export function storageKey(scope: string): string {
  return `relais:steps:v${STORAGE_VERSION}:${scope}`;
}

/** What is written: the progress, and when. */
export function serialize(progress: Progress, now: number): string {
  const out: Record<string, unknown> = { v: STORAGE_VERSION, at: now, done: progress.done, errors: progress.errors, ticked: progress.ticked };
  if (progress.current) out['current'] = progress.current;
  return JSON.stringify(out);
}

const ids = (value: unknown, known?: Set<string>): string[] | undefined => {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_ITEMS) return undefined;
  const out = value.filter((v): v is string => typeof v === 'string' && v.length <= 200);
  if (out.length !== value.length) return undefined;
  return known ? out.filter((id) => known.has(id)) : out;
};

/** Why stored progress was not used (for tests and the dev warning). */
export type RestoreResult = { progress: Progress } | { ignored: 'none' | 'corrupt' | 'stale' | 'version' };

/**
 * Reads stored progress back for `steps`. Never throws. Ignores what is
 * corrupt (not JSON, wrong shape), from another format version, from the
 * future, or stale (older than `STALE_AFTER_DAYS`). Migrates progress saved
 * for another list of steps (a step added or removed since): ids that no
 * longer exist are dropped, and a current step that no longer exists is
 * forgotten (the first step not done becomes current).
 */
export function restore(raw: string | null | undefined, steps: Step[], now: number): RestoreResult {
  if (raw === null || raw === undefined || raw === '') return { ignored: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ignored: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ignored: 'corrupt' };
  const record = data as Record<string, unknown>;
  if (record['v'] !== STORAGE_VERSION) return { ignored: typeof record['v'] === 'number' ? 'version' : 'corrupt' };
  const at = record['at'];
  if (typeof at !== 'number' || !Number.isFinite(at)) return { ignored: 'corrupt' };
  if (at > now + DAY || now - at > STALE_AFTER_DAYS * DAY) return { ignored: 'stale' };
  const known = new Set(steps.map((s) => s.id));
  const done = ids(record['done'], known);
  const errors = ids(record['errors'], known);
  const ticked = ids(record['ticked']);
  const current = record['current'];
  if (!done || !errors || !ticked || (current !== undefined && typeof current !== 'string')) return { ignored: 'corrupt' };
  const progress: Progress = { done, errors, ticked };
  if (typeof current === 'string' && known.has(current)) progress.current = current;
  return { progress };
}
