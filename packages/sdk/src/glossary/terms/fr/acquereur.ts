/** The glossary entry "acquéreur": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'La personne qui achète le véhicule, ou qui le reçoit en cadeau.',
    easy: "C'est la personne qui achète la voiture. Ou la personne qui la reçoit en cadeau.",
    plain: 'acheteur',
  },
};
