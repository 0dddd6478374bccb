/** The glossary entry "numéro d'identification du véhicule": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un numéro de 17\u00a0caractères propre à chaque véhicule, donné à sa fabrication. Il est dans la case E de la carte grise.',
    easy: "Chaque voiture a un numéro à elle. Ce numéro est donné à l'usine. Il est sur la carte grise, à la lettre E.",
  },
};
