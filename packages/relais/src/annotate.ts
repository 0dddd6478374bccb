/** annotate(), loaded by relais.js on first use. */
export { annotate } from '@relais/explainer';
