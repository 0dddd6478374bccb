/** The configuration of `<relais-steps>`: a procedure's steps. */
import * as s from './schema.js';
import type { Infer } from './schema.js';
import { text } from './config-common.js';

/** One step of a procedure. */
export const stepSchema = s.object({
  id: s.string({ pattern: /^[a-z0-9][a-z0-9-]*$/, expected: 'a step id in lower case, e.g. "vehicule"' }),
  title: text,
  where: s.optional(s.picklist(['online', 'photo-booth', 'town-hall', 'professional', 'post-office', 'other'] as const)),
  documents: s.optional(s.array(text)),
  minutes: s.optional(s.number({ min: 0, max: 600 })),
  optional: s.optional(s.boolean()),
});

/** The steps: at least one, ids unique. */
export const stepsSchema = s.array(stepSchema, { minItems: 1, unique: (step) => step.id });

/** One step of a procedure. */
export type StepConfig = Infer<typeof stepSchema>;
