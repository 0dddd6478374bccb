/** The field explainer "Numéro de formule", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';
import { ZONES, certificateSketch } from '../../explainer-sketch.js';

export const explainer: ExplainerBase = {
  id: 'numero-formule',
  domain: 'vehicle',
  fr: {
    label: 'Numéro de formule',
    summary: 'Le numéro de 11\u00a0caractères en haut de la carte grise, pas celui des plaques.',
    what: "Le numéro propre à votre certificat d'immatriculation. Il change à chaque nouvelle carte grise, même pour le même véhicule.",
    why: 'Il montre que vous avez en main la dernière carte grise du véhicule, et pas une ancienne ou une fausse.',
    where:
      "En haut de la carte grise, et au dos de son coupon détachable. Il a 11\u00a0caractères\u00a0: 4\u00a0chiffres (l'année), 2\u00a0lettres, puis 5\u00a0chiffres. Les cartes grises faites avant 2009 n'en ont pas\u00a0: suivez alors ce que la démarche demande à la place.",
    example: '2013AB12345',
    easy: "C'est le numéro de la carte grise. Ce n'est pas le numéro de la plaque. Il est écrit en haut de la carte grise. Il commence par une année.",
    picture: {
      src: certificateSketch(ZONES.top, 'Numéro de formule'),
      alt: 'En haut de la carte grise.',
    },
  },
  related: ['numero-formule', 'certificat-immatriculation', 'numero-immatriculation', 'coupon-detachable'],
  checked: {
    on: '2026-12-02',
    where:
      'Relais issue 14 (the corrections it lists, from the ants.gouv.fr and service-public.fr pages on each procedure). Not checked on line from here: check ants.gouv.fr before relying on them.',
    facts: ['au dos de son coupon détachable'],
  },
};
