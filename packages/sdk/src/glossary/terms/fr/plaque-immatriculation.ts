/** The glossary entry "plaque d'immatriculation": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La plaque à l'avant et à l'arrière du véhicule. On y lit le numéro du véhicule.",
    easy: "C'est la plaque à l'avant et à l'arrière de la voiture. Elle montre le numéro de la voiture.",
  },
};
