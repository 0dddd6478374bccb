/**
 * Known on-line procedures and their steps, as used by help codes
 * (see `help-code.ts`).
 *
 * APPEND-ONLY. A help code read over the phone is decoded with this table, and
 * advisers keep printed copies of it. So:
 * - never change, reuse or renumber a procedure `code`, even for a retired
 *   procedure: add a new entry instead;
 * - never reorder, remove or insert steps: a step's symbol is its position in
 *   `steps`, so new steps go at the end of the list;
 * - at most 15 steps per procedure (the 16th symbol, `Z`, means "step unknown");
 * - `ZZ` is reserved for "procedure unknown" and is not a valid `code`.
 */

/** A localised short title. */
export interface LocalisedTitle {
  /** French. */
  fr: string;
  /** English. */
  en: string;
}

/** One step of a procedure. */
export interface ProcedureStep {
  /** Stable step id, as the host page reports it (e.g. `vehicule`). */
  id: string;
  /** Short title shown to advisers. */
  title: LocalisedTitle;
}

/** One procedure the help code table knows about. */
export interface ProcedureInfo {
  /** Stable procedure id, as the host page reports it (e.g. `ants/permis/inscription`). */
  id: string;
  /** The two help-code symbols of this procedure (e.g. `2A`). Never reused. */
  code: string;
  /** Short title shown to advisers. */
  title: LocalisedTitle;
  /** Steps in order; the position gives the step symbol. Append only. */
  steps: ProcedureStep[];
  /**
   * The step ids in the order the citizen goes through them, when it is not
   * the order of `steps` (steps added later are appended there, wherever they
   * come in the procedure). An adviser's "étape 1" is the first of this order.
   */
  order?: string[];
}

const s = (id: string, fr: string, en: string): ProcedureStep => ({ id, title: { fr, en } });

const connexion = s('connexion', 'Connexion à votre compte', 'Signing in');
const vehicule = s('vehicule', 'Votre véhicule', 'Your vehicle');
const recapitulatif = s('recapitulatif', 'Vérifier et envoyer', 'Check and send');
const confirmation = s('confirmation', 'Confirmation', 'Confirmation');
const paiement = s('paiement', 'Paiement', 'Payment');
const etatCivil = s('etat-civil', 'Votre état civil', 'Your personal details');
const photoSignature = s('photo-signature', 'Photo et signature', 'Photo and signature');
const justificatifs = s('justificatifs', 'Pièces justificatives', 'Supporting documents');
// Steps added for the step tracker (issue 3): off-line steps, appended at the end of each list.
const cabinePhoto = s('cabine-photo', 'Photo et signature en cabine agréée', 'Photo and signature in an approved booth');
const reception = s('reception', 'Réception par courrier', 'Delivery by post');
const photo = s('photo', "Photo d'identité", 'Identity photo');
const timbre = s('timbre', 'Timbre fiscal', 'Tax stamp');
const empreintes = s('empreintes', 'Dépôt du dossier et empreintes en mairie', 'Application and fingerprints at the town hall');
const retrait = s('retrait', 'Retrait du titre en mairie', 'Collecting the document at the town hall');

const identitySteps = (): ProcedureStep[] => [
  connexion,
  etatCivil,
  s('adresse', 'Votre adresse', 'Your address'),
  s('filiation', 'Vos parents', 'Your parents'),
  recapitulatif,
  s('rendez-vous', 'Prendre rendez-vous en mairie', 'Book an appointment at the town hall'),
];

/** The built-in table of procedures. Append-only: see the comment at the top of this file. */
export const procedures: readonly ProcedureInfo[] = [
  {
    id: 'ants/carte-grise/changement-titulaire',
    code: '2A',
    title: { fr: 'Carte grise\u00a0: changement de titulaire', en: 'Vehicle registration: change of owner' },
    steps: [
      vehicule,
      s('ancien-titulaire', "L'ancien propriétaire", 'The previous owner'),
      s('nouveau-titulaire', 'Vous, le nouveau propriétaire', 'You, the new owner'),
      recapitulatif,
      paiement,
      confirmation,
      reception,
    ],
  },
  {
    id: 'ants/carte-grise/changement-adresse',
    code: '2C',
    title: { fr: "Carte grise\u00a0: changement d'adresse", en: 'Vehicle registration: change of address' },
    steps: [
      connexion,
      vehicule,
      s('nouvelle-adresse', 'Votre nouvelle adresse', 'Your new address'),
      recapitulatif,
      confirmation,
      s('etiquette', 'Étiquette reçue par courrier, à coller sur la carte grise', 'Sticker received by post, for the registration certificate'),
    ],
  },
  {
    id: 'ants/carte-grise/declaration-cession',
    code: '2H',
    title: { fr: "Carte grise\u00a0: déclarer la vente d'un véhicule", en: 'Vehicle registration: declaring a sale' },
    steps: [
      connexion,
      vehicule,
      s('acheteur', "L'acheteur", 'The buyer'),
      recapitulatif,
      s('code-cession', "Code de cession à donner à l'acheteur", 'Transfer code for the buyer'),
      s('remise', "Remise des papiers à l'acheteur", 'Handing the papers to the buyer'),
    ],
  },
  {
    id: 'ants/permis/inscription',
    code: '3A',
    title: { fr: 'Permis de conduire\u00a0: inscription', en: 'Driving licence: registration' },
    steps: [connexion, etatCivil, photoSignature, justificatifs, recapitulatif, confirmation, cabinePhoto],
    order: ['cabine-photo', 'connexion', 'etat-civil', 'photo-signature', 'justificatifs', 'recapitulatif', 'confirmation'],
  },
  {
    id: 'ants/permis/renouvellement',
    code: '3C',
    title: {
      fr: 'Permis de conduire\u00a0: renouvellement, perte ou vol',
      en: 'Driving licence: renewal, loss or theft',
    },
    steps: [
      connexion,
      s('motif', 'Pourquoi cette demande', 'Reason for the request'),
      photoSignature,
      justificatifs,
      paiement,
      recapitulatif,
      confirmation,
      cabinePhoto,
      s('declaration-vol', 'Déclaration de vol (police ou gendarmerie)', 'Reporting the theft (police)'),
      s('visite-medicale', 'Visite médicale chez un médecin agréé', 'Medical check with an approved doctor'),
      reception,
    ],
    order: [
      'declaration-vol',
      'visite-medicale',
      'cabine-photo',
      'connexion',
      'motif',
      'photo-signature',
      'justificatifs',
      'paiement',
      'recapitulatif',
      'confirmation',
      'reception',
    ],
  },
  {
    id: 'ants/cni/pre-demande',
    code: '4A',
    title: { fr: "Carte d'identité\u00a0: pré-demande", en: 'Identity card: pre-application' },
    steps: [...identitySteps(), photo, timbre, empreintes, retrait],
  },
  {
    id: 'ants/passeport/pre-demande',
    code: '4C',
    title: { fr: 'Passeport\u00a0: pré-demande', en: 'Passport: pre-application' },
    steps: [...identitySteps(), photo, timbre, empreintes, retrait],
  },
];
