/**
 * The default glossary, in French and English: the French side
 * (`glossary-fr.ts`: ids, domains, links, checked facts, French texts) joined
 * with the English texts (`glossary-en.ts`, by id). The elements load the two
 * sides apart (a French page never fetches the English); tools and tests in
 * Node use this whole list.
 */
import { glossaryEnglish } from './glossary-en.js';
import { glossaryFrench } from './glossary-fr.js';
import { withEnglish } from './join.js';
import type { GlossaryEntry } from './model.js';

/** The built-in glossary entries, in French and English. */
export const defaultGlossary: GlossaryEntry[] = withEnglish(glossaryFrench, glossaryEnglish);
