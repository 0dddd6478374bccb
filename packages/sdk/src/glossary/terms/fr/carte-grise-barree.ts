/** The glossary entry "carte grise barrée": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, ISSUE_14 } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La carte grise que le vendeur raye d'un grand trait. Il y écrit «\u00a0Vendu le… à… h\u00a0» ou «\u00a0Cédé le…\u00a0», puis il signe.",
    easy: "Le vendeur trace un grand trait sur la carte grise. Il écrit le jour et l'heure de la vente. Puis il signe.",
  },
  checked: { on: CHECKED_ON, where: ISSUE_14, facts: ['«\u00a0Vendu le… à… h\u00a0» ou «\u00a0Cédé le…\u00a0», puis il signe'] },
};
