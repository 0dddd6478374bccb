/** The glossary entry "pièce justificative": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un document qui prouve ce que vous écrivez dans le formulaire, par exemple votre adresse ou votre identité.',
    easy: "C'est un papier qui prouve ce que vous dites. Par exemple, une facture qui montre votre adresse.",
    plain: 'papier qui le prouve',
  },
};
