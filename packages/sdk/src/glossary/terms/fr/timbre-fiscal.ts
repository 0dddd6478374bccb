/** The glossary entry "timbre fiscal électronique": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { TIMBRES } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La façon de payer certaines démarches, comme le passeport. Vous l'achetez en ligne ou dans un bureau de tabac, et vous recevez un numéro.",
    easy: "Parfois, il faut payer. Vous payez avec un timbre. Vous l'achetez sur internet ou au tabac. Vous recevez un numéro.",
  },
  link: TIMBRES,
};
