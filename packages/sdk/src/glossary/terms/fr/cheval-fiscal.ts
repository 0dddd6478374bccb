/** The glossary entry "cheval fiscal": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un chiffre qui mesure la puissance d'un véhicule pour l'administration. Il est dans la case P.6 de la carte grise et compte dans son prix.",
    easy: "C'est un chiffre sur la carte grise. Il dit si la voiture est puissante. Plus il est grand, plus la carte grise coûte cher.",
  },
};
