/**
 * The steps of the ANTS (France Titres) procedures, for `<relais-steps>`: on
 * line and off line (photo booth, town hall, approved professional, post),
 * what to have at hand, and about how many minutes each step takes.
 *
 * Written in the project's own plain words from public facts (service-public.fr
 * and ants.gouv.fr pages on each procedure). Minutes are estimates of the
 * citizen's own time, not of waiting or delivery times (those are in `note`).
 * Step ids are those of the help-code table (`../procedures.ts`), so that the
 * help code follows the tracker; the order here is the citizen's order.
 */
import type { LocalText, StepConfig, StepsObject } from '../config-steps.js';
import { deepFreeze } from '../freeze.js';

const t = (fr: string, en: string): LocalText => ({ fr, en });

// Documents that several procedures ask for.
const identite = t("Votre carte d'identité, ou bien votre passeport", 'Your identity card or passport');
const domicile = t('Un justificatif de domicile de moins de 6\u00a0mois', 'Proof of address less than 6 months old');
const carteBancaire = t('Une carte bancaire', 'A bank card');
const identifiants = t(
  'Vos identifiants FranceConnect, ou ceux de votre compte sur le site',
  'Your FranceConnect login, or that of your account on the website',
);
const ePhoto = t('Le code e-photo de la cabine ou du photographe agréé', 'The e-photo code from the approved booth or photographer');
const carteGrise = t('La carte grise du véhicule', "The vehicle's registration certificate");
const carteGriseBarree = t('La carte grise barrée et signée par le vendeur', 'The registration certificate, crossed out and signed by the seller');
const codeCession = t('Le code de cession donné par le vendeur', 'The transfer code the seller gave you');
const permis = t('Votre permis de conduire', 'Your driving licence');
const certificatCession = t(
  "Le papier de vente signé par vous et par l'acheteur (certificat de cession)",
  'The sale paper signed by you and the buyer (certificate of sale)',
);
const controleTechnique = t(
  "Si le véhicule a plus de 4\u00a0ans\u00a0: le contrôle technique de moins de 6\u00a0mois. Ou de moins de 2\u00a0mois s'il y a une contre-visite.",
  'If the vehicle is more than 4 years old: a roadworthiness test less than 6 months old, or 2 months after a follow-up inspection.',
);
// For the identity card and the passport, the proof of address may be up to 1 year old.
const domicileIdentite = t(
  "Un justificatif de domicile de moins de 1\u00a0an. Ou bien le service Justif'Adresse.",
  "Proof of address less than 1 year old, or the Justif'Adresse service",
);

const connexion: StepConfig = {
  id: 'connexion',
  title: t('Connexion à votre compte', 'Signing in'),
  minutes: 2,
  documents: [identifiants],
};
const recapitulatif: StepConfig = { id: 'recapitulatif', title: t('Vérifier et envoyer', 'Check and send'), minutes: 2 };

/**
 * Carte grise: change of owner (the buyer of a used vehicle). Each document
 * once, by the same words in every step that needs it, so that the
 * checklist never lists it twice; only things to have at hand (the
 * registration number is on the carte grise).
 */
const changementTitulaire: StepsObject = {
  documents: [carteGriseBarree, codeCession, controleTechnique, domicile, permis, carteBancaire],
  items: [
    {
      id: 'vehicule',
      title: t('Votre véhicule', 'Your vehicle'),
      minutes: 3,
      documents: [carteGriseBarree],
    },
    {
      id: 'ancien-titulaire',
      title: t("L'ancien propriétaire", 'The previous owner'),
      minutes: 2,
      documents: [codeCession],
    },
    {
      id: 'nouveau-titulaire',
      title: t('Vous, le nouveau propriétaire', 'You, the new owner'),
      minutes: 5,
      documents: [domicile, permis],
    },
    recapitulatif,
    { id: 'paiement', title: t('Paiement', 'Payment'), minutes: 3, documents: [carteBancaire] },
    {
      id: 'confirmation',
      title: t('Certificat provisoire', 'Temporary certificate'),
      minutes: 2,
      note: t(
        'Imprimez-le, ou gardez-le sur votre téléphone. Avec lui, vous pouvez rouler en France pendant 1\u00a0mois.',
        'Print it or keep it on your phone: you may drive in France with it for 1 month.',
      ),
    },
    {
      id: 'reception',
      title: t('Recevoir la carte grise', 'Receiving the registration certificate'),
      where: 'mail',
      note: t('Elle arrive par lettre suivie, à votre adresse.', 'It comes by tracked letter, to your address.'),
    },
  ],
};

/** Carte grise: change of address. */
const changementAdresse: StepsObject = {
  documents: [carteGrise, identifiants],
  items: [
    connexion,
    { id: 'vehicule', title: t('Votre véhicule', 'Your vehicle'), minutes: 2, documents: [carteGrise] },
    { id: 'nouvelle-adresse', title: t('Votre nouvelle adresse', 'Your new address'), minutes: 2 },
    recapitulatif,
    { id: 'confirmation', title: t('Confirmation', 'Confirmation'), minutes: 1 },
    {
      id: 'etiquette',
      title: t("Coller l'étiquette sur la carte grise", 'Sticking the label on the certificate'),
      where: 'mail',
      minutes: 1,
      note: t(
        'Vous la recevez par courrier. Collez-la à la place prévue sur la carte grise.',
        'It comes by post. Stick it in the space for it on the certificate.',
      ),
    },
  ],
};

/** Carte grise: declaring the sale of a vehicle (the seller). */
const declarationCession: StepsObject = {
  // The certificate of sale holds the buyer's name and address and the date and time of the sale.
  documents: [carteGrise, certificatCession],
  items: [
    connexion,
    { id: 'vehicule', title: t('Votre véhicule', 'Your vehicle'), minutes: 2, documents: [carteGrise] },
    {
      id: 'acheteur',
      title: t("L'acheteur", 'The buyer'),
      minutes: 3,
      documents: [certificatCession],
    },
    recapitulatif,
    {
      id: 'code-cession',
      title: t('Le code de cession', 'The transfer code'),
      minutes: 1,
      note: t(
        "Notez-le et donnez-le vite à l'acheteur\u00a0: il marche 15\u00a0jours. L'acheteur en a besoin pour sa carte grise.",
        'Write it down and give it to the buyer quickly: it works for 15 days. The buyer needs it for their certificate.',
      ),
    },
    {
      id: 'remise',
      title: t("Les papiers pour l'acheteur", 'The papers for the buyer'),
      where: 'other',
      place: t("avec l'acheteur", 'with the buyer'),
      minutes: 10,
      documents: [
        carteGrise,
        certificatCession,
        t('Le certificat de non-gage, de moins de 15\u00a0jours', 'The administrative status (non-pledge) certificate less than 15 days old'),
        controleTechnique,
      ],
      note: t('Barrez la carte grise, écrivez «\u00a0Vendu le… à… h\u00a0» et signez-la.', 'Cross out the certificate, write "Sold on… at…" and sign it.'),
    },
  ],
};

/** Driving licence: registration for the exam (NEPH number). */
const permisInscription: StepsObject = {
  documents: [
    identite,
    domicile,
    ePhoto,
    t("L'ASSR\u00a02 ou l'ASR, si vous êtes né en 1988 ou après", 'The ASSR 2 or ASR certificate, if you were born in 1988 or later'),
    t('Le certificat de JDC, si vous avez entre 17 et 25\u00a0ans', 'The JDC (citizenship day) certificate, if you are 17 to 25'),
  ],
  items: [
    {
      id: 'cabine-photo',
      title: t('La photo et la signature, dans une cabine', 'Photo and signature in an approved booth'),
      where: 'photo-booth',
      minutes: 10,
      note: t('La cabine vous donne un code e-photo. Gardez-le.', 'The booth gives you an e-photo code. Keep it.'),
    },
    connexion,
    { id: 'etat-civil', title: t('Votre état civil', 'Your personal details'), minutes: 3, documents: [identite] },
    { id: 'photo-signature', title: t('Photo et signature', 'Photo and signature'), minutes: 1, documents: [ePhoto] },
    { id: 'justificatifs', title: t('Vos justificatifs', 'Your documents'), minutes: 5, documents: [identite, domicile] },
    recapitulatif,
    {
      id: 'confirmation',
      title: t('Confirmation', 'Confirmation'),
      minutes: 1,
      note: t('Vous recevrez votre numéro NEPH par courriel.', 'You will get your NEPH number by email.'),
    },
  ],
};

/** Driving licence: renewal, loss or theft. */
const permisRenouvellement: StepsObject = {
  documents: [identite, domicile, ePhoto],
  items: [
    {
      id: 'declaration-vol',
      title: t('Déclarer le vol', 'Reporting the theft'),
      where: 'other',
      place: t('commissariat ou gendarmerie', 'police station'),
      optional: true,
      minutes: 20,
      note: t('Seulement si le permis a été volé.', 'Only if the licence was stolen.'),
    },
    {
      id: 'visite-medicale',
      title: t('Visite médicale', 'Medical check'),
      where: 'professional',
      place: t('chez un médecin agréé', 'an approved doctor'),
      optional: true,
      minutes: 30,
      note: t(
        "Seulement si votre permis a une durée limitée pour raison de santé, ou si on vous l'a demandé.",
        'Only if your licence is limited in time for health reasons, or if you were asked to.',
      ),
    },
    {
      id: 'cabine-photo',
      title: t('La photo et la signature, dans une cabine', 'Photo and signature in an approved booth'),
      where: 'photo-booth',
      minutes: 10,
      note: t('La cabine vous donne un code e-photo. Gardez-le.', 'The booth gives you an e-photo code. Keep it.'),
    },
    connexion,
    { id: 'motif', title: t('Pourquoi cette demande', 'Reason for the request'), minutes: 2 },
    { id: 'photo-signature', title: t('Photo et signature', 'Photo and signature'), minutes: 1, documents: [ePhoto] },
    {
      id: 'justificatifs',
      title: t('Vos justificatifs', 'Your documents'),
      minutes: 5,
      documents: [
        identite,
        domicile,
        t('En cas de vol\u00a0: le récépissé de la déclaration', 'If stolen: the receipt of your report'),
        t("Si vous êtes passé chez le médecin\u00a0: l'avis médical", "If you saw the doctor: the doctor's report"),
      ],
    },
    {
      id: 'paiement',
      title: t('Timbre fiscal', 'Tax stamp'),
      optional: true,
      minutes: 3,
      documents: [carteBancaire],
      note: t('Seulement en cas de perte ou de vol\u00a0: 25\u00a0€.', 'Only if lost or stolen: €25.'),
    },
    recapitulatif,
    { id: 'confirmation', title: t('Confirmation', 'Confirmation'), minutes: 1 },
    {
      id: 'reception',
      title: t('Recevoir le permis', 'Receiving the licence'),
      where: 'mail',
      note: t('Il arrive par lettre suivie, à votre adresse.', 'It comes by tracked letter, to your address.'),
    },
  ],
};

/** Identity card or passport: pre-application on line, then the town hall. */
function identity(kind: 'cni' | 'passeport'): StepsObject {
  const passport = kind === 'passeport';
  const oldOne = passport
    ? t('Votre ancien passeport, si vous en avez un', 'Your old passport, if you have one')
    : t('Votre ancienne carte, si vous en avez une', 'Your old card, if you have one');
  const photo = t("Une photo d'identité de moins de 6\u00a0mois", 'An identity photo less than 6 months old');
  const timbre = t('Le timbre fiscal (acheté en ligne)', 'The tax stamp (bought online)');
  const preDemande = t('Le numéro de pré-demande, ou la page du résumé', 'The pre-application number, or its printed summary');
  return {
    documents: [identifiants, domicileIdentite, oldOne, photo],
    items: [
      connexion,
      { id: 'etat-civil', title: t('Votre état civil', 'Your personal details'), minutes: 4, documents: [oldOne] },
      { id: 'adresse', title: t('Votre adresse', 'Your address'), minutes: 2 },
      {
        id: 'filiation',
        title: t('Vos parents', 'Your parents'),
        minutes: 3,
        documents: [
          t(
            'Votre livret de famille ou votre acte de naissance, pour les noms, dates et lieux de naissance de vos parents',
            "Your family record book or birth certificate, for your parents' names, dates and places of birth",
          ),
        ],
      },
      {
        id: 'recapitulatif',
        title: t('Vérifier et envoyer', 'Check and send'),
        minutes: 2,
        note: t('Notez le numéro de pré-demande. Ou bien imprimez la page.', 'Write down the pre-application number, or print the page.'),
      },
      {
        id: 'rendez-vous',
        title: t('Prendre rendez-vous en mairie', 'Booking an appointment at the town hall'),
        minutes: 5,
        note: t(
          'Toutes les mairies ne le font pas\u00a0: choisissez-en une qui prend ces demandes, près de chez vous ou ailleurs.',
          'Not every town hall does it: choose one that takes these requests, near you or elsewhere.',
        ),
      },
      {
        id: 'photo',
        title: t("Faire une photo d'identité", 'Having an identity photo taken'),
        where: 'photo-booth',
        place: t('cabine agréée ou photographe', 'approved photo booth or photographer'),
        minutes: 10,
      },
      passport
        ? {
            id: 'timbre',
            title: t('Acheter le timbre fiscal', 'Buying the tax stamp'),
            minutes: 5,
            documents: [carteBancaire],
            note: t(
              '86\u00a0€ pour un adulte. 42\u00a0€ de 15 à 17\u00a0ans. 17\u00a0€ avant 15\u00a0ans.',
              '€86 for an adult, €42 from 15 to 17, €17 under 15.',
            ),
          }
        : {
            id: 'timbre',
            title: t('Acheter le timbre fiscal', 'Buying the tax stamp'),
            optional: true,
            minutes: 5,
            documents: [carteBancaire],
            note: t('Seulement si votre carte a été perdue ou volée\u00a0: 25\u00a0€.', 'Only if your card was lost or stolen: €25.'),
          },
      {
        id: 'empreintes',
        title: t('Déposer le dossier et donner vos empreintes', 'Handing in the application and giving your fingerprints'),
        where: 'town-hall',
        minutes: 20,
        documents: [preDemande, photo, domicileIdentite, oldOne, ...(passport ? [timbre] : [])],
      },
      {
        id: 'retrait',
        title: passport ? t('Retirer le passeport', 'Collecting the passport') : t('Retirer la carte', 'Collecting the card'),
        where: 'town-hall',
        minutes: 10,
        documents: [oldOne],
        note: t(
          `La mairie vous prévient quand ${passport ? 'il est prêt' : 'elle est prête'}. Le délai dépend des mairies.`,
          'The town hall tells you when it is ready. How long it takes depends on the town hall.',
        ),
      },
    ],
  };
}

/** A fact the steps state, with when and where it was checked (as the 34 00 line's hours are). */
export interface StepFact {
  /** The words of the step texts that state it (French). */
  text: string;
  /** The procedures whose steps state it. */
  procedures: string[];
  on: string;
  where: string;
}

const ISSUE_14 =
  'Relais issue 14 (the corrections it lists, from the ants.gouv.fr and service-public.fr pages on each procedure). Not checked on line from here: check ants.gouv.fr before relying on them.';

/** The facts of the steps (delays, durations) that were checked, and where. */
export const stepFacts: readonly StepFact[] = [
  {
    text: "Un justificatif de domicile de moins de 1\u00a0an. Ou bien le service Justif'Adresse.",
    procedures: ['ants/cni/pre-demande', 'ants/passeport/pre-demande'],
    on: '2026-12-02',
    where: ISSUE_14,
  },
  {
    text: 'Un justificatif de domicile de moins de 6\u00a0mois',
    procedures: ['ants/carte-grise/changement-titulaire', 'ants/permis/inscription', 'ants/permis/renouvellement'],
    on: '2026-12-02',
    where: `${ISSUE_14} The six months of the carte grise are confirmed there; those of the driving licence come from issue 3 (the steps) and were not re-checked.`,
  },
  {
    text: 'il marche 15\u00a0jours',
    procedures: ['ants/carte-grise/declaration-cession'],
    on: '2026-12-02',
    where: `${ISSUE_14} Also in the service-public.fr glossary (DILA, about 2020).`,
  },
  {
    text: "2\u00a0mois s'il y a une contre-visite",
    procedures: ['ants/carte-grise/changement-titulaire', 'ants/carte-grise/declaration-cession'],
    on: '2026-12-02',
    where: ISSUE_14,
  },
];

/** The steps of each ANTS procedure, by procedure id. */
export const procedureSteps: Readonly<Record<string, StepsObject>> = /* @__PURE__ */ deepFreeze({
  'ants/carte-grise/changement-titulaire': changementTitulaire,
  'ants/carte-grise/changement-adresse': changementAdresse,
  'ants/carte-grise/declaration-cession': declarationCession,
  'ants/permis/inscription': permisInscription,
  'ants/permis/renouvellement': permisRenouvellement,
  'ants/cni/pre-demande': identity('cni'),
  'ants/passeport/pre-demande': identity('passeport'),
});
