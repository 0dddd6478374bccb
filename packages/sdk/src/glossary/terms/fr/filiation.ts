/** The glossary entry "filiation": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le lien officiel entre un enfant et ses parents. Dans un formulaire, ce sont les noms, prénoms, dates et lieux de naissance des parents.',
    easy: 'La filiation, ce sont vos parents. Le formulaire demande leur nom et leurs prénoms.',
    plain: 'vos parents',
  },
};
