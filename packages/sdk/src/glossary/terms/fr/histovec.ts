/** The glossary entry "HistoVec": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { HISTOVEC } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      "Un site public gratuit qui donne l'histoire d'un véhicule, comme le nombre de propriétaires. Le vendeur peut partager ce rapport avec l'acheteur.",
    easy: "C'est un site gratuit de l'État. Il raconte l'histoire d'une voiture. Le vendeur peut l'envoyer à l'acheteur.",
  },
  link: HISTOVEC,
};
