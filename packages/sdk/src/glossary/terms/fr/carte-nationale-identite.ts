/** The glossary entry "carte nationale d'identité": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le document qui prouve votre identité et votre nationalité française. Aujourd'hui, c'est une carte comme une carte bancaire, avec une puce.",
    easy: 'Cette carte dit qui vous êtes. Elle dit que vous êtes français ou française. Elle a votre photo.',
  },
  link: ANTS,
};
