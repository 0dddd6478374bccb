/** The glossary entry "valider": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Confirmer une étape, ou envoyer ce que vous avez rempli. Après l'envoi final, vous ne pouvez souvent plus changer la demande.",
    easy: 'Vous appuyez sur ce bouton quand tout est juste. La demande part. Après, vous ne pouvez souvent plus la changer.',
  },
};
