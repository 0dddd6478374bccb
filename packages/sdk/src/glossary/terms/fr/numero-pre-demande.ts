/** The glossary entry "numéro de pré-demande": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le numéro donné à la fin de la pré-demande. Vous le donnez à la mairie, qui retrouve ainsi vos informations.',
    easy: 'À la fin de la demande sur internet, vous recevez un numéro. Vous donnez ce numéro à la mairie.',
  },
};
