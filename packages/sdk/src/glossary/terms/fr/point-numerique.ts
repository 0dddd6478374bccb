/** The glossary entry "point numérique": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un ordinateur que vous pouvez utiliser pour une démarche en ligne, avec une personne pour vous aider. Il y en a en préfecture.',
    easy: "C'est un ordinateur que vous pouvez utiliser. Une personne est là pour vous aider. Il y en a dans les préfectures.",
  },
};
