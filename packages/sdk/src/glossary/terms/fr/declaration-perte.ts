/** The glossary entry "déclaration de perte": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La démarche pour dire qu'un document officiel est perdu ou volé. Un vol se déclare à la police ou à la gendarmerie.",
    easy: "Vous avez perdu un papier officiel. Ou on vous l'a volé. Vous devez le dire. Pour un vol, vous allez à la police ou à la gendarmerie.",
  },
};
