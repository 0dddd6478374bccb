/**
 * The default field explainers, in French and English: the French side
 * (`explainers-fr.ts`: topics, facts, French texts) joined with the English
 * texts (`explainers-en.ts`, by topic id). `<relais-explainer>` loads the two
 * sides apart (a French page never fetches the English); tools and tests in
 * Node use this whole list.
 */
import { explainersEnglish } from './explainers-en.js';
import { explainersFrench } from './explainers-fr.js';
import { withEnglish } from './join.js';
import type { FieldExplainer } from './model.js';

/** The built-in field explainers, by topic id, in French and English. */
export const defaultExplainers: FieldExplainer[] = withEnglish(explainersFrench, explainersEnglish);
