/** The field explainer "Nom de l'ancien titulaire", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'ancien-titulaire',
  domain: 'vehicle',
  fr: {
    label: "Nom de l'ancien titulaire",
    summary: "Le nom de la personne ou de l'entreprise inscrite sur la carte grise avant la vente.",
    what: "Le nom de la personne, ou de l'entreprise, à qui la carte grise appartenait avant vous.",
    why: 'Il permet de vérifier que le vendeur est bien la personne inscrite sur la carte grise.',
    where: 'Sur la carte grise que le vendeur vous a remise, dans la case C.1. Il est aussi sur le certificat de cession.',
    example: 'Durand',
    easy: "Écrivez le nom qui est sur la carte grise. C'est le nom de la personne qui vous a vendu la voiture.",
  },
  related: ['titulaire', 'cedant', 'certificat-immatriculation', 'certificat-cession'],
};
