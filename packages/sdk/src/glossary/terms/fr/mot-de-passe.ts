/** The glossary entry "mot de passe": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le mot secret qui protège votre compte. Ne le donnez à personne, même à une personne qui vous aide.',
    easy: "C'est un code secret. Il protège votre compte. Ne le dites à personne.",
  },
};
