/** @relais/plain: glossary matching (and, later, French readability). No DOM. */
export { APOSTROPHES, fold, foldChar, isCapitals, joins, singular, tokenize } from './normalize.js';
export type { Token } from './normalize.js';
export { createMatcher, glossaryMatcher, glossaryTerms } from './matcher.js';
export type { Match, Matcher, TermForms } from './matcher.js';
