/** The field explainer "Date de naissance", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'date-naissance',
  domain: 'identity',
  fr: {
    label: 'Date de naissance',
    summary: 'Votre date de naissance\u00a0: jour, mois, puis année.',
    what: "Le jour, le mois et l'année de votre naissance.",
    why: 'Avec vos noms et votre lieu de naissance, elle permet de vous identifier sans erreur.',
    where: "Sur votre pièce d'identité ou votre acte de naissance.",
    example: '14/07/1985',
    easy: "Écrivez votre date de naissance. D'abord le jour, puis le mois, puis l'année.",
  },
  related: ['etat-civil', 'justificatif-identite', 'acte-naissance'],
};
