/** The glossary entry "autorité parentale": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      "Les droits et les devoirs des parents pour leur enfant de moins de 18\u00a0ans. Pour les papiers d'un enfant, un parent qui l'a fait la demande.",
    easy: "Les parents ont des droits et des devoirs pour leur enfant. Pour les papiers d'un enfant, un parent fait la demande.",
  },
};
