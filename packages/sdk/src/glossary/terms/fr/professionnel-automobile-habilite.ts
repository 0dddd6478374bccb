/** The glossary entry "professionnel de l'automobile habilité": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Un garage autorisé par l'État à faire vos démarches de carte grise à votre place. Ce service peut être payant.",
    easy: "Certains garages ont le droit de faire votre carte grise pour vous. Ils peuvent vous demander de l'argent pour cela.",
  },
};
