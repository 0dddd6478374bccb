/** The glossary entry "taille du fichier": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'La place que prend un fichier, en ko ou en Mo. Le site peut refuser un fichier trop lourd.',
    easy: 'Un fichier peut être trop gros. Alors, le site le refuse. Vous pouvez prendre une photo plus petite.',
  },
};
