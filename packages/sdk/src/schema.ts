/**
 * A small schema library, made for Relais' configuration: one definition
 * gives the TypeScript type (`Infer`), the runtime validator (`check`) and a
 * JSON Schema (`toJsonSchema`). Validation collects every problem at once and
 * never throws; invalid optional values are dropped from the checked copy so
 * that a widget can fall back to its defaults for them.
 */
import { didYouMean, MAX_HINTS } from './did-you-mean.js';

export { didYouMean, MAX_HINTS };

/** One problem found in a configuration. */
export interface Problem {
  /** Where: `help.phone.hours.weekly[2].opens`. */
  path: string;
  /** What was expected: `a time "HH:MM"`. */
  expected: string;
  /** What was found, shown briefly: `"25:00"`. */
  found: string;
  /** A hint, e.g. `did you mean "phone"?`. */
  hint?: string;
}

/** A JSON Schema fragment (draft 2020-12). */
export type JsonSchema = { [key: string]: unknown };

/** What `check` returns for a value it rejects. */
export const INVALID: unique symbol = Symbol('invalid');

/** A schema for values of type `T`. */
export interface Schema<T> {
  /** Checks `value`; pushes problems; returns the checked copy or INVALID. */
  check(value: unknown, path: string, problems: Problem[]): T | typeof INVALID;
  /** The JSON Schema for this value. */
  json(): JsonSchema;
  /** Set by `optional()`. */
  readonly isOptional?: boolean;
  /** Phantom: the inferred type. */
  readonly _type?: T;
}

/** The TypeScript type a schema describes. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = { [key: string]: Schema<unknown> };
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly isOptional: true } ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The object type of a shape: optional keys are `?`. */
export type InferShape<S extends Shape> = Simplify<{ [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }>;

/** A short, safe rendering of a found value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(short);
  }
  // A number, boolean, bigint, symbol or function: objects are handled above.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(value);
}

function fail(problems: Problem[], path: string, expected: string, value: unknown, hint?: string): typeof INVALID {
  const problem: Problem = { path: path || '(config)', expected, found: describeValue(value) };
  if (hint) problem.hint = hint;
  problems.push(problem);
  return INVALID;
}

interface StringOptions {
  pattern?: RegExp;
  /** How the pattern reads in a message: `a time "HH:MM"`. */
  expected?: string;
  /** Extra check after the pattern (e.g. URL schemes). */
  test?: (value: string) => boolean;
  minLength?: number;
  maxLength?: number;
  /** Extra JSON Schema keywords (format, examples). */
  json?: JsonSchema;
}

/** A string, optionally matching a pattern. */
export function string(options: StringOptions = {}): Schema<string> {
  const expected = options.expected ?? (options.minLength ? 'a text that is not empty' : 'a text');
  return {
    check(value, path, problems) {
      if (typeof value !== 'string') return fail(problems, path, expected, value);
      const length = value.trim().length;
      if (options.minLength !== undefined && length < options.minLength) return fail(problems, path, expected, value);
      if (options.maxLength !== undefined && value.length > options.maxLength) {
        return fail(problems, path, `${expected} of at most ${options.maxLength} characters`, value);
      }
      if (options.pattern && !options.pattern.test(value)) return fail(problems, path, expected, value);
      if (options.test && !options.test(value)) return fail(problems, path, expected, value);
      return value;
    },
    json() {
      const out: JsonSchema = { type: 'string', description: expected };
      if (options.pattern) out['pattern'] = options.pattern.source;
      if (options.minLength) {
        out['minLength'] = options.minLength;
        if (!options.pattern) out['pattern'] = '\\S';
      }
      if (options.maxLength) out['maxLength'] = options.maxLength;
      return { ...out, ...options.json };
    },
  };
}

/** A boolean. */
export function boolean(): Schema<boolean> {
  return {
    check: (value, path, problems) => (typeof value === 'boolean' ? value : fail(problems, path, 'true or false', value)),
    json: () => ({ type: 'boolean' }),
  };
}

/** A number within bounds. */
export function number(options: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
  const { min, max, integer } = options;
  const kind = integer ? 'a whole number' : 'a number';
  const expected = min !== undefined && max !== undefined ? `${kind} from ${min} to ${max}` : min !== undefined ? `${kind} of at least ${min}` : kind;
  return {
    check(value, path, problems) {
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (!integer || Number.isInteger(value)) &&
        (min === undefined || value >= min) &&
        (max === undefined || value <= max);
      return ok ? value : fail(problems, path, expected, value);
    },
    json() {
      const out: JsonSchema = { type: integer ? 'integer' : 'number' };
      if (min !== undefined) out['minimum'] = min;
      if (max !== undefined) out['maximum'] = max;
      return out;
    },
  };
}

/** One of a few strings. */
export function picklist<const T extends readonly string[]>(options: T): Schema<T[number]> {
  const expected = `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`;
  return {
    check(value, path, problems) {
      if (typeof value === 'string' && options.includes(value)) return value;
      const hint = typeof value === 'string' ? didYouMean(value, options, problems) : undefined;
      return fail(problems, path, expected, value, hint);
    },
    json: () => ({ enum: [...options] }),
  };
}

/**
 * One of a list of known ids, with a "did you mean" for a near miss: like
 * `picklist`, but the message names what is expected instead of listing
 * every id (the JSON Schema lists them).
 */
export function known<const T extends readonly string[]>(options: T, expected: string): Schema<T[number]> {
  return {
    check(value, path, problems) {
      if (typeof value === 'string' && options.includes(value)) return value;
      const hint = typeof value === 'string' ? didYouMean(value, options) : undefined;
      return fail(problems, path, expected, value, hint);
    },
    json: () => ({ enum: [...options] }),
  };
}

/** A list; one bad item makes the whole list invalid (no half-lists). */
export function array<T>(item: Schema<T>, options: { minItems?: number; unique?: (item: T) => string } = {}): Schema<T[]> {
  return {
    check(value, path, problems) {
      if (!Array.isArray(value)) return fail(problems, path, 'a list', value);
      // A sparse list (`[, 'x']`, or `length` set far beyond its items; JSON makes none) would keep its holes past the check.
      if (Object.keys(value).length !== value.length) return fail(problems, path, 'a list without holes', value);
      if (options.minItems && value.length < options.minItems) {
        return fail(problems, path, `a list of at least ${options.minItems}`, value);
      }
      const out: T[] = [];
      const seen = new Map<string, number>();
      let bad = false;
      value.forEach((entry, index) => {
        const checked = item.check(entry, `${path}[${index}]`, problems);
        if (checked === INVALID) {
          bad = true;
          return;
        }
        if (options.unique) {
          const key = options.unique(checked);
          const first = seen.get(key);
          if (first !== undefined) {
            bad = true;
            fail(problems, `${path}[${index}]`, `an id not used before (already at ${path}[${first}])`, key);
            return;
          }
          seen.set(key, index);
        }
        out.push(checked);
      });
      return bad ? INVALID : out;
    },
    json() {
      const out: JsonSchema = { type: 'array', items: item.json() };
      if (options.minItems) out['minItems'] = options.minItems;
      return out;
    },
  };
}

/** An object with known keys; unknown keys are problems (with a hint). */
export function object<S extends Shape>(shape: S, options: { description?: string } = {}): Schema<InferShape<S>> {
  const keys = Object.keys(shape);
  return {
    check(value, path, problems) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(problems, path, 'an object', value);
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let bad = false;
      for (const key of Object.keys(input)) {
        if (!Object.prototype.hasOwnProperty.call(shape, key)) {
          fail(problems, join(path, key), `no such key (known: ${keys.join(', ')})`, input[key], didYouMean(key, keys, problems));
        }
      }
      for (const key of keys) {
        const schema = shape[key]!;
        const present = Object.prototype.hasOwnProperty.call(input, key) && input[key] !== undefined;
        if (!present) {
          if (!schema.isOptional) {
            bad = true;
            fail(problems, join(path, key), required(schema), undefined);
          }
          continue;
        }
        const checked = schema.check(input[key], join(path, key), problems);
        if (checked === INVALID) {
          if (!schema.isOptional) bad = true;
        } else out[key] = checked;
      }
      return bad ? INVALID : (out as InferShape<S>);
    },
    json() {
      const properties: Record<string, JsonSchema> = {};
      const requiredKeys: string[] = [];
      for (const key of keys) {
        properties[key] = shape[key]!.json();
        if (!shape[key]!.isOptional) requiredKeys.push(key);
      }
      const out: JsonSchema = { type: 'object', properties, additionalProperties: false };
      if (requiredKeys.length) out['required'] = requiredKeys;
      if (options.description) out['description'] = options.description;
      return out;
    },
  };
}

/** A map from free keys (matching `keyPattern`) to values. */
export function record<T>(value: Schema<T>, options: { keys?: readonly string[]; keyExpected?: string } = {}): Schema<Record<string, T>> {
  return {
    check(input, path, problems) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail(problems, path, 'an object', input);
      const out: Record<string, T> = {};
      for (const [key, entry] of Object.entries(input as Record<string, unknown>)) {
        if (options.keys && !options.keys.includes(key)) {
          fail(problems, join(path, key), options.keyExpected ?? 'a known key', key, didYouMean(key, options.keys, problems));
          continue;
        }
        const checked = value.check(entry, join(path, key), problems);
        if (checked !== INVALID) out[key] = checked;
      }
      return out;
    },
    json() {
      const out: JsonSchema = { type: 'object', additionalProperties: options.keys ? false : value.json() };
      if (options.keys) out['properties'] = Object.fromEntries(options.keys.map((k) => [k, value.json()]));
      return out;
    },
  };
}

/** Marks a schema optional: absent is fine, and an invalid value is dropped. */
export function optional<T>(schema: Schema<T>): Schema<T> & { readonly isOptional: true } {
  return { check: (value, path, problems) => schema.check(value, path, problems), json: () => schema.json(), isOptional: true };
}

/** Adds a description (shown in editors) to a schema's JSON Schema. */
export function describe<T>(schema: Schema<T>, description: string): Schema<T> {
  return { ...schema, json: () => ({ ...schema.json(), description }) };
}

/** Adds a refinement on the checked value (e.g. cross-field rules). */
export function refine<T>(schema: Schema<T>, rule: (value: T, path: string, problems: Problem[]) => boolean): Schema<T> {
  return {
    ...schema,
    check(value, path, problems) {
      const checked = schema.check(value, path, problems);
      if (checked === INVALID) return INVALID;
      return rule(checked, path, problems) ? checked : INVALID;
    },
  };
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function required(schema: Schema<unknown>): string {
  const description = schema.json()['description'];
  return typeof description === 'string' ? `${description} (required)` : 'a value (required)';
}

/** Formats a problem as one line: `path: expected X, got Y (hint)`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: expected ${problem.expected}, got ${problem.found}${problem.hint ? ` (${problem.hint})` : ''}`;
}
