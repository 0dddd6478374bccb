/** The glossary entry "PDF": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un type de fichier qui garde la même mise en page sur tous les écrans et à l'impression. Beaucoup de démarches l'acceptent.",
    easy: "C'est un type de fichier. Le document reste pareil sur tous les écrans. Vous pouvez l'imprimer.",
  },
};
