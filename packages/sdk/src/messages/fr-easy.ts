import { explainerMessages } from './explainer.js';
import type { Messages } from './fr.js';
import { helpMessages } from './help.js';
import { hoursText } from './hours.js';
import { pointsMessages } from './points.js';
import { stepsMessages } from './steps.js';

/** Easy-to-read French (FALC): short sentences, one idea each. Falls back to `fr`. */
export const frEasy: Partial<Messages> = {
  ...helpMessages.frEasy,
  ...hoursText.frEasy,
  ...stepsMessages.frEasy,
  ...explainerMessages.frEasy,
  ...pointsMessages.frEasy,
};
