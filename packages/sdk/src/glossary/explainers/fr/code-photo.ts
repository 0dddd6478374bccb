/** The field explainer "Code de la photo (e-photo)", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'code-photo',
  domain: 'general',
  fr: {
    label: 'Code de la photo (e-photo)',
    summary: 'Le code donné avec votre photo par une cabine ou un photographe agréés, pour joindre photo et signature.',
    what: "Le code de votre photo d'identité faite sur place. La cabine ou le photographe vous le donne.",
    why: "Avec ce code, la démarche récupère votre photo et votre signature. Vous n'avez rien à envoyer par la poste.",
    where:
      'Sur la planche de photos ou le ticket donné par la cabine ou le photographe. Vérifiez que la cabine affiche bien le service e-photo avant de payer.',
    easy: 'Vous faites votre photo dans une cabine spéciale ou chez un photographe. Vous recevez une feuille avec un code. Vous écrivez ce code ici.',
  },
  related: ['e-photo', 'photo-identite', 'signature-numerisee'],
};
