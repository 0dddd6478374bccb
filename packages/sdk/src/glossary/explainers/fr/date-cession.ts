/** The field explainer "Date de la vente", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'date-cession',
  domain: 'vehicle',
  fr: {
    label: 'Date de la vente',
    summary: 'Le jour où le véhicule vous a été vendu ou donné, écrit sur le certificat de cession.',
    what: 'Le jour où le véhicule a été vendu ou donné.',
    why: "À partir de ce jour, le véhicule est sous la responsabilité de l'acheteur. Cette date fixe aussi le délai pour faire la carte grise.",
    where: 'Sur le certificat de cession, que le vendeur et vous avez signé.',
    example: '02/09/2024',
    easy: "C'est le jour où vous avez eu la voiture. Cette date est sur la feuille de vente. Vous et le vendeur l'avez signée.",
  },
  related: ['certificat-cession', 'changement-titulaire', 'acquereur'],
};
