/** The glossary entry "photo d'identité": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Une photo récente de votre visage, de face, tête nue, qui suit des règles précises. Elle doit avoir moins de 6\u00a0mois.',
    easy: "C'est une photo de votre visage. Vous regardez droit devant. Vous n'avez rien sur la tête. La photo a moins de 6\u00a0mois.",
  },
};
