/** The field explainer "Numéro de pré-demande", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'numero-pre-demande',
  domain: 'identity',
  fr: {
    label: 'Numéro de pré-demande',
    summary: "Le numéro reçu à la fin de votre pré-demande en ligne de carte d'identité ou de passeport.",
    what: "Le numéro donné à la fin de votre pré-demande en ligne de carte d'identité ou de passeport.",
    why: "La mairie s'en sert pour retrouver ce que vous avez rempli. Vous n'avez pas à tout recommencer au guichet.",
    where:
      'Sur la page de résumé de votre pré-demande. Vous la trouvez aussi dans votre espace sur le site. Apportez-la au rendez-vous, sur papier ou sur votre téléphone.',
    easy: "À la fin de la demande sur internet, vous recevez un numéro. Vous le donnez à la mairie. Vous pouvez l'avoir sur papier ou sur votre téléphone.",
  },
  related: ['numero-pre-demande', 'pre-demande', 'rendez-vous-mairie', 'espace-personnel', 'recapitulatif'],
};
