/** The glossary entry "enregistrer": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Garder ce que vous avez rempli, sans l'envoyer. Sur certains sites, vous pouvez revenir plus tard pour finir.",
    easy: 'Le site garde ce que vous avez écrit. La demande ne part pas encore. Parfois, vous pouvez revenir plus tard.',
  },
};
