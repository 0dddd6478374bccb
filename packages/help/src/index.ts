/**
 * @relais/help: `<relais-help>` and `<relais-help-points>`. Import
 * `@relais/help/relais-help.js` or `@relais/help/relais-help-points.js` to register a tag.
 */
export { RelaisHelp } from './help.js';
export { deviceTimeZone, displayNumber, helpView, telHref } from './help.logic.js';
export type { CodeView, HelpView, PhoneView } from './help.logic.js';
export { RelaisHelpPoints } from './help-points.js';
export { nationalMaps } from './help-points.maps.js';
export type { HelpChannelDetail, HelpCloseDetail, HelpOpenDetail, PointsResultDetail, PointsSearchDetail, VisitOpenDetail } from '@relais/sdk';
