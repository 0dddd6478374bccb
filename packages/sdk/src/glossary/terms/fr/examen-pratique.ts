/** The glossary entry "examen pratique": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'La partie du permis où vous conduisez sur la route, avec un inspecteur qui juge votre conduite.',
    easy: 'Dans cet examen, vous conduisez pour de vrai. Une personne vous regarde. Elle dit si vous avez le permis.',
  },
};
