/** @relais/sdk: everything a widget knows, with no DOM. */
export { configJsonSchema, configSchema, channelKinds, defineConfig, hoursSchema, validateConfig } from './config.js';
export { isSafeUrl } from './url.js';
export type { ChannelConfig, HoursConfig, PhoneConfig, RelaisConfig, StepConfig, ValidationResult } from './config.js';
export { formatProblem } from './schema.js';
export type { Problem } from './schema.js';
export { baseConfig, mergeConfig } from './merge.js';
export { resolveConfig } from './resolve.js';
export type { ResolvedConfig } from './resolve.js';
export { ants, antsChannels, antsLine, antsPhone, presetById, presets } from './presets/index.js';
export { en, format, fr, frEasy, locales, messageIds, messagesFor, toLocale } from './messages/index.js';
export type { Locale, MessageId, MessageOverrides, Messages } from './messages/index.js';
export * from './hours.js';
export * from './holidays.js';
export * from './hours-text.js';
export * from './help-code.js';
export * from './procedures.js';
export * from './events.js';
