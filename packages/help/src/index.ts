/** @relais/help: `<relais-help>`. Import `@relais/help/relais-help.js` to register the tag. */
export { RelaisHelp } from './help.js';
export { deviceTimeZone, displayNumber, helpView, telHref } from './help.logic.js';
export type { CodeView, HelpView, PhoneView } from './help.logic.js';
export { helpFixtures } from './help.fixtures.js';
export type { HelpFixture } from './help.fixtures.js';
