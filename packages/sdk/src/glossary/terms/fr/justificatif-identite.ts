/** The glossary entry "justificatif d'identité": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un papier officiel avec votre photo, qui prouve qui vous êtes. Par exemple, une carte d'identité, un passeport ou un titre de séjour.",
    easy: "C'est un papier officiel avec votre photo. Il montre qui vous êtes. Par exemple, votre carte d'identité ou votre passeport.",
  },
};
