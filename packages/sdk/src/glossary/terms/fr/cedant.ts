/** The glossary entry "cédant": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La personne qui vend ou donne le véhicule. C'est l'ancien titulaire de la carte grise.",
    easy: "C'est la personne qui vend la voiture. Ou la personne qui la donne.",
    plain: 'vendeur',
  },
};
