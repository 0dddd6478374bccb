/** The field explainer "Nom de naissance", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'nom-naissance',
  domain: 'identity',
  fr: {
    label: 'Nom de naissance',
    summary: 'Le nom écrit sur votre acte de naissance, même si vous en utilisez un autre.',
    what: 'Le nom de famille que vous avez reçu à la naissance.',
    why: 'Il vous identifie toute votre vie. Le mariage ne le change pas.',
    where: "Sur votre acte de naissance ou votre pièce d'identité.",
    example: 'Dupont',
    easy: 'Écrivez le nom que vous avez à la naissance. Le mariage ne change pas ce nom.',
  },
  related: ['nom-naissance', 'acte-naissance', 'etat-civil'],
};
