/** The glossary entry "relevé d'information restreint": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un papier qui résume votre permis\u00a0: les catégories que vous avez, et s'il est valable.",
    easy: "C'est une feuille qui résume votre permis. Elle dit quels véhicules vous pouvez conduire. Elle dit si votre permis est valable.",
  },
};
