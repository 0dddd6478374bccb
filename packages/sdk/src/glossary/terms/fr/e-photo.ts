/** The glossary entry "e-photo": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Une photo d'identité numérique faite en cabine ou chez un photographe agréé. Ils vous donnent un code à écrire dans la démarche en ligne.",
    easy: 'Vous faites votre photo dans une cabine spéciale. Vous pouvez aussi aller chez un photographe. Vous recevez un code. Vous écrivez ce code sur internet.',
  },
};
