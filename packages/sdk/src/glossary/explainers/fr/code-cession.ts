/** The field explainer "Code de cession", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'code-cession',
  domain: 'vehicle',
  fr: {
    label: 'Code de cession',
    summary: "Le code que le vendeur a reçu en déclarant la vente en ligne, et qu'il doit vous donner.",
    what: "Un code secret créé quand le vendeur déclare en ligne qu'il vous vend ou vous donne le véhicule.",
    why: 'Il relie votre demande de carte grise à la déclaration de vente faite par le vendeur.',
    where: "Demandez-le au vendeur\u00a0: il l'a reçu à la fin de sa déclaration de cession en ligne. Il ne figure pas sur la carte grise.",
    easy: "Le vendeur déclare la vente sur internet. Il reçoit un code. Il doit vous donner ce code. Si vous ne l'avez pas, demandez-le au vendeur.",
  },
  related: ['code-cession', 'declaration-cession', 'certificat-immatriculation'],
};
