/** The glossary entry "JDC": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Une journée sur la défense du pays, que chaque jeune fait avant 25\u00a0ans. Son certificat est demandé pour le permis, jusqu'à 25\u00a0ans.",
    easy: 'Chaque jeune va à une réunion sur la défense du pays. Il reçoit un papier. Ce papier sert pour le permis.',
  },
};
