/** @relais/sdk: everything a widget knows, with no DOM. */
export { configJsonSchema, configSchema, channelKinds, defineConfig, hoursSchema, relayModes, validateConfig } from './config.js';
export { isPictureUrl, isSafeUrl, isWebUrl, linkSchemes, safeUrl, safeUrlPattern } from './url.js';
export type { ChannelConfig, HoursConfig, PhoneConfig, RelaisConfig, StepConfig, ValidationResult } from './config.js';
export { formatProblem } from './schema.js';
export { didYouMean } from './did-you-mean.js';
export type { Problem } from './schema.js';
export { lineConfig, mergeConfig } from './merge.js';
export { format } from './format.js';
export { resolveConfig } from './resolve.js';
export type { ResolvedConfig } from './resolve.js';
export { ants, antsChannels, antsLine, antsNumber, antsPhone, baseConfig, presetById, presets, procedureSteps, stepFacts } from './presets/index.js';
export type { StepFact } from './presets/index.js';
export { stepPlaces, stepStates } from './config-steps.js';
export { localize, stepList } from './steps-text.js';
export type { LocalText, StepPlace, StepState, StepsConfig, StepsObject } from './config-steps.js';
export { en, fr, frEasy, locales, messageIds, messagesFor, toLocale } from './messages/index.js';
export type { Locale, MessageId, MessageOverrides, Messages } from './messages/index.js';
export * from './hours.js';
export * from './holidays.js';
export * from './hours-text.js';
export * from './help-code.js';
export * from './help-code-read.js';
export * from './procedures.js';
export * from './events.js';
export { glossaryDomains } from './config-explainer.js';
export type { ExplainersConfig, GlossaryConfig, GlossaryEntryConfig } from './config-explainer.js';
export type {
  CheckedFacts,
  ExplainerBase,
  ExplainerPicture,
  FieldExplainer,
  FieldExplainerText,
  GlossaryBase,
  GlossaryDomain,
  GlossaryEntry,
  GlossaryEntryTexts,
  GlossaryForms,
  GlossaryIndexEntry,
  GlossaryListed,
  GlossaryText,
} from './glossary/model.js';
export { MAX_DEFINITION_WORDS, mergeExplainers, mergeGlossary, validateExplainers, validateGlossary } from './glossary/validate.js';
export type { Merged } from './glossary/validate.js';
