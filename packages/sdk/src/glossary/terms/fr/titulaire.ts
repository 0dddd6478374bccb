/** The glossary entry "titulaire": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La personne au nom de qui un document est fait, comme une carte grise ou un permis. Pour une voiture, c'est souvent le propriétaire.",
    easy: "C'est la personne dont le nom est sur le papier. Pour une carte grise, c'est souvent le propriétaire de la voiture.",
  },
};
