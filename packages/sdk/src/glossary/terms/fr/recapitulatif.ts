/** The glossary entry "récapitulatif": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La page qui montre tout ce que vous avez rempli, avant l'envoi. Relisez-la et corrigez si besoin.",
    easy: 'Cette page montre tout ce que vous avez écrit. Vous relisez. Vous corrigez les erreurs. Ensuite, vous envoyez.',
    plain: 'résumé',
  },
};
