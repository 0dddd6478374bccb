/** The glossary entry "identifiant": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le nom ou l'adresse e-mail que vous tapez pour entrer dans votre compte, avec votre mot de passe.",
    easy: "C'est le nom que vous écrivez pour ouvrir votre compte. Souvent, c'est votre adresse e-mail.",
  },
};
