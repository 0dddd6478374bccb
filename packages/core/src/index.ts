/** @relais/core: the DOM side shared by every widget. */
export { announce, prepareAnnouncer } from './announcer.js';
export { RelaisElement } from './base.js';
export { configure, pageConfig, pageState, publishState, resetConfigStore, subscribe, warnOnce } from './config-store.js';
export type { PageState } from './config-store.js';
export { defineElement, duplicateWarning } from './define.js';
export { closestLang, resolveLocale, toLocale } from './locale.js';
export { tokenNames, tokens } from './tokens.js';
