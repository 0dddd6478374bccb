/** The glossary entry "permis probatoire": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Les premières années après le permis, en général 3\u00a0ans. Le permis commence avec 6\u00a0points et monte jusqu'à 12 si tout va bien.",
    easy: "Au début, votre permis a 6\u00a0points. Si vous ne perdez pas de points, il monte jusqu'à 12. Cela dure en général 3\u00a0ans.",
  },
};
