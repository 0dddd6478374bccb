/** The glossary entry "numéro d'immatriculation": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Le numéro d'un véhicule, écrit sur ses plaques et sur la carte grise. Depuis 2009, il reste le même toute la vie du véhicule.",
    easy: "C'est le numéro sur la plaque de la voiture. Il a des lettres et des chiffres. Il ne change pas quand la voiture est vendue.",
    example: 'Exemple\u00a0: AB-123-CD',
  },
};
