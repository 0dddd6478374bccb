/** The glossary entry "gage": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un véhicule gagé sert de garantie à un crédit. Avant d'en acheter un, vérifiez ce point.",
    easy: "Parfois, une voiture sert de garantie pour un crédit. On dit qu'elle est gagée. Avant d'acheter, vérifiez ce point.",
  },
};
