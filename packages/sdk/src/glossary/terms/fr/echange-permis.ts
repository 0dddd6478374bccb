/** The glossary entry "échange de permis": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'La démarche pour remplacer un permis obtenu dans un autre pays par un permis français.',
    easy: 'Vous avez eu votre permis dans un autre pays. Parfois, vous pouvez le changer contre un permis français.',
  },
  link: ANTS,
};
