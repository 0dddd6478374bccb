/**
 * Merging configuration layers, without validation (so that a widget with no
 * page config never loads the validator).
 */
import type { RelaisConfig } from './config.js';
import { antsLine } from './presets/line.js';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge: objects merge key by key, lists and values replace. */
export function mergeConfig<T extends Plain>(base: T, over: Plain | undefined): T {
  if (!over) return base;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    // An own "__proto__" key (JSON.parse makes them) would set the merged object's prototype.
    if (value === undefined || key === '__proto__') continue;
    const current = out[key];
    // A phone that names another number replaces the inherited phone whole:
    // the 34 00's hours and price must not stick to another line.
    if (key === 'phone' && isPlain(current) && isPlain(value) && value['number'] !== undefined && value['number'] !== current['number']) {
      out[key] = value;
    } else out[key] = isPlain(current) && isPlain(value) ? mergeConfig(current, value) : value;
  }
  return out as T;
}

/** The ANTS line under an element's own settings: what an element uses with no page config and no preset. */
export function lineConfig(element: RelaisConfig = {}): RelaisConfig {
  return mergeConfig(antsLine, element);
}
