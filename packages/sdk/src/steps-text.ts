/**
 * Reading the steps part of the config, with no schema code: what the step
 * tracker needs at run time (the validator in `config-steps.ts` loads apart).
 */
import type { LocalText, StepConfig, StepsConfig } from './config-steps.js';

/** The steps of a `steps` config as a list, whatever its form. */
export function stepList(steps: StepsConfig | undefined): StepConfig[] {
  if (!steps) return [];
  return Array.isArray(steps) ? steps : steps.items;
}

/** A text in `locale`: the English twin when asked and present, else the French. */
export function localize(value: LocalText | undefined, locale: 'fr' | 'en'): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return (locale === 'en' ? value.en : undefined) ?? value.fr;
}
