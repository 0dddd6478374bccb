/** The glossary entry "adresse électronique": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "L'adresse qui sert à recevoir des messages sur internet. Elle contient toujours le signe @.",
    easy: "C'est votre adresse pour recevoir des messages sur internet. Elle a toujours le signe @.",
    example: 'Exemple\u00a0: prenom.nom@exemple.fr',
  },
};
