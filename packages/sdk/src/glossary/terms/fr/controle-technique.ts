/** The glossary entry "contrôle technique": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, ISSUE_14 } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      "Une visite du véhicule dans un centre agréé. Pour le vendre, après 4\u00a0ans, elle a moins de 6\u00a0mois, ou 2\u00a0mois s'il y a une contre-visite.",
    easy: 'Un centre spécial vérifie la voiture. Il regarde si elle roule sans danger. Vous vendez une voiture de plus de 4\u00a0ans\u00a0? Le contrôle doit avoir moins de 6\u00a0mois.',
  },
  checked: {
    on: CHECKED_ON,
    where: ISSUE_14,
    facts: ['Pour le vendre, après 4\u00a0ans, elle a moins de 6\u00a0mois', "ou 2\u00a0mois s'il y a une contre-visite"],
  },
};
