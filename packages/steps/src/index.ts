/** @relais/steps: `<relais-steps>`. Import `@relais/steps/relais-steps.js` to register the tag. */
export { RelaisSteps } from './steps.js';
export type { StepsView } from './steps.host.js';
export {
  allDocuments,
  allDone,
  complete,
  currentIndex,
  documentKey,
  documentsView,
  formatDuration,
  markError,
  mergeFormSteps,
  minutesLeft,
  moveTo,
  nextStep,
  restore,
  serialize,
  STALE_AFTER_DAYS,
  stateOf,
  storageKey,
  STORAGE_VERSION,
  tick,
  toSteps,
  unknownFormSteps,
} from './steps.logic.js';
export type { DocumentsView, FormStep, Progress, RestoreResult, StateRules, Step, StepState } from './steps.logic.js';
export { isShown, readForm } from './steps.form.js';
export type { FormReading } from './steps.form.js';
export type { StepChangeDetail, StepSelectDetail } from '@relais/sdk';
