/** The glossary entry "nom de naissance": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Le nom écrit sur votre acte de naissance. Le mariage ne le change pas.',
    easy: "C'est le nom que vous avez à la naissance. Il ne change pas quand vous vous mariez.",
  },
};
