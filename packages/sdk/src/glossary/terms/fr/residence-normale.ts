/** The glossary entry "résidence normale": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, DILA } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le pays où vous vivez au moins 185\u00a0jours par an, pour votre famille ou votre travail. Pour un permis français, c'est la France.",
    easy: "C'est le pays où vous vivez presque toute l'année. Pour un permis français, vous vivez en France.",
  },
  checked: { on: CHECKED_ON, where: DILA, facts: ['au moins 185\u00a0jours par an'] },
};
