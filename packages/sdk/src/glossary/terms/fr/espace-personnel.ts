/** The glossary entry "espace personnel": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Votre page privée sur un site, pour suivre vos demandes et retrouver vos documents. Vous y entrez avec un identifiant et un mot de passe.',
    easy: "C'est votre page sur le site. Vous seul pouvez l'ouvrir. Vous y voyez où en est votre demande.",
  },
};
