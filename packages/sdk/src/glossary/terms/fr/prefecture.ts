/** The glossary entry "préfecture": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Les bureaux de l'État dans chaque département. Pour les titres, vous y trouvez souvent un ordinateur et une personne pour vous aider.",
    easy: "C'est le bureau de l'État dans votre département. Parfois, une personne vous y aide sur un ordinateur.",
  },
};
