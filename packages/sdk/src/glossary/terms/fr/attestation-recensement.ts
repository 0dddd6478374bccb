/** The glossary entry "attestation de recensement": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      'Le papier que la mairie donne à un jeune de 16\u00a0ans qui se fait recenser. Il sert pour le permis, avant la journée défense et citoyenneté.',
    easy: 'À 16\u00a0ans, vous allez à la mairie pour vous faire recenser. La mairie vous donne un papier. Gardez-le pour le permis.',
  },
};
