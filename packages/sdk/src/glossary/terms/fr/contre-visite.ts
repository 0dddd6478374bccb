/** The glossary entry "contre-visite": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, ISSUE_14_AND_DILA } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un deuxième contrôle technique, quand le premier a trouvé un défaut grave. Il vérifie la réparation. Il se fait dans les 2\u00a0mois.',
    easy: 'Le contrôle trouve un gros défaut. Vous faites réparer la voiture. Puis la voiture passe un autre contrôle.',
  },
  checked: { on: CHECKED_ON, where: ISSUE_14_AND_DILA, facts: ['la contre-visite se fait dans les 2\u00a0mois'] },
};
