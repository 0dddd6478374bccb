/** The glossary entry "titre sécurisé": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un papier de l'État fait pour être dur à copier. Par exemple, la carte d'identité, le passeport, le permis ou la carte grise.",
    easy: "C'est un papier officiel de l'État. Il est fait pour être difficile à copier. Par exemple, le passeport ou le permis.",
  },
};
