/** The field explainer "Nom d'usage", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'nom-usage',
  domain: 'identity',
  fr: {
    label: "Nom d'usage",
    summary: "Un autre nom que vous utilisez, comme celui de votre époux ou épouse\u00a0; laissez vide si vous n'en avez pas.",
    what: 'Un autre nom que vous pouvez utiliser, par exemple celui de votre époux ou épouse, ou de votre autre parent.',
    why: "S'il est rempli, il sera écrit sur votre titre, en plus de votre nom de naissance.",
    where: "Vous le choisissez. Laissez la case vide si vous n'en avez pas.",
    example: 'Martin',
    easy: "C'est un autre nom. Par exemple, celui de votre mari ou de votre femme. Ce n'est pas obligatoire. Vous pouvez laisser la case vide.",
  },
  related: ['nom-usage', 'nom-naissance', 'titre-securise'],
};
