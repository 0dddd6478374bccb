/** The glossary entry "date de validité": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La date jusqu'à laquelle un papier officiel peut servir. Après, il faut en demander un nouveau.",
    easy: 'Un papier officiel marche pendant un temps. Cette date dit quand il ne marche plus.',
  },
};
