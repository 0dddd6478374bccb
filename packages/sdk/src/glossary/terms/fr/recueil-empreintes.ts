/** The glossary entry "recueil des empreintes": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Au rendez-vous, un agent enregistre les traces de vos doigts avec un appareil. Ce n'est pas fait pour les enfants de moins de 12\u00a0ans.",
    easy: "À la mairie, vous posez vos doigts sur un appareil. L'appareil enregistre vos empreintes. Un enfant de moins de 12\u00a0ans ne donne pas ses empreintes.",
  },
};
