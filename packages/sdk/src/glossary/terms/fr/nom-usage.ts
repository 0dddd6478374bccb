/** The glossary entry "nom d'usage": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un autre nom que vous pouvez utiliser, par exemple celui de votre époux ou épouse, ou de votre autre parent. Il n'est pas obligatoire.",
    easy: "C'est un autre nom que vous pouvez utiliser. Par exemple, le nom de votre mari ou de votre femme. Vous n'êtes pas obligé d'en avoir un.",
  },
};
