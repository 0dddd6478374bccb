/** The glossary entry "BSR": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "L'ancien nom du permis AM. Il permet de conduire un petit scooter dès 14\u00a0ans, après une formation.",
    easy: "C'est le permis pour un petit scooter. Vous pouvez l'avoir à 14\u00a0ans. Il faut suivre une formation.",
  },
};
