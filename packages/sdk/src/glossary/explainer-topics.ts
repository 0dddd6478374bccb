/**
 * The default field explainers' French side, one loader per topic: what a
 * page loads for each `<relais-explainer>` it shows (the other topics are
 * never fetched). The same entries as `explainersFrench`, in its order
 * (packages/sdk/test/explainer-topics.test.ts checks both lists).
 */
import type { ExplainerBase } from './model.js';

type TopicModule = Promise<{ explainer: ExplainerBase }>;

export const explainerTopics: Readonly<Record<string, () => TopicModule>> = {
  'numero-immatriculation': () => import('./explainers/fr/numero-immatriculation.js'),
  'numero-formule': () => import('./explainers/fr/numero-formule.js'),
  'date-premiere-immatriculation': () => import('./explainers/fr/date-premiere-immatriculation.js'),
  'code-cession': () => import('./explainers/fr/code-cession.js'),
  'date-cession': () => import('./explainers/fr/date-cession.js'),
  'ancien-titulaire': () => import('./explainers/fr/ancien-titulaire.js'),
  neph: () => import('./explainers/fr/neph.js'),
  'code-photo': () => import('./explainers/fr/code-photo.js'),
  signature: () => import('./explainers/fr/signature.js'),
  'timbre-fiscal': () => import('./explainers/fr/timbre-fiscal.js'),
  'justificatif-domicile': () => import('./explainers/fr/justificatif-domicile.js'),
  adresse: () => import('./explainers/fr/adresse.js'),
  'numero-pre-demande': () => import('./explainers/fr/numero-pre-demande.js'),
  'date-naissance': () => import('./explainers/fr/date-naissance.js'),
  'lieu-naissance': () => import('./explainers/fr/lieu-naissance.js'),
  'nom-naissance': () => import('./explainers/fr/nom-naissance.js'),
  'nom-usage': () => import('./explainers/fr/nom-usage.js'),
  'adresse-email': () => import('./explainers/fr/adresse-email.js'),
  'numero-telephone': () => import('./explainers/fr/numero-telephone.js'),
  'identifiant-franceconnect': () => import('./explainers/fr/identifiant-franceconnect.js'),
  'numero-dossier': () => import('./explainers/fr/numero-dossier.js'),
};
