/** The glossary entry "certificat provisoire d'immatriculation": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un document donné à la fin de certaines démarches en ligne. Il permet de rouler en France pendant 1\u00a0mois, en attendant la carte grise.',
    easy: 'Vous attendez votre carte grise. Ce papier vous permet de rouler en attendant. Il marche seulement en France. Il dure 1\u00a0mois.',
  },
};
