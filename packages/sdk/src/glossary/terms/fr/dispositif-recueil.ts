/** The glossary entry "dispositif de recueil": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "L'appareil qui prend vos empreintes et votre signature pour une carte d'identité ou un passeport. Seules certaines mairies en ont un.",
    easy: "C'est une machine de la mairie. Elle prend vos empreintes et votre signature. Toutes les mairies n'ont pas cette machine.",
  },
};
