/** The glossary entry "attestation d'hébergement": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: "Une lettre de la personne qui vous loge, qui dit que vous vivez chez elle. Elle y joint sa pièce d'identité et une preuve d'adresse.",
    easy: "Vous vivez chez quelqu'un. Cette personne écrit une lettre. Elle dit que vous habitez chez elle. Elle donne aussi une copie de sa carte d'identité.",
  },
};
