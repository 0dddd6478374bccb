/**
 * The finder's lazily loaded part, loaded when the citizen first uses it (or
 * focuses it): the search session (with `@relais/points`), the list of
 * places and its styles.
 */
export { FinderSession } from './help-points.session.js';
export { resultsStyles } from './help-points.results.styles.js';
