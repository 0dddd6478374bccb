/** The glossary entry "NEPH": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le numéro de votre dossier de permis de conduire. Il a 12\u00a0chiffres et vous est donné quand vous vous inscrivez au permis.',
    easy: "C'est le numéro de votre dossier de permis. Il a 12\u00a0chiffres. Vous le recevez quand vous vous inscrivez au permis.",
    example: 'Exemple\u00a0: 123456789012',
  },
};
