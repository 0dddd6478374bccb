/** The field explainer "Date de première immatriculation", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';
import { ZONES, certificateSketch } from '../../explainer-sketch.js';

export const explainer: ExplainerBase = {
  id: 'date-premiere-immatriculation',
  domain: 'vehicle',
  fr: {
    label: 'Date de première immatriculation',
    summary: 'Le jour où le véhicule a eu sa première carte grise, écrit dans la case B.',
    what: 'Le jour où le véhicule a été immatriculé pour la toute première fois.',
    why: "Elle aide à vérifier qu'il s'agit du bon véhicule. Elle donne aussi son âge.",
    where: 'Sur la carte grise, dans la case B. Écrivez-la sous la forme jour, mois, année.',
    example: '15/03/2016',
    easy: "C'est le jour de la toute première carte grise de la voiture. La date est sur la carte grise, à la lettre B.",
    picture: {
      src: certificateSketch(ZONES.boxB, 'Date de première immatriculation'),
      alt: 'Sur la carte grise, dans la case de la lettre B.',
    },
  },
  related: ['date-premiere-immatriculation', 'certificat-immatriculation'],
};
