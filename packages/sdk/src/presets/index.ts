import type { RelaisConfig } from '../config.js';
import { deepFreeze } from '../freeze.js';
import { mergeConfig } from '../merge.js';
import { ants, antsLine } from './ants.js';

export { ants, antsLine };
export { antsChannels, antsNumber, antsPhone } from './line.js';
export { procedureSteps, stepFacts } from './procedures.js';
export type { StepFact } from './procedures.js';
export { presetIds } from './ids.js';
export type { PresetId } from './ids.js';

/** Every preset, by the ids a config's `preset` key may name. */
export const presets = /* @__PURE__ */ deepFreeze({ ants } as const);

/** The preset a config names, by id (`"ants/carte-grise/changement-titulaire"`, or `"ants"` for the line alone). */
export function presetById(id: string | undefined): RelaisConfig | undefined {
  if (!id) return undefined;
  if (id === 'ants') return antsLine;
  const walk = (node: unknown): RelaisConfig | undefined => {
    if (!node || typeof node !== 'object') return undefined;
    if ((node as RelaisConfig).preset === id) return node;
    for (const child of Object.values(node)) {
      const found = walk(child);
      if (found) return found;
    }
    return undefined;
  };
  return walk(ants);
}

/** The defaults under everything: the ANTS line, then the preset the element names. */
export function baseConfig(element: RelaisConfig = {}): RelaisConfig {
  return mergeConfig(mergeConfig(antsLine, presetById(element.preset)), element);
}
