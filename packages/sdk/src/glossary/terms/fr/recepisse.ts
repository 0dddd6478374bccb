/** The glossary entry "récépissé": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un papier qui prouve que vous avez fait une démarche, par exemple une déclaration de vol. Gardez-le.',
    easy: "C'est un papier qui prouve une démarche. Par exemple, la police vous le donne après un vol. Gardez-le.",
  },
};
