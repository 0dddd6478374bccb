/** The glossary entry "formulaire Cerfa": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un formulaire de l'État, avec un numéro à lui.",
    easy: "C'est une feuille à remplir. Elle vient de l'État. Elle a un numéro.",
  },
};
