/** The glossary entry "acte de naissance": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { SERVICE_PUBLIC } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      "Le papier officiel fait par la mairie du lieu de naissance. Souvent, l'administration le vérifie elle-même\u00a0: vous n'avez pas à le donner.",
    easy: "C'est le papier fait par la mairie à votre naissance. Souvent, vous n'avez pas besoin de le donner.",
  },
  link: SERVICE_PUBLIC,
};
