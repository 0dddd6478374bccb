/** The glossary entry "attestation sur l'honneur": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un texte signé où vous affirmez qu'une chose est vraie. Faire une fausse déclaration est puni par la loi.",
    easy: 'Vous écrivez que quelque chose est vrai. Vous signez. Si vous mentez, vous pouvez être puni.',
  },
};
