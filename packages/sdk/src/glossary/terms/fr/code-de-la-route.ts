/** The glossary entry "code de la route": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { SECURITE_ROUTIERE } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Les règles pour circuler sur la route. C'est aussi l'examen théorique du permis, fait de questions, passé dans un centre agréé.",
    easy: "Ce sont les règles pour conduire. C'est aussi un examen avec des questions. Il y a 40\u00a0questions. Il faut au moins 35\u00a0bonnes réponses.",
  },
  link: SECURITE_ROUTIERE,
};
