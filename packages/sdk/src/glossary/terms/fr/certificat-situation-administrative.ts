/** The glossary entry "certificat de situation administrative": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { HISTOVEC } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Un papier gratuit qui dit si un véhicule peut être vendu. Il peut être bloqué par un crédit ou des amendes.',
    easy: "Ce papier dit si la voiture peut être vendue. Il est gratuit. Le vendeur le donne à l'acheteur. Il doit avoir moins de 15\u00a0jours.",
  },
  link: HISTOVEC,
};
