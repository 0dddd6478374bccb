/**
 * relais: the one file a page references (`dist/relais.js`). It registers
 * every element and exports what a page script needs.
 */
export { configure, publishState } from '@relais/core';
export { decodeHelpCode, defineConfig, helpCode, presets, validateConfig } from '@relais/sdk';
export type { RelaisConfig } from '@relais/sdk';
export { RelaisHelp, RelaisHelpPoints } from '@relais/help';
import '@relais/help/relais-help.js';
import '@relais/help/relais-help-points.js';
export { RelaisSteps } from '@relais/steps';
import '@relais/steps/relais-steps.js';
export { RelaisExplainer, RelaisTerm, annotate } from '@relais/explainer';
export type { AnnotateOptions, Annotation } from '@relais/explainer';
import '@relais/explainer/relais-term.js';
import '@relais/explainer/relais-explainer.js';
