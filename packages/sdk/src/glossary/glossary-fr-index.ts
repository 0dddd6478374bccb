/**
 * The default glossary's French index: for each entry, what finding and
 * naming its word needs (id, domain, the French term and its other forms).
 * A page loads this first: a `<relais-term>`'s first render and `annotate()`
 * need nothing more. Each entry's French texts (definition, easy-to-read
 * version, example, everyday word, link, checked facts) are in a file of
 * their own, `terms/fr/<id>.ts`, loaded by id through `glossary-texts.ts`;
 * the English texts are in `glossary-en.ts`, by id. `glossary-fr.ts` joins
 * the index with the French texts, `default-glossary.ts` adds the English.
 *
 * The glossary: the words of the four titles (carte grise, permis de
 * conduire, carte nationale d'identité, passeport) and of on-line procedures,
 * explained in plain French and English, in the project's own words.
 *
 * Writing rules (checked by packages/sdk/test/glossary-content.test.ts):
 * - `definition`: one or two short sentences, at most about 25 words,
 *   everyday words; `easy`: easy-to-read (FALC) sentences, one idea each,
 *   no abbreviations or acronyms;
 * - `variants`: plural, without accents, acronym ↔ expansion, other names;
 *   a form must not belong to two entries of the same language, and very
 *   short acronyms that are also common words ("CI" as in "ci-dessous",
 *   "CV", "DR", "VIN" in French) are left out on purpose;
 * - French typography: U+00A0 before `:` `;` `!` `?` and between a number
 *   and its unit; `example` starts with "Exemple\u00a0:" / "Example:";
 * - `link`: only the home page of an official site.
 *
 * The order of the entries is the glossary's order. This file is data only.
 */
import type { GlossaryIndexEntry } from './model.js';

/** The built-in glossary entries: their ids, domains and French forms. */
export const glossaryIndex: GlossaryIndexEntry[] = [
  // ─── Vehicle: carte grise ────────────────────────────────────────────────
  {
    id: 'certificat-immatriculation',
    domain: 'vehicle',
    fr: { term: "certificat d'immatriculation", variants: ["certificats d'immatriculation", 'carte grise', 'cartes grises'] },
  },
  {
    id: 'numero-formule',
    domain: 'vehicle',
    fr: { term: 'numéro de formule', variants: ['numero de formule', 'numéros de formule', 'n° de formule'] },
  },
  {
    id: 'numero-immatriculation',
    domain: 'vehicle',
    fr: { term: "numéro d'immatriculation", variants: ["numero d'immatriculation", "numéros d'immatriculation", 'numéro de plaque', 'numero de plaque'] },
  },
  {
    id: 'plaque-immatriculation',
    domain: 'vehicle',
    fr: { term: "plaque d'immatriculation", variants: ["plaques d'immatriculation", 'plaque minéralogique', 'plaques minéralogiques'] },
  },
  {
    id: 'date-premiere-immatriculation',
    domain: 'vehicle',
    fr: { term: 'date de première immatriculation', variants: ['date de premiere immatriculation', 'date de 1re immatriculation', 'première immatriculation'] },
  },
  {
    id: 'numero-identification-vehicule',
    domain: 'vehicle',
    fr: {
      term: "numéro d'identification du véhicule",
      variants: ["numero d'identification du vehicule", 'numéro VIN', 'numero VIN', 'numéro de châssis', 'numero de chassis'],
    },
  },
  {
    id: 'code-cession',
    domain: 'vehicle',
    fr: { term: 'code de cession', variants: ['codes de cession', 'code cession'] },
  },
  {
    id: 'certificat-cession',
    domain: 'vehicle',
    fr: {
      term: 'certificat de cession',
      variants: ['certificats de cession', 'formulaire de cession', 'cerfa 15776', 'cerfa n° 15776', 'formulaire 15776', '15776'],
    },
  },
  {
    id: 'carte-grise-barree',
    domain: 'vehicle',
    fr: {
      term: 'carte grise barrée',
      variants: ['carte grise barree', 'cartes grises barrées', "certificat d'immatriculation barré", 'barrer la carte grise'],
    },
  },
  {
    id: 'coupon-detachable',
    domain: 'vehicle',
    fr: { term: 'coupon détachable', variants: ['coupon detachable', 'coupons détachables'] },
  },
  {
    id: 'declaration-cession',
    domain: 'vehicle',
    fr: { term: 'déclaration de cession', variants: ['declaration de cession', 'déclarations de cession', 'déclaration de vente', 'declaration de vente'] },
  },
  {
    id: 'certificat-situation-administrative',
    domain: 'vehicle',
    fr: {
      term: 'certificat de situation administrative',
      variants: ['certificats de situation administrative', 'certificat de non-gage', 'certificat de non gage', 'non-gage', 'CSA'],
    },
  },
  {
    id: 'gage',
    domain: 'vehicle',
    fr: { term: 'gage', variants: ['gages', 'véhicule gagé', 'vehicule gage', 'gagé'] },
  },
  {
    id: 'controle-technique',
    domain: 'vehicle',
    fr: { term: 'contrôle technique', variants: ['controle technique', 'contrôles techniques', 'visite technique'] },
  },
  {
    id: 'contre-visite',
    domain: 'vehicle',
    fr: { term: 'contre-visite', variants: ['contre visite', 'contre-visites', 'contrevisite'] },
  },
  {
    id: 'titulaire',
    domain: 'vehicle',
    fr: { term: 'titulaire', variants: ['titulaires', 'ancien titulaire', 'nouveau titulaire', 'anciens titulaires', 'nouveaux titulaires'] },
  },
  {
    id: 'cotitulaire',
    domain: 'vehicle',
    fr: { term: 'cotitulaire', variants: ['cotitulaires', 'co-titulaire', 'co-titulaires'] },
  },
  {
    id: 'changement-titulaire',
    domain: 'vehicle',
    fr: { term: 'changement de titulaire', variants: ['changements de titulaire', 'changement de propriétaire', 'changement de proprietaire'] },
  },
  {
    id: 'changement-adresse',
    domain: 'vehicle',
    fr: { term: "changement d'adresse", variants: ["changements d'adresse"] },
  },
  {
    id: 'professionnel-automobile-habilite',
    domain: 'vehicle',
    fr: {
      term: "professionnel de l'automobile habilité",
      variants: [
        "professionnel de l'automobile habilite",
        "professionnels de l'automobile habilités",
        'professionnel habilité',
        'professionnels habilités',
        'garage habilité',
      ],
    },
  },
  {
    id: 'taxe-regionale',
    domain: 'vehicle',
    fr: { term: 'taxe régionale', variants: ['taxe regionale', 'taxes régionales'] },
  },
  {
    id: 'cheval-fiscal',
    domain: 'vehicle',
    fr: { term: 'cheval fiscal', variants: ['chevaux fiscaux', 'puissance fiscale', 'puissance administrative'] },
  },
  {
    id: 'certificat-provisoire',
    domain: 'vehicle',
    fr: { term: "certificat provisoire d'immatriculation", variants: ["certificats provisoires d'immatriculation", 'certificat provisoire', 'CPI'] },
  },
  {
    id: 'histovec',
    domain: 'vehicle',
    fr: { term: 'HistoVec', variants: ['rapport HistoVec'] },
  },
  {
    id: 'acquereur',
    domain: 'vehicle',
    fr: { term: 'acquéreur', variants: ['acquereur', 'acquéreurs', 'acquéreuse'] },
  },
  {
    id: 'cedant',
    domain: 'vehicle',
    fr: { term: 'cédant', variants: ['cedant', 'cédants', 'cédante'] },
  },
  {
    id: 'siv',
    domain: 'vehicle',
    fr: { term: 'SIV', variants: ["système d'immatriculation des véhicules", "systeme d'immatriculation des vehicules", 'fichier SIV'] },
  },
  {
    id: 'code-confidentiel',
    domain: 'vehicle',
    fr: { term: 'code confidentiel', variants: ['codes confidentiels'] },
  },
  // ─── Driving licence ─────────────────────────────────────────────────────
  {
    id: 'permis-de-conduire',
    domain: 'licence',
    fr: { term: 'permis de conduire', variants: ['permis de conduire français', 'titre de conduite'] },
  },
  {
    id: 'neph',
    domain: 'licence',
    fr: {
      term: 'NEPH',
      variants: ['numéro NEPH', 'numero NEPH', "numéro d'enregistrement préfectoral harmonisé", "numero d'enregistrement prefectoral harmonise"],
    },
  },
  {
    id: 'inscription-permis',
    domain: 'licence',
    fr: { term: 'inscription au permis', variants: ['inscription au permis de conduire', 'inscriptions au permis', "inscription à l'examen"] },
  },
  {
    id: 'code-de-la-route',
    domain: 'licence',
    fr: { term: 'code de la route', variants: ['examen du code', 'épreuve théorique', 'epreuve theorique', 'épreuve théorique générale'] },
  },
  {
    id: 'auto-ecole',
    domain: 'licence',
    fr: { term: 'auto-école', variants: ['auto-ecole', 'auto-écoles', 'école de conduite', 'ecole de conduite', 'écoles de conduite'] },
  },
  {
    id: 'examen-pratique',
    domain: 'licence',
    fr: { term: 'examen pratique', variants: ['examens pratiques', 'épreuve pratique', 'epreuve pratique', 'examen de conduite', 'épreuve de conduite'] },
  },
  {
    id: 'categorie-b',
    domain: 'licence',
    fr: { term: 'catégorie B', variants: ['categorie B', 'permis B', 'catégorie B du permis'] },
  },
  {
    id: 'releve-information-restreint',
    domain: 'licence',
    fr: { term: "relevé d'information restreint", variants: ["releve d'information restreint", "relevés d'information restreints", 'RIR'] },
  },
  {
    id: 'visite-medicale',
    domain: 'licence',
    fr: { term: 'visite médicale', variants: ['visite medicale', 'visites médicales', 'contrôle médical', 'controle medical'] },
  },
  {
    id: 'medecin-agree',
    domain: 'licence',
    fr: { term: 'médecin agréé', variants: ['medecin agree', 'médecins agréés', 'médecin agréé par la préfecture'] },
  },
  {
    id: 'avis-medical',
    domain: 'licence',
    fr: { term: 'avis médical', variants: ['avis medical', 'avis médicaux', 'avis du médecin'] },
  },
  {
    id: 'assr',
    domain: 'licence',
    fr: {
      term: 'ASSR',
      variants: [
        'ASSR 2',
        'ASSR2',
        'ASR',
        'attestation scolaire de sécurité routière',
        'attestations scolaires de sécurité routière',
        'attestation de sécurité routière',
      ],
    },
  },
  {
    id: 'bsr',
    domain: 'licence',
    fr: { term: 'BSR', variants: ['brevet de sécurité routière', 'brevet de securite routiere', 'permis AM'] },
  },
  {
    id: 'residence-normale',
    domain: 'licence',
    fr: { term: 'résidence normale', variants: ['residence normale', 'lieu de résidence normale'] },
  },
  {
    id: 'jdc',
    domain: 'licence',
    fr: { term: 'JDC', variants: ['journée défense et citoyenneté', 'journee defense et citoyennete', 'certificat de JDC', "journée d'appel"] },
  },
  {
    id: 'attestation-recensement',
    domain: 'licence',
    fr: { term: 'attestation de recensement', variants: ['attestations de recensement', 'recensement citoyen', 'attestation de recensement citoyen'] },
  },
  {
    id: 'recepisse',
    domain: 'general',
    fr: { term: 'récépissé', variants: ['recepisse', 'récépissés', 'récépissé de déclaration', 'récépissé de dépôt'] },
  },
  {
    id: 'points-permis',
    domain: 'licence',
    fr: { term: 'points du permis', variants: ['permis à points', 'permis a points', 'solde de points', 'nombre de points'] },
  },
  {
    id: 'permis-probatoire',
    domain: 'licence',
    fr: { term: 'permis probatoire', variants: ['permis probatoires', 'période probatoire', 'periode probatoire', 'jeune conducteur', 'jeunes conducteurs'] },
  },
  {
    id: 'conduite-accompagnee',
    domain: 'licence',
    fr: {
      term: 'conduite accompagnée',
      variants: ['conduite accompagnee', 'apprentissage anticipé de la conduite', 'apprentissage anticipe de la conduite', 'AAC'],
    },
  },
  {
    id: 'echange-permis',
    domain: 'licence',
    fr: { term: 'échange de permis', variants: ['echange de permis', 'échange de permis étranger', "échange d'un permis étranger"] },
  },
  // ─── Identity: carte nationale d'identité, passeport ─────────────────────
  {
    id: 'carte-nationale-identite',
    domain: 'identity',
    fr: {
      term: "carte nationale d'identité",
      variants: ["carte nationale d'identite", "cartes nationales d'identité", "carte d'identité", "carte d'identite", "cartes d'identité", 'CNI'],
    },
  },
  {
    id: 'passeport',
    domain: 'identity',
    fr: { term: 'passeport', variants: ['passeports'] },
  },
  {
    id: 'pre-demande',
    domain: 'identity',
    fr: { term: 'pré-demande', variants: ['pre-demande', 'pré-demandes', 'predemande', 'pré-demande en ligne'] },
  },
  {
    id: 'numero-pre-demande',
    domain: 'identity',
    fr: { term: 'numéro de pré-demande', variants: ['numero de pre-demande', 'numéros de pré-demande', 'numéro de predemande'] },
  },
  {
    id: 'rendez-vous-mairie',
    domain: 'identity',
    fr: { term: 'rendez-vous en mairie', variants: ['rendez-vous à la mairie', 'prise de rendez-vous'] },
  },
  {
    id: 'recueil-empreintes',
    domain: 'identity',
    fr: { term: 'recueil des empreintes', variants: ["prise d'empreintes", 'relevé des empreintes'] },
  },
  {
    id: 'empreintes',
    domain: 'identity',
    fr: { term: 'empreintes digitales', variants: ['empreintes', 'empreinte digitale', 'empreinte'] },
  },
  {
    id: 'autorite-parentale',
    domain: 'identity',
    fr: { term: 'autorité parentale', variants: ['autorite parentale', "exercice de l'autorité parentale"] },
  },
  {
    id: 'dispositif-recueil',
    domain: 'identity',
    fr: { term: 'dispositif de recueil', variants: ['dispositifs de recueil', 'station de recueil', 'stations de recueil'] },
  },
  {
    id: 'remise-titre',
    domain: 'identity',
    fr: { term: 'remise du titre', variants: ['retrait du titre', 'remise de la carte', 'retrait de la carte', 'retrait du passeport'] },
  },
  {
    id: 'etat-civil',
    domain: 'identity',
    fr: { term: 'état civil', variants: ['etat civil', 'état-civil', 'etat-civil'] },
  },
  {
    id: 'acte-naissance',
    domain: 'identity',
    fr: {
      term: 'acte de naissance',
      variants: ['actes de naissance', "extrait d'acte de naissance", "copie intégrale d'acte de naissance", "copie integrale d'acte de naissance"],
    },
  },
  {
    id: 'filiation',
    domain: 'identity',
    fr: { term: 'filiation', variants: ['filiations'] },
  },
  {
    id: 'nom-usage',
    domain: 'identity',
    fr: { term: "nom d'usage", variants: ["noms d'usage", 'nom marital', "nom d'épouse", "nom d'epouse", "nom d'époux"] },
  },
  {
    id: 'nom-naissance',
    domain: 'identity',
    fr: { term: 'nom de naissance', variants: ['noms de naissance', 'nom de famille', 'noms de famille', 'nom patronymique'] },
  },
  {
    id: 'date-validite',
    domain: 'identity',
    fr: { term: 'date de validité', variants: ['date de validite', 'dates de validité', "date d'expiration", 'date de fin de validité'] },
  },
  {
    id: 'representant-legal',
    domain: 'identity',
    fr: { term: 'représentant légal', variants: ['representant legal', 'représentants légaux', 'représentante légale'] },
  },
  // ─── Papers asked in several procedures ──────────────────────────────────
  {
    id: 'titre-securise',
    domain: 'general',
    fr: { term: 'titre sécurisé', variants: ['titre securise', 'titres sécurisés', 'titres securises'] },
  },
  {
    id: 'photo-identite',
    domain: 'general',
    fr: { term: "photo d'identité", variants: ["photo d'identite", "photos d'identité", "photographie d'identité"] },
  },
  {
    id: 'e-photo',
    domain: 'general',
    fr: { term: 'e-photo', variants: ['ephoto', 'code e-photo', 'code photo', 'code photo numérique', 'code photo numerique', 'photographe agréé'] },
  },
  {
    id: 'photo-signature-numerique',
    domain: 'general',
    fr: {
      term: 'photo-signature numérique',
      variants: ['photo-signature numerique', 'photos-signatures numériques', 'code photo-signature', 'code photo-signature numérique', 'photo-signature'],
    },
  },
  {
    id: 'cabine-photo-agreee',
    domain: 'general',
    fr: { term: 'cabine photo agréée', variants: ['cabine photo agreee', 'cabines photo agréées', 'cabine agréée', 'cabine agreee', 'cabines agréées'] },
  },
  {
    id: 'signature-numerisee',
    domain: 'general',
    fr: { term: 'signature numérisée', variants: ['signature numerisee', 'signatures numérisées'] },
  },
  {
    id: 'timbre-fiscal',
    domain: 'general',
    fr: {
      term: 'timbre fiscal électronique',
      variants: [
        'timbre fiscal electronique',
        'timbres fiscaux électroniques',
        'timbre fiscal',
        'timbres fiscaux',
        'timbre électronique',
        'timbre electronique',
      ],
    },
  },
  {
    id: 'justificatif-domicile',
    domain: 'general',
    fr: { term: 'justificatif de domicile', variants: ['justificatifs de domicile', "justificatif d'adresse", "justificatifs d'adresse", "preuve d'adresse"] },
  },
  {
    id: 'justif-adresse',
    domain: 'general',
    fr: { term: "Justif'Adresse", variants: ["Justif'adresse", 'Justif Adresse', "service Justif'Adresse"] },
  },
  {
    id: 'attestation-hebergement',
    domain: 'general',
    fr: { term: "attestation d'hébergement", variants: ["attestation d'hebergement", "attestations d'hébergement"] },
  },
  {
    id: 'justificatif-identite',
    domain: 'general',
    fr: {
      term: "justificatif d'identité",
      variants: ["justificatif d'identite", "justificatifs d'identité", "pièce d'identité", "piece d'identite", "pièces d'identité", "titre d'identité"],
    },
  },
  {
    id: 'piece-justificative',
    domain: 'general',
    fr: {
      term: 'pièce justificative',
      variants: ['piece justificative', 'pièces justificatives', 'pieces justificatives', 'justificatif', 'justificatifs', 'document justificatif'],
    },
  },
  {
    id: 'attestation-honneur',
    domain: 'general',
    fr: { term: "attestation sur l'honneur", variants: ["attestations sur l'honneur", "déclaration sur l'honneur", "declaration sur l'honneur"] },
  },
  {
    id: 'declaration-perte',
    domain: 'general',
    fr: { term: 'déclaration de perte', variants: ['declaration de perte', 'déclarations de perte', 'déclaration de vol', 'declaration de vol'] },
  },
  {
    id: 'duplicata',
    domain: 'general',
    fr: { term: 'duplicata', variants: ['duplicatas'] },
  },
  {
    id: 'cerfa',
    domain: 'general',
    fr: { term: 'formulaire Cerfa', variants: ['formulaires Cerfa', 'Cerfa'] },
  },
  // ─── Services and places ─────────────────────────────────────────────────
  {
    id: 'ants',
    domain: 'general',
    fr: { term: 'ANTS', variants: ['Agence nationale des titres sécurisés', 'Agence nationale des titres securises', 'France Titres'] },
  },
  {
    id: 'franceconnect',
    domain: 'general',
    fr: { term: 'FranceConnect', variants: ['France Connect', 'bouton FranceConnect'] },
  },
  {
    id: 'prefecture',
    domain: 'general',
    fr: { term: 'préfecture', variants: ['prefecture', 'préfectures', 'sous-préfecture', 'sous-prefecture', 'sous-préfectures'] },
  },
  {
    id: 'mairie',
    domain: 'general',
    fr: { term: 'mairie', variants: ['mairies', 'hôtel de ville', 'hotel de ville'] },
  },
  {
    id: 'pli-securise',
    domain: 'general',
    fr: { term: 'pli sécurisé', variants: ['pli securise', 'plis sécurisés', 'lettre suivie', 'lettres suivies'] },
  },
  {
    id: 'france-services',
    domain: 'general',
    fr: { term: 'France Services', variants: ['espace France Services', 'espaces France Services', 'maison France Services', 'maisons France Services'] },
  },
  {
    id: 'conseiller-numerique',
    domain: 'general',
    fr: {
      term: 'conseiller numérique',
      variants: [
        'conseiller numerique',
        'conseillers numériques',
        'conseillère numérique',
        'médiateur numérique',
        'mediateur numerique',
        'médiateurs numériques',
        'médiatrice numérique',
      ],
    },
  },
  {
    id: 'point-numerique',
    domain: 'general',
    fr: { term: 'point numérique', variants: ['point numerique', 'points numériques', 'points numeriques'] },
  },
  // ─── On-line procedures ──────────────────────────────────────────────────
  {
    id: 'teleprocedure',
    domain: 'general',
    fr: { term: 'téléprocédure', variants: ['teleprocedure', 'téléprocédures', 'démarche en ligne', 'demarche en ligne', 'démarches en ligne'] },
  },
  {
    id: 'espace-personnel',
    domain: 'general',
    fr: { term: 'espace personnel', variants: ['espaces personnels', 'compte personnel', 'compte usager', 'mon espace'] },
  },
  {
    id: 'identifiant',
    domain: 'general',
    fr: { term: 'identifiant', variants: ['identifiants', "nom d'utilisateur", 'identifiant de connexion'] },
  },
  {
    id: 'mot-de-passe',
    domain: 'general',
    fr: { term: 'mot de passe', variants: ['mots de passe'] },
  },
  {
    id: 'adresse-electronique',
    domain: 'general',
    fr: {
      term: 'adresse électronique',
      variants: [
        'adresse electronique',
        'adresses électroniques',
        'adresse e-mail',
        'adresse mail',
        'adresse de messagerie',
        'courriel',
        'courriels',
        'e-mail',
      ],
    },
  },
  {
    id: 'numero-dossier',
    domain: 'general',
    fr: { term: 'numéro de dossier', variants: ['numero de dossier', 'numéros de dossier', 'numéro de demande', 'numero de demande'] },
  },
  {
    id: 'accuse-reception',
    domain: 'general',
    fr: {
      term: 'accusé de réception',
      variants: ['accuse de reception', 'accusés de réception', "accusé d'enregistrement", "accuse d'enregistrement", "accusés d'enregistrement"],
    },
  },
  {
    id: 'demandeur',
    domain: 'general',
    fr: { term: 'demandeur', variants: ['demandeurs', 'demandeuse', 'demandeuses'] },
  },
  {
    id: 'recapitulatif',
    domain: 'general',
    fr: { term: 'récapitulatif', variants: ['recapitulatif', 'récapitulatifs', 'page récapitulative'] },
  },
  {
    id: 'champ-obligatoire',
    domain: 'general',
    fr: { term: 'champ obligatoire', variants: ['champs obligatoires', 'mention obligatoire'] },
  },
  {
    id: 'valider',
    domain: 'general',
    fr: { term: 'valider', variants: ['validation', 'bouton valider'] },
  },
  {
    id: 'enregistrer',
    domain: 'general',
    fr: { term: 'enregistrer', variants: ['sauvegarder', 'enregistrer le brouillon'] },
  },
  {
    id: 'televerser',
    domain: 'general',
    fr: {
      term: 'téléverser',
      variants: ['televerser', 'téléversement', 'joindre un fichier', 'joindre un document', 'déposer un fichier', 'pièce jointe', 'pièces jointes'],
    },
  },
  {
    id: 'format-fichier',
    domain: 'general',
    fr: { term: 'format de fichier', variants: ['formats de fichier', 'format du fichier', 'formats acceptés', 'formats acceptes'] },
  },
  {
    id: 'taille-fichier',
    domain: 'general',
    fr: { term: 'taille du fichier', variants: ['taille de fichier', 'taille maximale', 'poids du fichier'] },
  },
  {
    id: 'pdf',
    domain: 'general',
    fr: { term: 'PDF', variants: ['fichier PDF', 'fichiers PDF', 'document PDF', 'format PDF'] },
  },
];
