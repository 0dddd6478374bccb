/** The glossary entry "SIV": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le fichier national des véhicules et de leurs cartes grises. Chaque démarche de carte grise y est notée.',
    easy: "C'est le grand fichier de l'État pour les voitures. Il garde la carte grise de chaque voiture.",
  },
};
