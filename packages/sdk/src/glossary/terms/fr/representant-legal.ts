/** The glossary entry "représentant légal": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'La personne qui fait les démarches pour un enfant de moins de 18\u00a0ans, ou pour un adulte protégé. Par exemple, un parent ou un tuteur.',
    easy: "C'est la personne qui s'occupe des papiers d'un enfant. Souvent, c'est le père ou la mère.",
  },
};
