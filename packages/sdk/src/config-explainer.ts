/**
 * The configuration of `<relais-term>` and `<relais-explainer>`: glossary
 * changes and field explainers. (Shapes refined by the explainer work.)
 */
import * as s from './schema.js';
import { id, text } from './config-common.js';

/** Changes to the default glossary: entries to add, to override, ids to remove. */
export const glossarySchema = s.object({
  add: s.optional(s.array(s.object({ id, term: text, definition: text }))),
  override: s.optional(s.array(s.object({ id, term: s.optional(text), definition: s.optional(text) }))),
  remove: s.optional(s.array(id)),
});

/** Field explainers by topic id. */
export const explainersSchema = s.record(s.object({ label: text, what: text }));
