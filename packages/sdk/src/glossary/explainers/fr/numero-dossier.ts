/** The field explainer "Numéro de dossier", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'numero-dossier',
  domain: 'general',
  fr: {
    label: 'Numéro de dossier',
    summary: "Le numéro donné à votre demande quand vous l'avez envoyée, à garder pour la suivre.",
    what: "Le numéro que la démarche a donné à votre demande quand vous l'avez envoyée.",
    why: "Il permet de retrouver votre demande, de la suivre et d'en parler avec un conseiller.",
    where: 'Sur le message qui confirme votre demande, et dans votre espace sur le site.',
    easy: 'Quand vous envoyez votre demande, elle reçoit un numéro. Il est dans le message de confirmation. Il est aussi dans votre page sur le site.',
  },
  related: ['numero-dossier', 'accuse-reception', 'espace-personnel'],
};
