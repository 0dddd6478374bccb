/** The glossary entry "format de fichier": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le type d'un fichier, que montre la fin de son nom, comme .pdf ou .jpg. Le site n'accepte que certains types.",
    easy: 'Un fichier a un type. Par exemple, une photo ou un document. Le site accepte seulement certains types.',
  },
};
