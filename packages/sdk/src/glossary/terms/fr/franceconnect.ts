/** The glossary entry "FranceConnect": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { FRANCECONNECT } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un bouton pour entrer sur un site public avec un compte que vous avez déjà. Par exemple, celui des impôts ou de l'Assurance Maladie.",
    easy: "Vous avez déjà un compte sur un site de l'État. Par exemple, celui des impôts. Avec ce bouton, vous utilisez ce compte. Vous n'avez pas besoin d'un nouveau mot de passe.",
  },
  link: FRANCECONNECT,
};
