import { codeMessages } from './code.js';
import { explainerMessages } from './explainer.js';
import type { Messages } from './fr.js';
import { helpMessages } from './help.js';
import { mapsMessages } from './maps.js';
import { hoursText } from './hours.js';
import { pointsMessages } from './points.js';
import { stepsMessages } from './steps.js';
import { visitMessages } from './visit.js';

/** The English catalogue. */
export const en: Messages = {
  ...helpMessages.en,
  ...hoursText.en,
  ...stepsMessages.en,
  ...explainerMessages.en,
  ...pointsMessages.en,
  ...mapsMessages.en,
  ...codeMessages.en,
  ...visitMessages.en,
};
