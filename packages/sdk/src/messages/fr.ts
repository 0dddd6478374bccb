/**
 * The French catalogue: every string a citizen reads, short and plain, one
 * file per widget. French typography: U+00A0 (no-break space) before `:`,
 * `?`, `!` and inside numbers such as "34 00"; `{name}` marks a value filled
 * in at run time. Every part has an English twin (`en`) with the same keys.
 */
import { codeMessages } from './code.js';
import { explainerMessages } from './explainer.js';
import { helpMessages } from './help.js';
import { mapsMessages } from './maps.js';
import { hoursText } from './hours.js';
import { pointsMessages } from './points.js';
import { stepsMessages } from './steps.js';
import { visitMessages } from './visit.js';

export const fr = {
  ...helpMessages.fr,
  ...hoursText.fr,
  ...stepsMessages.fr,
  ...explainerMessages.fr,
  ...pointsMessages.fr,
  ...mapsMessages.fr,
  ...codeMessages.fr,
  ...visitMessages.fr,
} as const;

/** A message id. */
export type MessageId = keyof typeof fr;
/** A whole catalogue. */
export type Messages = { readonly [K in MessageId]: string };
/** The ids of every message, for validation of overrides. */
export const messageIds = Object.keys(fr) as MessageId[];
