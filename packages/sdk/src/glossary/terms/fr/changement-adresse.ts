/** The glossary entry "changement d'adresse": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La démarche pour mettre à jour l'adresse écrite sur la carte grise quand vous déménagez. Elle est gratuite et se fait dans le mois.",
    easy: "Vous déménagez. Vous devez changer l'adresse sur la carte grise. Vous avez 1\u00a0mois. C'est gratuit.",
  },
  link: ANTS,
};
