/** The glossary entry "demandeur": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La personne qui fait la demande. Ce n'est pas toujours celle qui recevra le document, par exemple pour un enfant.",
    easy: "C'est la personne qui fait la demande. Pour un enfant, c'est souvent un parent.",
  },
};
