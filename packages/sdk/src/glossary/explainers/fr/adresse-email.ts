/** The field explainer "Adresse électronique", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'adresse-email',
  domain: 'general',
  fr: {
    label: 'Adresse électronique',
    summary: 'Une adresse e-mail que vous consultez, pour recevoir les messages sur votre demande.',
    what: 'Votre adresse mail, avec le signe @.',
    why: 'On vous y envoie la confirmation de votre demande et les messages pour la suite.',
    where: "Choisissez une adresse que vous lisez souvent. Vérifiez chaque lettre\u00a0: une faute, et les messages n'arrivent pas.",
    example: 'prenom.nom@exemple.fr',
    easy: 'Écrivez votre adresse pour recevoir des messages. Elle a le signe @. Vérifiez bien chaque lettre.',
  },
  related: ['adresse-electronique', 'accuse-reception'],
};
