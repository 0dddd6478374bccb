/** The glossary entry "code confidentiel": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, ISSUE_14 } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un code secret, dans la lettre qui arrive avec la carte grise. Certaines démarches en ligne le demandent. Gardez-le pour vous.',
    easy: "C'est un code secret. Il arrive avec votre carte grise, dans la lettre. Gardez-le pour vous.",
  },
  checked: {
    on: CHECKED_ON,
    where: `${ISSUE_14} Where the code is printed was not seen here: check it on ants.gouv.fr.`,
    facts: ['dans la lettre qui arrive avec la carte grise'],
  },
};
