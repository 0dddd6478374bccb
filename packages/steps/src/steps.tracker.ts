/**
 * The tracker's lazily loaded part, loaded with the texts (in parallel) when
 * the element connects, so that the element's own file stays small: its
 * behaviour (a reactive controller), its view and the view's styles.
 */
export { StepsController } from './steps.controller.js';
export { viewStyles } from './steps.view.styles.js';
