/** The glossary entry "remise du titre": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le moment où vous allez chercher votre carte d'identité ou votre passeport à la mairie, quand il est prêt. Vous y allez en personne.",
    easy: 'Votre carte est prête. Vous allez la chercher à la mairie. Vous y allez vous-même.',
  },
};
