/** The field explainer "Lieu de naissance", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'lieu-naissance',
  domain: 'identity',
  fr: {
    label: 'Lieu de naissance',
    summary: "La commune où vous êtes né ou née, et le pays si c'est hors de France.",
    what: "La commune où vous êtes né ou née. Si c'est hors de France, la ville et le pays.",
    why: 'Avec vos noms et votre date de naissance, il permet de vous identifier. Il sert aussi à vérifier votre acte de naissance.',
    where: "Sur votre pièce d'identité ou votre acte de naissance.",
    example: 'Nantes (Loire-Atlantique)',
    easy: "Écrivez votre ville de naissance. Si c'est dans un autre pays, écrivez aussi le pays.",
  },
  related: ['etat-civil', 'acte-naissance', 'justificatif-identite'],
};
