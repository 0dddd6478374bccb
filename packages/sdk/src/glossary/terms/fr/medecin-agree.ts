/** The glossary entry "médecin agréé": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, DILA } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un médecin inscrit sur une liste de la préfecture. Il fait la visite médicale du permis et dit si vous pouvez conduire.',
    easy: "Ce médecin a l'accord de l'État. Il voit si vous pouvez conduire.",
  },
  checked: { on: CHECKED_ON, where: DILA, facts: ['inscrit sur une liste de la préfecture'] },
};
