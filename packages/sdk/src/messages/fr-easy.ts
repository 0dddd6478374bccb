import { codeMessages } from './code.js';
import { explainerMessages } from './explainer.js';
import type { Messages } from './fr.js';
import { helpMessages } from './help.js';
import { mapsMessages } from './maps.js';
import { hoursText } from './hours.js';
import { pointsMessages } from './points.js';
import { stepsMessages } from './steps.js';
import { visitMessages } from './visit.js';

/** Easy-to-read French (FALC): short sentences, one idea each. Every message has its easy version. */
export const frEasy: Messages = {
  ...helpMessages.frEasy,
  ...hoursText.frEasy,
  ...stepsMessages.frEasy,
  ...explainerMessages.frEasy,
  ...pointsMessages.frEasy,
  ...mapsMessages.frEasy,
  ...codeMessages.frEasy,
  ...visitMessages.frEasy,
};
