/** The glossary entry "justificatif de domicile": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';
import { CHECKED_ON, ISSUE_14, SERVICE_PUBLIC } from '../sources.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition:
      "Un papier récent avec votre adresse, comme une facture. Il a moins de 1\u00a0an pour une carte d'identité ou un passeport, 6\u00a0mois pour une carte grise.",
    easy: "C'est un papier qui montre où vous habitez. Par exemple, une facture d'électricité à votre nom. Ce papier doit être récent.",
    example: "Exemple\u00a0: une facture d'eau, de gaz ou de téléphone",
  },
  link: SERVICE_PUBLIC,
  checked: {
    on: CHECKED_ON,
    where: ISSUE_14,
    facts: ["moins de 1\u00a0an pour une carte d'identité ou un passeport", 'moins de 6\u00a0mois pour une carte grise'],
  },
};
