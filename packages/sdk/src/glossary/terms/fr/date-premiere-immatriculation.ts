/** The glossary entry "date de première immatriculation": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le jour où le véhicule a eu sa toute première carte grise. Elle est écrite dans la case B.',
    easy: "C'est le jour de la toute première carte grise de la voiture. Cette date est sur la carte grise, à la lettre B.",
    example: 'Exemple\u00a0: 15/03/2016',
  },
};
