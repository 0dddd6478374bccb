/** The glossary entry "visite médicale": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      'Un rendez-vous avec un médecin agréé qui vérifie que vous pouvez conduire. Elle est obligatoire dans certains cas, par exemple pour les poids lourds.',
    easy: "Un médecin vérifie que vous pouvez conduire sans danger. Ce n'est pas obligatoire pour tout le monde.",
  },
};
