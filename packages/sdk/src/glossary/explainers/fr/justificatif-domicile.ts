/** The field explainer "Justificatif de domicile", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'justificatif-domicile',
  domain: 'general',
  fr: {
    label: 'Justificatif de domicile',
    summary: 'Un document récent à votre nom qui montre votre adresse, comme une facture.',
    what: "Un document récent, à votre nom, où l'on voit votre adresse.",
    why: "Il prouve où vous habitez. Pour une carte grise, cette adresse est écrite sur la carte et sert à vous l'envoyer.",
    where:
      "Une facture d'eau, de gaz ou de téléphone, un avis d'impôt, une attestation d'assurance du logement. Il a moins de 6\u00a0mois pour une carte grise. Pour une carte d'identité ou un passeport, il a moins de 1\u00a0an. Pour ces deux titres, le service Justif'Adresse peut le remplacer. Vous vivez chez quelqu'un\u00a0? Joignez son attestation d'hébergement.",
    example: "Une facture d'électricité d'il y a 2\u00a0mois",
    easy: "C'est un papier qui montre où vous habitez. Par exemple, une facture d'électricité. Votre nom est dessus. Il doit être récent.",
  },
  related: ['justificatif-domicile', 'justif-adresse', 'attestation-hebergement', 'piece-justificative'],
  checked: {
    on: '2026-12-02',
    where:
      'Relais issue 14 (the corrections it lists, from the ants.gouv.fr and service-public.fr pages on each procedure). Not checked on line from here: check ants.gouv.fr before relying on them.',
    facts: [
      'moins de 6\u00a0mois pour une carte grise',
      "moins de 1\u00a0an pour une carte d'identité ou un passeport",
      "le service Justif'Adresse peut le remplacer",
    ],
  },
};
