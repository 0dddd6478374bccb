/** The glossary entry "passeport": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      "Le livret qui prouve votre identité et votre nationalité, en France et à l'étranger. Beaucoup de pays le demandent pour entrer. Il est payant.",
    easy: "C'est un petit livre avec votre photo. Il sert à voyager dans d'autres pays. Il est payant.",
  },
  link: ANTS,
};
