/** The glossary entry "champ obligatoire": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Une case du formulaire que vous devez remplir pour continuer. Elle est souvent marquée par une étoile.',
    easy: 'Vous devez remplir cette case. Sinon, vous ne pouvez pas continuer.',
  },
};
