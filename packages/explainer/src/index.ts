/**
 * @relais/explainer: `<relais-term>`, `<relais-explainer>` and `annotate()`:
 * administrative words and form fields explained in plain French. Import
 * `@relais/explainer/relais-term.js` and `@relais/explainer/relais-explainer.js`
 * to register the tags.
 */
export { RelaisTerm } from './term.js';
export { RelaisExplainer } from './explainer.js';
export { annotate } from './annotate.js';
export type { AnnotateOptions, Annotation } from './annotate.js';
export { fieldSpeech, idTokens, placeTip, speechLang, termSpeech, withToken, withoutToken } from './explainer.logic.js';
export { easyPreference, setEasyPreference } from '@relais/core';
export { canSpeak } from './speech.js';
export type { ExplainerDetail, TermDetail } from '@relais/sdk';
