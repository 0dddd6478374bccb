/** The glossary entry "déclaration de cession": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'La démarche en ligne du vendeur pour dire que son véhicule est vendu ou donné. Il doit la faire dans les 15\u00a0jours.',
    easy: 'Vous vendez ou donnez votre voiture. Vous devez le dire sur internet. Vous avez 15\u00a0jours pour le faire.',
  },
  link: ANTS,
};
