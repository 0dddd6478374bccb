/**
 * Resolving the configuration a widget uses, from lowest to highest
 * precedence: the default (ANTS line), the preset named by the page config,
 * the page config, then the element's own attributes and properties.
 */
import type { RelaisConfig } from './config.js';
import { validateConfig } from './config.js';
import { mergeConfig } from './merge.js';
import { antsLine, presetById } from './presets/index.js';

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
  // The page config's preset is checked by validateConfig (an unknown one is dropped and reported there).
  const presetId = element.preset ?? checked.config.preset;
  const preset = presetById(presetId);
  if (presetId && !preset) problems.push(`preset: expected a known preset id, got ${JSON.stringify(presetId)}`);
  let config = mergeConfig(antsLine, preset);
  config = mergeConfig(config, checked.config);
  config = mergeConfig(config, element);
  return { config, problems };
}
