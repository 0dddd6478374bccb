/**
 * Merging configuration layers, without validation and without the
 * procedures' presets (so that the page config store and a widget with no
 * page config load neither the validator nor the procedures' data).
 */
import type { RelaisConfig } from './config.js';
import { antsPhoneLine } from './presets/phone.js';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Deep merge of `over` onto `base`: objects merge key by key, lists and
 * other values replace, `undefined` changes nothing. A phone that names
 * another number replaces the inherited phone whole: the 34 00's hours and
 * price must not stick to another line.
 */
export function mergeConfig<T extends Plain>(base: T, over: Plain | undefined): T {
  if (!over) return base;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    // An own "__proto__" key (JSON.parse makes them) would set the merged object's prototype.
    if (value === undefined || key === '__proto__') continue;
    const current = out[key];
    if (key === 'phone' && isPlain(current) && isPlain(value) && value['number'] !== undefined && value['number'] !== current['number']) {
      out[key] = value;
    } else out[key] = isPlain(current) && isPlain(value) ? mergeConfig(current, value) : value;
  }
  return out as T;
}

/**
 * The 34 00 under an element's own settings: what an element uses with no
 * page config and no preset. It has no channels: the help panel falls back to
 * the line's (`antsChannels`), so that no other element carries them.
 */
export function lineConfig(element: RelaisConfig = {}): RelaisConfig {
  return mergeConfig(antsPhoneLine, element);
}

/** Whether a value is a plain object (what `mergeConfig` merges key by key). */
export function isPlainObject(value: unknown): value is Plain {
  return isPlain(value);
}
