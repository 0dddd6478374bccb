/**
 * The configuration of `<relais-steps>`: a procedure's steps, where each one
 * happens (on line or at a counter), what to have at hand, how long it takes,
 * and, optionally, the state of each step.
 *
 * `steps` is either the list itself, or an object that also says which step is
 * current and what to gather before starting:
 *
 * ```
 * steps: [{ id: 'vehicule', title: 'Votre véhicule', minutes: 3 }, …]
 * steps: { items: [ … ], current: 'vehicule', documents: ['Carte grise du véhicule'] }
 * ```
 *
 * Every text is either plain text or `{ fr, en }` (French, with an optional
 * English twin). The validator catches, each with its own message: no steps,
 * two steps with the same id, a `current` that names no step, and two current
 * steps.
 */
import * as s from './schema.js';
import type { Problem, Schema } from './schema.js';
import { text } from './config-common.js';

/** A text in French, or in French and English. */
export type LocalText = string | { fr: string; en?: string };

/** Where a step is done: on line, or in a place the citizen goes to. */
export const stepPlaces = ['online', 'photo-booth', 'town-hall', 'professional', 'post-office', 'mail', 'other'] as const;
/** Where a step is done (`online` by default). */
export type StepPlace = (typeof stepPlaces)[number];

/** The states a step can be given in the config (the tracker keeps them up to date). */
export const stepStates = ['todo', 'current', 'done', 'error'] as const;
/** A step's state: to do, current, done, to correct. */
export type StepState = (typeof stepStates)[number];

const STEP_ID = /^[a-z0-9][a-z0-9-]*$/;

function fail(problems: Problem[], path: string, expected: string, found: unknown, hint?: string): typeof s.INVALID {
  const problem: Problem = { path: path || '(config)', expected, found: s.describeValue(found) };
  if (hint) problem.hint = hint;
  problems.push(problem);
  return s.INVALID;
}

/** A text, or `{ fr, en }` (French required, English optional). */
export const localText: Schema<LocalText> = (() => {
  const pair = s.object({ fr: text, en: s.optional(text) });
  const expected = 'a text, or { "fr": "…", "en": "…" }';
  return {
    check(value, path, problems) {
      if (typeof value === 'string') return text.check(value, path, problems);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return pair.check(value, path, problems);
      return fail(problems, path, expected, value);
    },
    json: () => ({ description: expected, anyOf: [text.json(), pair.json()] }),
  };
})();

/** One step of a procedure. */
export const stepSchema = s.object({
  id: s.describe(s.string({ pattern: STEP_ID, expected: 'a step id in lower case, e.g. "vehicule"' }), 'Stable id (used in help codes and saved progress).'),
  title: s.describe(localText, 'Short title: "Vos justificatifs".'),
  where: s.optional(s.describe(s.picklist(stepPlaces), 'Where it is done: on line (default) or off line.')),
  place: s.optional(s.describe(localText, 'The place in words, when "where" is not enough: "commissariat ou gendarmerie".')),
  documents: s.optional(s.describe(s.array(localText), 'What to have at hand for this step.')),
  minutes: s.optional(s.describe(s.number({ min: 0, max: 600 }), 'About how many minutes the step takes.')),
  optional: s.optional(s.describe(s.boolean(), 'The step can be skipped.')),
  note: s.optional(s.describe(localText, 'A short remark shown with the step: "Délai : quelques semaines".')),
  state: s.optional(s.describe(s.picklist(stepStates), 'The step\u2019s state when the page loads.')),
});

/** One step of a procedure, as integrators write it. */
export type StepConfig = s.Infer<typeof stepSchema>;

/** The object form of `steps`. */
export interface StepsObject {
  /** The steps, in order. */
  items: StepConfig[];
  /** The current step's id. */
  current?: string;
  /** What to gather before starting the whole procedure. */
  documents?: LocalText[];
}

/** `steps` in the config: the list, or `{ items, current?, documents? }`. */
export type StepsConfig = StepConfig[] | StepsObject;

/** Checks a list of steps: at least one, ids unique, one current at most. */
function checkList(value: unknown, path: string, problems: Problem[]): StepConfig[] | typeof s.INVALID {
  if (!Array.isArray(value)) return fail(problems, path, 'a list of steps', value);
  if (value.length === 0) {
    return fail(problems, path, 'at least one step', value, 'give each step an id and a title, e.g. { "id": "vehicule", "title": "Votre véhicule" }');
  }
  const out: StepConfig[] = [];
  const ids = new Map<string, number>();
  let current: number | undefined;
  let bad = false;
  value.forEach((entry, index) => {
    const at = `${path}[${index}]`;
    const step = stepSchema.check(entry, at, problems);
    if (step === s.INVALID) {
      bad = true;
      return;
    }
    const first = ids.get(step.id);
    if (first !== undefined) {
      bad = true;
      fail(problems, `${at}.id`, `an id no other step has (${path}[${first}] already has it)`, step.id);
      return;
    }
    ids.set(step.id, index);
    if (step.state === 'current') {
      if (current !== undefined) {
        bad = true;
        fail(problems, `${at}.state`, `one current step only (${path}[${current}] is already "current")`, step.state, 'mark the other steps "done" or "todo"');
      } else current = index;
    }
    out.push(step);
  });
  return bad ? s.INVALID : out;
}

const documentsSchema = s.array(localText);
const objectKeys = ['items', 'current', 'documents'];

/** `steps`: the list of steps, or `{ items, current?, documents? }`. */
export const stepsSchema: Schema<StepsConfig> = {
  check(value, path, problems) {
    if (Array.isArray(value)) return checkList(value, path, problems);
    if (typeof value !== 'object' || value === null) {
      return fail(problems, path, 'a list of steps, or { "items": [ … ], "current": "…", "documents": [ … ] }', value);
    }
    const input = value as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      if (!objectKeys.includes(key)) {
        fail(problems, `${path}.${key}`, `no such key (known: ${objectKeys.join(', ')})`, input[key], s.didYouMean(key, objectKeys, problems));
      }
    }
    if (input['items'] === undefined) {
      return fail(problems, `${path}.items`, 'the list of steps (required)', undefined);
    }
    const items = checkList(input['items'], `${path}.items`, problems);
    if (items === s.INVALID) return s.INVALID;
    const out: StepsObject = { items };
    if (input['current'] !== undefined) {
      const current = input['current'];
      const ids = items.map((step) => step.id);
      const marked = items.findIndex((step) => step.state === 'current');
      if (typeof current !== 'string' || !ids.includes(current)) {
        fail(
          problems,
          `${path}.current`,
          `the id of one of the steps (${ids.map((id) => JSON.stringify(id)).join(', ')})`,
          current,
          typeof current === 'string' ? s.didYouMean(current, ids, problems) : undefined,
        );
      } else if (marked >= 0 && items[marked]!.id !== current) {
        fail(problems, `${path}.current`, `one current step only (${path}.items[${marked}] is already "current")`, current, 'keep one of the two');
      } else out.current = current;
    }
    if (input['documents'] !== undefined) {
      const documents = documentsSchema.check(input['documents'], `${path}.documents`, problems);
      if (documents !== s.INVALID) out.documents = documents;
    }
    return out;
  },
  json() {
    const list = { type: 'array', items: stepSchema.json(), minItems: 1, description: 'The steps, in order.' };
    return {
      description: 'The steps of the procedure: the list, or { items, current, documents }.',
      anyOf: [
        list,
        {
          type: 'object',
          properties: {
            items: list,
            current: { type: 'string', pattern: STEP_ID.source, description: 'The current step id.' },
            documents: { ...documentsSchema.json(), description: 'What to gather before starting.' },
          },
          required: ['items'],
          additionalProperties: false,
        },
      ],
    };
  },
};

export { localize, stepList } from './steps-text.js';
