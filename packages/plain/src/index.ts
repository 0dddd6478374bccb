/** @relais/plain: glossary matching and French readability. No DOM. */
export { APOSTROPHES, fold, foldChar, isCapitals, joins, singular, tokenize } from './normalize.js';
export type { Token } from './normalize.js';
export { createMatcher, glossaryMatcher, glossaryTerms } from './matcher.js';
export type { Match, Matcher, TermForms } from './matcher.js';
export { numberInWords, syllables } from './syllables.js';
export { sentences, words } from './sentences.js';
export type { Sentence, Word } from './sentences.js';
export { combine, kandelMoles, letterCount, LEVELS, levelOf, lix, measure, measureSentences, parseLevel } from './readability.js';
export type { Level, Measures } from './readability.js';
export { abbreviations, acronymOf, acronyms, expandedInText, negations, nominalisations, numberWords, passives, supportVerbs, verbFor } from './hints.js';
export type { Span } from './hints.js';
export { analyseText, expansions, LABEL_WORDS, measureTexts, RULES } from './analyse.js';
export type { AnalyseOptions, Finding, RuleId, SentenceReport, TextReport } from './analyse.js';
