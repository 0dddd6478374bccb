/** The glossary entry "conduite accompagnée": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Apprendre à conduire dès 15\u00a0ans, après des leçons en auto-école. Un adulte qui a le permis est à côté de vous.',
    easy: "Vous apprenez à conduire dès 15\u00a0ans. Un adulte qui a le permis est à côté de vous. Vous commencez par des leçons à l'auto-école.",
  },
};
