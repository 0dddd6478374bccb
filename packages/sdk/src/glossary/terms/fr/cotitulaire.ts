/** The glossary entry "cotitulaire": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Une autre personne dont le nom est aussi écrit sur la carte grise, par exemple le conjoint du titulaire.',
    easy: "C'est une deuxième personne sur la carte grise. Par exemple, la personne avec qui vous vivez.",
  },
};
