/** The glossary entry "empreintes digitales": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Les dessins au bout de vos doigts. Chacun a les siens. La mairie les enregistre pour une carte d'identité ou un passeport.",
    easy: 'Ce sont les dessins au bout de vos doigts. Chaque personne a les siens. La mairie les enregistre.',
  },
};
