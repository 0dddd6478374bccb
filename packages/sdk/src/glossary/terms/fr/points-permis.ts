/** The glossary entry "points du permis": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { SECURITE_ROUTIERE } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      "Le permis compte 12\u00a0points au plus. Des points sont retirés après certaines fautes de conduite\u00a0; sans point, le permis n'est plus valable.",
    easy: 'Votre permis a des points. Il en a 12 au maximum. Vous perdez des points si vous ne respectez pas certaines règles. Sans points, vous ne pouvez plus conduire.',
  },
  link: SECURITE_ROUTIERE,
};
