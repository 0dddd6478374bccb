/** The glossary entry "photo-signature numérique": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le nom que l'agence des titres donne au code e-photo. Ce code garde votre photo et votre signature pour la démarche en ligne.",
    easy: 'La cabine photo vous donne un code. Ce code garde votre photo et votre signature. Vous écrivez ce code sur internet.',
  },
};
