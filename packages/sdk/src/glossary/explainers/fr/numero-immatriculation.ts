/** The field explainer "Numéro d'immatriculation", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';
import { ZONES, certificateSketch } from '../../explainer-sketch.js';

export const explainer: ExplainerBase = {
  id: 'numero-immatriculation',
  domain: 'vehicle',
  fr: {
    label: "Numéro d'immatriculation",
    summary: 'Le numéro des plaques du véhicule, écrit aussi dans la case A de la carte grise.',
    what: "Le numéro du véhicule, celui de ses plaques, à l'avant et à l'arrière.",
    why: 'Il permet de retrouver le bon véhicule dans le fichier national des cartes grises.',
    where:
      "Sur les plaques du véhicule, et sur le certificat d'immatriculation (la carte grise), dans la case A. Depuis 2009, il a la forme de l'exemple. Si sa carte grise n'a pas changé depuis, un véhicule a parfois un ancien numéro. Il finit par le numéro du département.",
    example: 'AB-123-CD',
    easy: "C'est le numéro sur la plaque de la voiture. Il est aussi sur la carte grise, à la lettre A. Il a des lettres et des chiffres.",
    picture: {
      src: certificateSketch(ZONES.boxA, "Numéro d'immatriculation"),
      alt: 'Sur la carte grise, dans la case de la lettre A.',
    },
  },
  related: ['numero-immatriculation', 'plaque-immatriculation', 'certificat-immatriculation'],
};
