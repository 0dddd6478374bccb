/** The field explainer "Numéro du timbre fiscal", French side (its English is in `../../explainers-en.ts`). One file per topic: a page loads only the topics it shows. */
import type { ExplainerBase } from '../../model.js';

export const explainer: ExplainerBase = {
  id: 'timbre-fiscal',
  domain: 'general',
  fr: {
    label: 'Numéro du timbre fiscal',
    summary: 'Le numéro du timbre fiscal que vous avez payé, écrit sur son reçu.',
    what: 'Le numéro du timbre que vous avez acheté pour payer cette démarche.',
    why: 'Certaines démarches sont payantes, par exemple le passeport, ou un nouveau permis après une perte ou un vol.',
    where: "Sur le reçu du timbre. Il est dans le courriel reçu après l'achat en ligne, ou sur le ticket du tabac.",
    example: '1234\u00a05678\u00a09012\u00a03456',
    easy: 'Vous payez avec un timbre. Il a un numéro. Vous le mettez ici.',
  },
  related: ['timbre-fiscal', 'passeport', 'duplicata'],
};
