/** The glossary entry "auto-école": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Une école qui apprend à conduire et prépare aux examens du permis. Elle peut faire l'inscription au permis à votre place.",
    easy: "C'est une école pour apprendre à conduire. Elle peut faire les démarches du permis pour vous.",
  },
};
