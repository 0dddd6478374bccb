/** The glossary entry "catégorie B": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le permis pour une voiture de 9\u00a0places au plus, avec le conducteur, et de 3,5\u00a0tonnes au plus.',
    easy: 'Le permis B sert à conduire une voiture. La voiture a 9\u00a0places au plus. La place du conducteur compte.',
  },
};
