/** The glossary entry "France Services": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { FRANCE_SERVICES } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un lieu près de chez vous où des agents vous aident gratuitement pour vos démarches, en ligne ou sur papier.',
    easy: "C'est un lieu près de chez vous. Des personnes vous aident pour vos papiers. C'est gratuit.",
  },
  link: FRANCE_SERVICES,
};
