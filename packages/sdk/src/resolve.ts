/**
 * Resolving the configuration a widget uses, from lowest to highest
 * precedence: the default (ANTS line), the preset named by the page config,
 * the page config, then the element's own attributes and properties.
 */
import type { RelaisConfig } from './config.js';
import { validateConfig } from './config.js';
import { antsLine, presetById } from './presets/index.js';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge: objects merge key by key, lists and values replace. */
export function mergeConfig<T extends Plain>(base: T, over: Plain | undefined): T {
  if (!over) return base;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    // A phone that names another number replaces the inherited phone whole:
    // the 34 00's hours and price must not stick to another line.
    if (key === 'phone' && isPlain(current) && isPlain(value) && value['number'] !== undefined && value['number'] !== current['number']) {
      out[key] = value;
    } else out[key] = isPlain(current) && isPlain(value) ? mergeConfig(current, value) : value;
  }
  return out as T;
}

/** What `resolveConfig` returns: the config to use, and the problems to log once. */
export interface ResolvedConfig {
  config: RelaisConfig;
  problems: string[];
}

/**
 * The config a widget uses. Invalid parts of the page config are dropped (and
 * reported); the ANTS line stays underneath, so the phone number is always there.
 */
export function resolveConfig(page: unknown, element: RelaisConfig = {}): ResolvedConfig {
  const checked = validateConfig(page);
  const problems = [...checked.messages];
  const presetId = element.preset ?? checked.config.preset;
  const preset = presetById(presetId);
  if (presetId && !preset) problems.push(`preset: expected a known preset id, got ${JSON.stringify(presetId)}`);
  let config = mergeConfig(antsLine, preset);
  config = mergeConfig(config, checked.config);
  config = mergeConfig(config, element);
  return { config, problems };
}
