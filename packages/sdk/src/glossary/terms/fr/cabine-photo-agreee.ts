/** The glossary entry "cabine photo agréée": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Une cabine photo qui peut faire la photo et la signature d'un titre. Elle vous donne un code à recopier dans la démarche.",
    easy: "C'est une cabine photo spéciale. Elle fait votre photo et votre signature. Elle vous donne un code.",
  },
};
