/** The glossary entry "pli sécurisé": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, DILA } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Une lettre suivie que le facteur remet contre une signature. Si vous êtes absent, vous allez la chercher à la poste.',
    easy: "C'est une lettre spéciale. Le facteur vous la donne en main. Vous signez pour la recevoir.",
  },
  checked: { on: CHECKED_ON, where: DILA, facts: ['le facteur remet contre une signature'] },
};
