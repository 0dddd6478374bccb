/** The field explainer "Numéro de téléphone", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'numero-telephone',
  domain: 'general',
  fr: {
    label: 'Numéro de téléphone',
    summary: "Un numéro où l'on peut vous joindre au sujet de votre demande.",
    what: "Un numéro de téléphone, de préférence un portable, où l'on peut vous joindre.",
    why: 'Il sert à vous prévenir ou à vous contacter au sujet de votre demande.',
    where: 'Écrivez les 10\u00a0chiffres, avec ou sans espaces. Hors de France, ajoutez le code du pays.',
    example: '06\u00a012\u00a034\u00a056\u00a078',
    easy: 'Mettez ici votre numéro. Une personne peut vous appeler. Ou vous envoyer un mot.',
  },
};
