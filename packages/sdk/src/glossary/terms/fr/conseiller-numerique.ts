/** The glossary entry "conseiller numérique": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Une personne formée qui vous aide à vous servir d'un ordinateur, d'un téléphone ou d'internet. Souvent, c'est gratuit.",
    easy: "C'est une personne qui aide à utiliser internet. Elle vous montre comment faire. Souvent, c'est gratuit.",
  },
};
