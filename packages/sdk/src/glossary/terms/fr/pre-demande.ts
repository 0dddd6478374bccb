/** The glossary entry "pré-demande": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le formulaire rempli en ligne avant le rendez-vous pour une carte d'identité ou un passeport. Elle fait gagner du temps au guichet.",
    easy: "Vous remplissez un formulaire sur internet. Vous le faites avant d'aller à la mairie. Ainsi, le rendez-vous est plus court.",
  },
  link: ANTS,
};
