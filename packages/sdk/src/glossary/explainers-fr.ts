/**
 * The default field explainers' French side (the English texts are in
 * `explainers-en.ts`, by topic id; `default-explainers.ts` joins both). The
 * field explainers: what a field of the ANTS procedures asks,
 * why, where to find the value, an example of a valid value and the
 * easy-to-read (FALC) version, in French and English, in the project's own
 * words. `summary` is the one sentence added to the field's accessible
 * description; `related` lists the glossary entries the texts use.
 *
 * The pictures are our own schematic drawings (not copies of the real
 * documents): a card with one zone highlighted. Their `alt` says where to look.
 *
 * Each topic is in its own file under `explainers/fr/` (a page loads only
 * the topics it shows, through `explainer-topics.ts`); this list gathers them
 * all, in this order, for merges, tools and tests.
 *
 * Checked by packages/sdk/test/glossary-content.test.ts.
 */
import type { ExplainerBase } from './model.js';
import { explainer as numeroImmatriculation } from './explainers/fr/numero-immatriculation.js';
import { explainer as numeroFormule } from './explainers/fr/numero-formule.js';
import { explainer as datePremiereImmatriculation } from './explainers/fr/date-premiere-immatriculation.js';
import { explainer as codeCession } from './explainers/fr/code-cession.js';
import { explainer as dateCession } from './explainers/fr/date-cession.js';
import { explainer as ancienTitulaire } from './explainers/fr/ancien-titulaire.js';
import { explainer as neph } from './explainers/fr/neph.js';
import { explainer as codePhoto } from './explainers/fr/code-photo.js';
import { explainer as signature } from './explainers/fr/signature.js';
import { explainer as timbreFiscal } from './explainers/fr/timbre-fiscal.js';
import { explainer as justificatifDomicile } from './explainers/fr/justificatif-domicile.js';
import { explainer as adresse } from './explainers/fr/adresse.js';
import { explainer as numeroPreDemande } from './explainers/fr/numero-pre-demande.js';
import { explainer as dateNaissance } from './explainers/fr/date-naissance.js';
import { explainer as lieuNaissance } from './explainers/fr/lieu-naissance.js';
import { explainer as nomNaissance } from './explainers/fr/nom-naissance.js';
import { explainer as nomUsage } from './explainers/fr/nom-usage.js';
import { explainer as adresseEmail } from './explainers/fr/adresse-email.js';
import { explainer as numeroTelephone } from './explainers/fr/numero-telephone.js';
import { explainer as identifiantFranceconnect } from './explainers/fr/identifiant-franceconnect.js';
import { explainer as numeroDossier } from './explainers/fr/numero-dossier.js';

/** The built-in field explainers, without their English texts. */
export const explainersFrench: ExplainerBase[] = [
  numeroImmatriculation,
  numeroFormule,
  datePremiereImmatriculation,
  codeCession,
  dateCession,
  ancienTitulaire,
  neph,
  codePhoto,
  signature,
  timbreFiscal,
  justificatifDomicile,
  adresse,
  numeroPreDemande,
  dateNaissance,
  lieuNaissance,
  nomNaissance,
  nomUsage,
  adresseEmail,
  numeroTelephone,
  identifiantFranceconnect,
  numeroDossier,
];
