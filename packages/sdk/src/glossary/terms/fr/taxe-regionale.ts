/** The glossary entry "taxe régionale": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'La principale somme à payer pour une carte grise. Elle dépend de la région où vous habitez et de la puissance du véhicule.',
    easy: "C'est le prix principal de la carte grise. Le prix change selon votre région. Il change aussi selon la puissance de la voiture.",
  },
};
