/** The glossary entry "signature numérisée": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "L'image de votre signature, faite sur un écran ou sur papier. Elle est ensuite imprimée sur votre titre, par exemple le permis de conduire.",
    easy: 'Vous signez sur un écran ou sur une feuille. Votre signature devient une image. Elle est imprimée sur votre permis.',
  },
};
