/** The glossary entry "code de cession": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS, CHECKED_ON, ISSUE_14_AND_DILA } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un code que le vendeur reçoit en déclarant la vente en ligne. Il le donne vite à l'acheteur\u00a0: le code marche 15\u00a0jours.",
    easy: "Le vendeur déclare la vente sur internet. Il reçoit un code. Il donne vite ce code à l'acheteur. Le code marche 15\u00a0jours.",
  },
  link: ANTS,
  checked: { on: CHECKED_ON, where: ISSUE_14_AND_DILA, facts: ['le code de cession marche 15\u00a0jours'] },
};
