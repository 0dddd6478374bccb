/** The glossary entry "duplicata": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un nouvel exemplaire d'un document officiel, fait après une perte, un vol ou s'il est abîmé.",
    easy: "Vous avez perdu un papier. Ou il est abîmé. Vous en demandez un autre, tout pareil. On l'appelle un duplicata.",
  },
};
