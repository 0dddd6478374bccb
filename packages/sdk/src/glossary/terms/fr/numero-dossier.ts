/** The glossary entry "numéro de dossier": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le numéro donné à votre demande quand vous l'envoyez. Il sert à la suivre et à en parler avec un conseiller.",
    easy: "Vous envoyez votre demande. Elle reçoit un numéro. Gardez ce numéro. Il sert si vous appelez pour avoir de l'aide.",
  },
};
