/** The glossary entry "coupon détachable": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, ISSUE_14 } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le bas de la carte grise. Le vendeur le remplit et le donne à l'acheteur. Au dos, il y a aussi le numéro de formule.",
    easy: "C'est le bas de la carte grise. Le vendeur le remplit. Il le donne à l'acheteur.",
  },
  checked: { on: CHECKED_ON, where: ISSUE_14, facts: ['le numéro de formule est aussi au dos du coupon détachable'] },
};
