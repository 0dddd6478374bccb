/** The glossary entry "téléprocédure": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Une démarche que vous faites sur internet, sans vous déplacer.',
    easy: "C'est une démarche que vous faites sur internet. Vous n'avez pas besoin de vous déplacer.",
    plain: 'démarche en ligne',
  },
};
