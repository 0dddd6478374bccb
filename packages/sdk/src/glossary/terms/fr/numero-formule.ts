/** The glossary entry "numéro de formule": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, ISSUE_14 } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le numéro de la carte grise, pas du véhicule. Il a 11\u00a0caractères. Il est en haut de la carte grise et au dos du coupon détachable.',
    easy: "C'est le numéro de votre carte grise. Ce n'est pas le numéro de la plaque. Il est écrit en haut de la carte grise.",
    example: 'Exemple\u00a0: 2013AB12345',
  },
  checked: { on: CHECKED_ON, where: ISSUE_14, facts: ['au dos du coupon détachable'] },
};
