/**
 * The default glossary's French side, whole: the index (`glossary-fr-index.ts`:
 * ids, domains, French forms) joined with each entry's French texts
 * (`terms/fr/<id>.ts`: definition, easy-to-read version, example, link,
 * checked facts). A French page loads the index and the texts of its own
 * terms apart (`glossary-texts.ts`); this list is for tools, tests, merges of
 * a page config's changes and English pages. The English texts are in
 * `glossary-en.ts`; `default-glossary.ts` joins both languages.
 *
 * Checked by packages/sdk/test/glossary-content.test.ts and glossary-split.test.ts.
 */
import { glossaryIndex } from './glossary-fr-index.js';
import { withTexts } from './join.js';
import type { GlossaryBase, GlossaryEntryTexts } from './model.js';
import { texts as certificatImmatriculation } from './terms/fr/certificat-immatriculation.js';
import { texts as numeroFormule } from './terms/fr/numero-formule.js';
import { texts as numeroImmatriculation } from './terms/fr/numero-immatriculation.js';
import { texts as plaqueImmatriculation } from './terms/fr/plaque-immatriculation.js';
import { texts as datePremiereImmatriculation } from './terms/fr/date-premiere-immatriculation.js';
import { texts as numeroIdentificationVehicule } from './terms/fr/numero-identification-vehicule.js';
import { texts as codeCession } from './terms/fr/code-cession.js';
import { texts as certificatCession } from './terms/fr/certificat-cession.js';
import { texts as carteGriseBarree } from './terms/fr/carte-grise-barree.js';
import { texts as couponDetachable } from './terms/fr/coupon-detachable.js';
import { texts as declarationCession } from './terms/fr/declaration-cession.js';
import { texts as certificatSituationAdministrative } from './terms/fr/certificat-situation-administrative.js';
import { texts as gage } from './terms/fr/gage.js';
import { texts as controleTechnique } from './terms/fr/controle-technique.js';
import { texts as contreVisite } from './terms/fr/contre-visite.js';
import { texts as titulaire } from './terms/fr/titulaire.js';
import { texts as cotitulaire } from './terms/fr/cotitulaire.js';
import { texts as changementTitulaire } from './terms/fr/changement-titulaire.js';
import { texts as changementAdresse } from './terms/fr/changement-adresse.js';
import { texts as professionnelAutomobileHabilite } from './terms/fr/professionnel-automobile-habilite.js';
import { texts as taxeRegionale } from './terms/fr/taxe-regionale.js';
import { texts as chevalFiscal } from './terms/fr/cheval-fiscal.js';
import { texts as certificatProvisoire } from './terms/fr/certificat-provisoire.js';
import { texts as histovec } from './terms/fr/histovec.js';
import { texts as acquereur } from './terms/fr/acquereur.js';
import { texts as cedant } from './terms/fr/cedant.js';
import { texts as siv } from './terms/fr/siv.js';
import { texts as codeConfidentiel } from './terms/fr/code-confidentiel.js';
import { texts as permisDeConduire } from './terms/fr/permis-de-conduire.js';
import { texts as neph } from './terms/fr/neph.js';
import { texts as inscriptionPermis } from './terms/fr/inscription-permis.js';
import { texts as codeDeLaRoute } from './terms/fr/code-de-la-route.js';
import { texts as autoEcole } from './terms/fr/auto-ecole.js';
import { texts as examenPratique } from './terms/fr/examen-pratique.js';
import { texts as categorieB } from './terms/fr/categorie-b.js';
import { texts as releveInformationRestreint } from './terms/fr/releve-information-restreint.js';
import { texts as visiteMedicale } from './terms/fr/visite-medicale.js';
import { texts as medecinAgree } from './terms/fr/medecin-agree.js';
import { texts as avisMedical } from './terms/fr/avis-medical.js';
import { texts as assr } from './terms/fr/assr.js';
import { texts as bsr } from './terms/fr/bsr.js';
import { texts as residenceNormale } from './terms/fr/residence-normale.js';
import { texts as jdc } from './terms/fr/jdc.js';
import { texts as attestationRecensement } from './terms/fr/attestation-recensement.js';
import { texts as recepisse } from './terms/fr/recepisse.js';
import { texts as pointsPermis } from './terms/fr/points-permis.js';
import { texts as permisProbatoire } from './terms/fr/permis-probatoire.js';
import { texts as conduiteAccompagnee } from './terms/fr/conduite-accompagnee.js';
import { texts as echangePermis } from './terms/fr/echange-permis.js';
import { texts as carteNationaleIdentite } from './terms/fr/carte-nationale-identite.js';
import { texts as passeport } from './terms/fr/passeport.js';
import { texts as preDemande } from './terms/fr/pre-demande.js';
import { texts as numeroPreDemande } from './terms/fr/numero-pre-demande.js';
import { texts as rendezVousMairie } from './terms/fr/rendez-vous-mairie.js';
import { texts as recueilEmpreintes } from './terms/fr/recueil-empreintes.js';
import { texts as empreintes } from './terms/fr/empreintes.js';
import { texts as autoriteParentale } from './terms/fr/autorite-parentale.js';
import { texts as dispositifRecueil } from './terms/fr/dispositif-recueil.js';
import { texts as remiseTitre } from './terms/fr/remise-titre.js';
import { texts as etatCivil } from './terms/fr/etat-civil.js';
import { texts as acteNaissance } from './terms/fr/acte-naissance.js';
import { texts as filiation } from './terms/fr/filiation.js';
import { texts as nomUsage } from './terms/fr/nom-usage.js';
import { texts as nomNaissance } from './terms/fr/nom-naissance.js';
import { texts as dateValidite } from './terms/fr/date-validite.js';
import { texts as representantLegal } from './terms/fr/representant-legal.js';
import { texts as titreSecurise } from './terms/fr/titre-securise.js';
import { texts as photoIdentite } from './terms/fr/photo-identite.js';
import { texts as ePhoto } from './terms/fr/e-photo.js';
import { texts as photoSignatureNumerique } from './terms/fr/photo-signature-numerique.js';
import { texts as cabinePhotoAgreee } from './terms/fr/cabine-photo-agreee.js';
import { texts as signatureNumerisee } from './terms/fr/signature-numerisee.js';
import { texts as timbreFiscal } from './terms/fr/timbre-fiscal.js';
import { texts as justificatifDomicile } from './terms/fr/justificatif-domicile.js';
import { texts as justifAdresse } from './terms/fr/justif-adresse.js';
import { texts as attestationHebergement } from './terms/fr/attestation-hebergement.js';
import { texts as justificatifIdentite } from './terms/fr/justificatif-identite.js';
import { texts as pieceJustificative } from './terms/fr/piece-justificative.js';
import { texts as attestationHonneur } from './terms/fr/attestation-honneur.js';
import { texts as declarationPerte } from './terms/fr/declaration-perte.js';
import { texts as duplicata } from './terms/fr/duplicata.js';
import { texts as cerfa } from './terms/fr/cerfa.js';
import { texts as ants } from './terms/fr/ants.js';
import { texts as franceconnect } from './terms/fr/franceconnect.js';
import { texts as prefecture } from './terms/fr/prefecture.js';
import { texts as mairie } from './terms/fr/mairie.js';
import { texts as pliSecurise } from './terms/fr/pli-securise.js';
import { texts as franceServices } from './terms/fr/france-services.js';
import { texts as conseillerNumerique } from './terms/fr/conseiller-numerique.js';
import { texts as pointNumerique } from './terms/fr/point-numerique.js';
import { texts as teleprocedure } from './terms/fr/teleprocedure.js';
import { texts as espacePersonnel } from './terms/fr/espace-personnel.js';
import { texts as identifiant } from './terms/fr/identifiant.js';
import { texts as motDePasse } from './terms/fr/mot-de-passe.js';
import { texts as adresseElectronique } from './terms/fr/adresse-electronique.js';
import { texts as numeroDossier } from './terms/fr/numero-dossier.js';
import { texts as accuseReception } from './terms/fr/accuse-reception.js';
import { texts as demandeur } from './terms/fr/demandeur.js';
import { texts as recapitulatif } from './terms/fr/recapitulatif.js';
import { texts as champObligatoire } from './terms/fr/champ-obligatoire.js';
import { texts as valider } from './terms/fr/valider.js';
import { texts as enregistrer } from './terms/fr/enregistrer.js';
import { texts as televerser } from './terms/fr/televerser.js';
import { texts as formatFichier } from './terms/fr/format-fichier.js';
import { texts as tailleFichier } from './terms/fr/taille-fichier.js';
import { texts as pdf } from './terms/fr/pdf.js';

/** Each entry's French texts, by id. */
export const frenchTexts: Readonly<Record<string, GlossaryEntryTexts>> = {
  'certificat-immatriculation': certificatImmatriculation,
  'numero-formule': numeroFormule,
  'numero-immatriculation': numeroImmatriculation,
  'plaque-immatriculation': plaqueImmatriculation,
  'date-premiere-immatriculation': datePremiereImmatriculation,
  'numero-identification-vehicule': numeroIdentificationVehicule,
  'code-cession': codeCession,
  'certificat-cession': certificatCession,
  'carte-grise-barree': carteGriseBarree,
  'coupon-detachable': couponDetachable,
  'declaration-cession': declarationCession,
  'certificat-situation-administrative': certificatSituationAdministrative,
  gage: gage,
  'controle-technique': controleTechnique,
  'contre-visite': contreVisite,
  titulaire: titulaire,
  cotitulaire: cotitulaire,
  'changement-titulaire': changementTitulaire,
  'changement-adresse': changementAdresse,
  'professionnel-automobile-habilite': professionnelAutomobileHabilite,
  'taxe-regionale': taxeRegionale,
  'cheval-fiscal': chevalFiscal,
  'certificat-provisoire': certificatProvisoire,
  histovec: histovec,
  acquereur: acquereur,
  cedant: cedant,
  siv: siv,
  'code-confidentiel': codeConfidentiel,
  'permis-de-conduire': permisDeConduire,
  neph: neph,
  'inscription-permis': inscriptionPermis,
  'code-de-la-route': codeDeLaRoute,
  'auto-ecole': autoEcole,
  'examen-pratique': examenPratique,
  'categorie-b': categorieB,
  'releve-information-restreint': releveInformationRestreint,
  'visite-medicale': visiteMedicale,
  'medecin-agree': medecinAgree,
  'avis-medical': avisMedical,
  assr: assr,
  bsr: bsr,
  'residence-normale': residenceNormale,
  jdc: jdc,
  'attestation-recensement': attestationRecensement,
  recepisse: recepisse,
  'points-permis': pointsPermis,
  'permis-probatoire': permisProbatoire,
  'conduite-accompagnee': conduiteAccompagnee,
  'echange-permis': echangePermis,
  'carte-nationale-identite': carteNationaleIdentite,
  passeport: passeport,
  'pre-demande': preDemande,
  'numero-pre-demande': numeroPreDemande,
  'rendez-vous-mairie': rendezVousMairie,
  'recueil-empreintes': recueilEmpreintes,
  empreintes: empreintes,
  'autorite-parentale': autoriteParentale,
  'dispositif-recueil': dispositifRecueil,
  'remise-titre': remiseTitre,
  'etat-civil': etatCivil,
  'acte-naissance': acteNaissance,
  filiation: filiation,
  'nom-usage': nomUsage,
  'nom-naissance': nomNaissance,
  'date-validite': dateValidite,
  'representant-legal': representantLegal,
  'titre-securise': titreSecurise,
  'photo-identite': photoIdentite,
  'e-photo': ePhoto,
  'photo-signature-numerique': photoSignatureNumerique,
  'cabine-photo-agreee': cabinePhotoAgreee,
  'signature-numerisee': signatureNumerisee,
  'timbre-fiscal': timbreFiscal,
  'justificatif-domicile': justificatifDomicile,
  'justif-adresse': justifAdresse,
  'attestation-hebergement': attestationHebergement,
  'justificatif-identite': justificatifIdentite,
  'piece-justificative': pieceJustificative,
  'attestation-honneur': attestationHonneur,
  'declaration-perte': declarationPerte,
  duplicata: duplicata,
  cerfa: cerfa,
  ants: ants,
  franceconnect: franceconnect,
  prefecture: prefecture,
  mairie: mairie,
  'pli-securise': pliSecurise,
  'france-services': franceServices,
  'conseiller-numerique': conseillerNumerique,
  'point-numerique': pointNumerique,
  teleprocedure: teleprocedure,
  'espace-personnel': espacePersonnel,
  identifiant: identifiant,
  'mot-de-passe': motDePasse,
  'adresse-electronique': adresseElectronique,
  'numero-dossier': numeroDossier,
  'accuse-reception': accuseReception,
  demandeur: demandeur,
  recapitulatif: recapitulatif,
  'champ-obligatoire': champObligatoire,
  valider: valider,
  enregistrer: enregistrer,
  televerser: televerser,
  'format-fichier': formatFichier,
  'taille-fichier': tailleFichier,
  pdf: pdf,
};

/** The built-in glossary entries, without their English texts. */
export const glossaryFrench: GlossaryBase[] = withTexts(glossaryIndex, frenchTexts);
