/** The glossary entry "changement de titulaire": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "La démarche de l'acheteur pour mettre la carte grise à son nom après une vente ou un don. Il a 1\u00a0mois pour la faire.",
    easy: 'Vous achetez une voiture. Vous devez mettre la carte grise à votre nom. Vous avez 1\u00a0mois pour le faire.',
  },
  link: ANTS,
};
