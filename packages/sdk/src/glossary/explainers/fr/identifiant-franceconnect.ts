/** The field explainer "Se connecter avec FranceConnect", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'identifiant-franceconnect',
  domain: 'general',
  fr: {
    label: 'Se connecter avec FranceConnect',
    summary: 'Choisissez un compte que vous avez déjà, comme celui des impôts, et entrez son identifiant et son mot de passe.',
    what: 'Rien de nouveau à créer\u00a0: vous choisissez un compte public que vous avez déjà. Puis vous entrez son identifiant et son mot de passe.',
    why: 'Vous évitez de créer un compte de plus. Le site reçoit vos noms, prénoms, date et lieu de naissance, sans que vous les tapiez.',
    where: "Ce sont ceux du compte choisi. Par exemple, pour les impôts, votre numéro fiscal. Pour l'Assurance Maladie, votre numéro de sécurité sociale.",
    easy: "Vous avez déjà un compte sur un site de l'État. Par exemple, le site des impôts. Vous choisissez ce compte. Vous écrivez le même mot de passe que d'habitude.",
  },
  related: ['franceconnect', 'identifiant', 'mot-de-passe'],
};
