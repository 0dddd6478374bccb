/** The glossary entry "inscription au permis": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'La démarche en ligne qui ouvre votre dossier de permis de conduire. Elle vous donne le numéro dont vous avez besoin pour passer les examens.',
    easy: "Avant les examens, vous vous inscrivez au permis. Vous le faites sur internet. L'auto-école peut le faire pour vous.",
  },
  link: ANTS,
};
