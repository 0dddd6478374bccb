/** The field explainer "Numéro NEPH", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'neph',
  domain: 'licence',
  fr: {
    label: 'Numéro NEPH',
    summary: "Le numéro à 12\u00a0chiffres de votre dossier de permis, donné lors de l'inscription au permis.",
    what: 'Le numéro de votre dossier de permis de conduire. Il a 12\u00a0chiffres.',
    why: 'Il relie cette demande à votre dossier de permis, avec vos examens et vos permis.',
    where: 'Dans le courriel ou le document reçu lors de votre inscription au permis. Votre auto-école peut aussi vous le donner.',
    example: '123456789012',
    easy: "C'est le numéro de votre dossier de permis. Il a 12\u00a0chiffres. Vous l'avez reçu à votre inscription au permis. Votre auto-école le connaît.",
  },
  related: ['neph', 'inscription-permis', 'auto-ecole', 'permis-de-conduire'],
};
