/** The field explainer "Signature", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'signature',
  domain: 'general',
  fr: {
    label: 'Signature',
    summary: 'Votre signature, faite avec la photo ou au rendez-vous, puis imprimée sur votre titre.',
    what: 'Votre signature de tous les jours, en image.',
    why: 'Elle est imprimée sur votre titre, par exemple votre permis de conduire.',
    where:
      "Pour le permis, vous signez dans la cabine ou chez le photographe agréé. La signature va avec le code de la photo. Pour une carte d'identité ou un passeport, vous signez au rendez-vous en mairie.",
    easy: "Vous signez comme d'habitude. Votre signature devient une image. Elle est imprimée sur votre permis ou votre carte.",
  },
  related: ['signature-numerisee', 'e-photo', 'rendez-vous-mairie', 'titre-securise'],
};
