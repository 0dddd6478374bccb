/** The glossary entry "téléverser": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Envoyer un fichier de votre ordinateur ou de votre téléphone vers le site. Par exemple, la photo d'un papier.",
    easy: "Vous prenez un fichier sur votre téléphone. Ou sur votre ordinateur. Vous l'envoyez sur le site.",
    plain: 'envoyer un fichier',
  },
};
