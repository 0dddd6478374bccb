/** The glossary entry "permis de conduire": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le document qui prouve que vous avez le droit de conduire certains véhicules. Aujourd'hui, c'est une carte comme une carte bancaire.",
    easy: "C'est la carte qui dit que vous avez le droit de conduire. Vous l'avez avec vous quand vous conduisez.",
  },
  link: ANTS,
};
