import type { Messages } from './fr.js';

/** Easy-to-read French (FALC): short sentences, one idea each. Falls back to `fr`. */
export const frEasy: Partial<Messages> = {
  'help.button': "Besoin d'aide\u00a0? Appelez une personne",
  'help.code.intro': 'Dites ce code à la personne au téléphone. Avec ce code, elle sait où vous en êtes.',
  'help.code.fileNumber': 'Vous avez un numéro de dossier\u00a0? Gardez-le près de vous.',
  'help.points.intro': "Vous pouvez aussi aller voir une personne. Elle vous aide. C'est gratuit.",
};
