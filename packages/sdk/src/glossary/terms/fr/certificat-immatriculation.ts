/** The glossary entry "certificat d'immatriculation": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le papier officiel d'un véhicule. Il dit à qui il est et le décrit.",
    easy: "C'est la carte grise. C'est le papier officiel d'une voiture ou d'une moto. Il dit à qui elle appartient.",
    plain: 'carte grise',
  },
  link: ANTS,
};
