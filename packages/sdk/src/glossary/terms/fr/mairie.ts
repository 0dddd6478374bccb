/** The glossary entry "mairie": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Les bureaux de votre commune. Certaines mairies reçoivent les demandes de carte d'identité et de passeport, sur rendez-vous.",
    easy: "C'est le bureau de votre ville ou de votre village. Certaines mairies s'occupent des cartes d'identité et des passeports.",
  },
};
