/** The glossary entry "Justif'Adresse": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, ISSUE_14_AND_DILA } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      "Un service qui vérifie votre adresse. Il la demande à votre fournisseur de gaz ou d'électricité. Pour une carte d'identité ou un passeport, il remplace la preuve d'adresse.",
    easy: "Ce service vérifie votre adresse pour vous. Il la demande à la société du gaz ou de l'électricité. Vous gardez vos factures chez vous.",
  },
  checked: { on: CHECKED_ON, where: ISSUE_14_AND_DILA, facts: ["il remplace la preuve d'adresse pour une carte d'identité ou un passeport"] },
};
