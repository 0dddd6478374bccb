/** The glossary entry "avis médical": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le papier que le médecin agréé remplit après la visite. Il dit si vous pouvez conduire, et pour combien de temps.',
    easy: 'Après la visite, le médecin vous donne un papier. Il dit si vous pouvez conduire. Vous le joignez à la demande.',
  },
};
