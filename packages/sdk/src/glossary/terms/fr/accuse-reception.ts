/** The glossary entry "accusé de réception": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le message qui confirme que votre demande est bien arrivée. Il donne souvent la date et le numéro de dossier.',
    easy: "C'est un message. Il dit que votre demande est bien arrivée. Gardez-le.",
  },
};
