/** The glossary entry "certificat de cession": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le formulaire rempli et signé par le vendeur et l'acheteur quand un véhicule est vendu ou donné. Chacun en garde un exemplaire.",
    easy: "C'est une feuille pour la vente d'une voiture. Le vendeur et l'acheteur la remplissent. Ils la signent tous les deux. Chacun garde une copie.",
  },
};
