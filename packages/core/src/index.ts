/** @relais/core: the DOM side shared by every widget. */
export { announce, prepareAnnouncer } from './announcer.js';
export { RelaisElement } from './base.js';
export type { PartHost } from './base.js';
export { configRevision, configure, pageConfig, pageState, publishState, resetConfigStore, subscribe, warnOnce } from './config-store.js';
export type { PageState } from './config-store.js';
export { defineElement, duplicateWarning } from './define.js';
export { easyPreference, onEasyPreference, resetEasyPreference, setEasyPreference } from './easy.js';
export { LazyPart, loadOnce, loaderById, whenIdle } from './lazy.js';
export type { LazyPartHost, LazyPartOptions, Loader, LoadTime, PartNeed } from './lazy.js';
export { closestLang, followLang, resolveLocale, toLocale } from './locale.js';
export { tokenNames, tokens } from './tokens.js';
