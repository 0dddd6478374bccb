/** The glossary entry "état civil": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { SERVICE_PUBLIC } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      "Vos informations officielles\u00a0: noms, prénoms, date et lieu de naissance, mariage. C'est aussi le service de la mairie qui les enregistre.",
    easy: "C'est votre nom, vos prénoms et votre date de naissance. C'est aussi votre lieu de naissance. Ces informations sont officielles.",
  },
  link: SERVICE_PUBLIC,
};
