/** The glossary entry "rendez-vous en mairie": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Pour une carte d'identité ou un passeport, vous allez en personne dans une mairie équipée. Ce n'est pas forcément celle de votre commune.",
    easy: "Vous prenez un rendez-vous à la mairie. Vous y allez vous-même. Vous pouvez choisir la mairie d'une autre ville.",
  },
};
