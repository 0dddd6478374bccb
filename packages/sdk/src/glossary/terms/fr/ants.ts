/** The glossary entry "ANTS": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { ANTS } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le service de l'État qui gère les demandes de carte grise, de permis, de carte d'identité et de passeport. Il s'appelle aussi France Titres.",
    easy: "C'est le service de l'État pour les papiers officiels. Par exemple, la carte grise, le permis et le passeport. Son site permet de faire les demandes.",
  },
  link: ANTS,
};
