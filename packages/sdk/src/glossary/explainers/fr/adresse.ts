/** The field explainer "Adresse", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'adresse',
  domain: 'general',
  fr: {
    label: 'Adresse',
    summary: 'Le numéro et le nom de la rue où vous habitez.',
    what: "Le numéro et le nom de la rue où vous habitez, avec le bâtiment ou l'étage si besoin.",
    why: 'Vos courriers et votre titre peuvent être envoyés à cette adresse. Pour une carte grise, elle est aussi écrite dessus.',
    where: "Écrivez la même adresse que sur votre preuve d'adresse.",
    example: '12 rue des Lilas',
    easy: "Écrivez le numéro et le nom de votre rue. C'est là où vous habitez.",
  },
  related: ['justificatif-domicile', 'certificat-immatriculation'],
};
