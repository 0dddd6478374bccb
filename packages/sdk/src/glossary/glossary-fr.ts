/**
 * The default glossary's French side (ids, domains, links, checked facts and
 * the French texts); the English texts are in `glossary-en.ts`, by id, so
 * that a French page never downloads them. `default-glossary.ts` joins both.
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
 * This file is data only; it is loaded apart from the elements' code.
 */
import type { GlossaryBase } from './model.js';

const ANTS = 'https://ants.gouv.fr';
const SERVICE_PUBLIC = 'https://www.service-public.fr';
const FRANCE_SERVICES = 'https://www.france-services.gouv.fr';
const FRANCECONNECT = 'https://franceconnect.gouv.fr';
const TIMBRES = 'https://timbres.impots.gouv.fr';
const HISTOVEC = 'https://histovec.interieur.gouv.fr';
const SECURITE_ROUTIERE = 'https://www.securite-routiere.gouv.fr';

// Where the facts of the entries below were checked (dates, durations), as the 34 00 line's hours are.
const CHECKED_ON = '2026-12-02';
const ISSUE_14 =
  'Relais issue 14 (the corrections it lists, from the ants.gouv.fr and service-public.fr pages on each procedure). Not checked on line from here: check ants.gouv.fr before relying on them.';
const DILA =
  'The service-public.fr glossary (DILA, about 2020; ../shared/data/glossaire-service-public-2020.json). Check service-public.fr before relying on it.';
const ISSUE_14_AND_DILA = `${ISSUE_14} Also in the service-public.fr glossary (DILA, about 2020).`;

/** The built-in glossary entries, without their English texts. */
export const glossaryFrench: GlossaryBase[] = [
  // ─── Vehicle: carte grise ────────────────────────────────────────────────
  {
    id: 'certificat-immatriculation',
    domain: 'vehicle',
    fr: {
      term: "certificat d'immatriculation",
      variants: ["certificats d'immatriculation", 'carte grise', 'cartes grises'],
      definition: "Le papier officiel d'un véhicule. Il dit à qui il est et le décrit.",
      easy: "C'est la carte grise. C'est le papier officiel d'une voiture ou d'une moto. Il dit à qui elle appartient.",
      plain: 'carte grise',
    },
    link: ANTS,
  },
  {
    id: 'numero-formule',
    domain: 'vehicle',
    fr: {
      term: 'numéro de formule',
      variants: ['numero de formule', 'numéros de formule', 'n° de formule'],
      definition: 'Le numéro de la carte grise, pas du véhicule. Il a 11\u00a0caractères. Il est en haut de la carte grise et au dos du coupon détachable.',
      easy: "C'est le numéro de votre carte grise. Ce n'est pas le numéro de la plaque. Il est écrit en haut de la carte grise.",
      example: 'Exemple\u00a0: 2013AB12345',
    },
    checked: { on: CHECKED_ON, where: ISSUE_14, facts: ['au dos du coupon détachable'] },
  },
  {
    id: 'numero-immatriculation',
    domain: 'vehicle',
    fr: {
      term: "numéro d'immatriculation",
      variants: ["numero d'immatriculation", "numéros d'immatriculation", 'numéro de plaque', 'numero de plaque'],
      definition: "Le numéro d'un véhicule, écrit sur ses plaques et sur la carte grise. Depuis 2009, il reste le même toute la vie du véhicule.",
      easy: "C'est le numéro sur la plaque de la voiture. Il a des lettres et des chiffres. Il ne change pas quand la voiture est vendue.",
      example: 'Exemple\u00a0: AB-123-CD',
    },
  },
  {
    id: 'plaque-immatriculation',
    domain: 'vehicle',
    fr: {
      term: "plaque d'immatriculation",
      variants: ["plaques d'immatriculation", 'plaque minéralogique', 'plaques minéralogiques'],
      definition: "La plaque à l'avant et à l'arrière du véhicule. On y lit le numéro du véhicule.",
      easy: "C'est la plaque à l'avant et à l'arrière de la voiture. Elle montre le numéro de la voiture.",
    },
  },
  {
    id: 'date-premiere-immatriculation',
    domain: 'vehicle',
    fr: {
      term: 'date de première immatriculation',
      variants: ['date de premiere immatriculation', 'date de 1re immatriculation', 'première immatriculation'],
      definition: 'Le jour où le véhicule a eu sa toute première carte grise. Elle est écrite dans la case B.',
      easy: "C'est le jour de la toute première carte grise de la voiture. Cette date est sur la carte grise, à la lettre B.",
      example: 'Exemple\u00a0: 15/03/2016',
    },
  },
  {
    id: 'numero-identification-vehicule',
    domain: 'vehicle',
    fr: {
      term: "numéro d'identification du véhicule",
      variants: ["numero d'identification du vehicule", 'numéro VIN', 'numero VIN', 'numéro de châssis', 'numero de chassis'],
      definition: 'Un numéro de 17\u00a0caractères propre à chaque véhicule, donné à sa fabrication. Il est dans la case E de la carte grise.',
      easy: "Chaque voiture a un numéro à elle. Ce numéro est donné à l'usine. Il est sur la carte grise, à la lettre E.",
    },
  },
  {
    id: 'code-cession',
    domain: 'vehicle',
    fr: {
      term: 'code de cession',
      variants: ['codes de cession', 'code cession'],
      definition: "Un code que le vendeur reçoit en déclarant la vente en ligne. Il le donne vite à l'acheteur\u00a0: le code marche 15\u00a0jours.",
      easy: "Le vendeur déclare la vente sur internet. Il reçoit un code. Il donne vite ce code à l'acheteur. Le code marche 15\u00a0jours.",
    },
    link: ANTS,
    checked: { on: CHECKED_ON, where: ISSUE_14_AND_DILA, facts: ['le code de cession marche 15\u00a0jours'] },
  },
  {
    id: 'certificat-cession',
    domain: 'vehicle',
    fr: {
      term: 'certificat de cession',
      variants: ['certificats de cession', 'formulaire de cession', 'cerfa 15776', 'cerfa n° 15776', 'formulaire 15776', '15776'],
      definition: "Le formulaire rempli et signé par le vendeur et l'acheteur quand un véhicule est vendu ou donné. Chacun en garde un exemplaire.",
      easy: "C'est une feuille pour la vente d'une voiture. Le vendeur et l'acheteur la remplissent. Ils la signent tous les deux. Chacun garde une copie.",
    },
  },
  {
    id: 'carte-grise-barree',
    domain: 'vehicle',
    fr: {
      term: 'carte grise barrée',
      variants: ['carte grise barree', 'cartes grises barrées', "certificat d'immatriculation barré", 'barrer la carte grise'],
      definition: "La carte grise que le vendeur raye d'un grand trait. Il y écrit «\u00a0Vendu le… à… h\u00a0» ou «\u00a0Cédé le…\u00a0», puis il signe.",
      easy: "Le vendeur trace un grand trait sur la carte grise. Il écrit le jour et l'heure de la vente. Puis il signe.",
    },
    checked: {
      on: CHECKED_ON,
      where: ISSUE_14,
      facts: ['«\u00a0Vendu le… à… h\u00a0» ou «\u00a0Cédé le…\u00a0», puis il signe'],
    },
  },
  {
    id: 'coupon-detachable',
    domain: 'vehicle',
    fr: {
      term: 'coupon détachable',
      variants: ['coupon detachable', 'coupons détachables'],
      definition: "Le bas de la carte grise. Le vendeur le remplit et le donne à l'acheteur. Au dos, il y a aussi le numéro de formule.",
      easy: "C'est le bas de la carte grise. Le vendeur le remplit. Il le donne à l'acheteur.",
    },
    checked: { on: CHECKED_ON, where: ISSUE_14, facts: ['le numéro de formule est aussi au dos du coupon détachable'] },
  },
  {
    id: 'declaration-cession',
    domain: 'vehicle',
    fr: {
      term: 'déclaration de cession',
      variants: ['declaration de cession', 'déclarations de cession', 'déclaration de vente', 'declaration de vente'],
      definition: 'La démarche en ligne du vendeur pour dire que son véhicule est vendu ou donné. Il doit la faire dans les 15\u00a0jours.',
      easy: 'Vous vendez ou donnez votre voiture. Vous devez le dire sur internet. Vous avez 15\u00a0jours pour le faire.',
    },
    link: ANTS,
  },
  {
    id: 'certificat-situation-administrative',
    domain: 'vehicle',
    fr: {
      term: 'certificat de situation administrative',
      variants: ['certificats de situation administrative', 'certificat de non-gage', 'certificat de non gage', 'non-gage', 'CSA'],
      definition: 'Un papier gratuit qui dit si un véhicule peut être vendu. Il peut être bloqué par un crédit ou des amendes.',
      easy: "Ce papier dit si la voiture peut être vendue. Il est gratuit. Le vendeur le donne à l'acheteur. Il doit avoir moins de 15\u00a0jours.",
    },
    link: HISTOVEC,
  },
  {
    id: 'gage',
    domain: 'vehicle',
    fr: {
      term: 'gage',
      variants: ['gages', 'véhicule gagé', 'vehicule gage', 'gagé'],
      definition: "Un véhicule gagé sert de garantie à un crédit. Avant d'en acheter un, vérifiez ce point.",
      easy: "Parfois, une voiture sert de garantie pour un crédit. On dit qu'elle est gagée. Avant d'acheter, vérifiez ce point.",
    },
  },
  {
    id: 'controle-technique',
    domain: 'vehicle',
    fr: {
      term: 'contrôle technique',
      variants: ['controle technique', 'contrôles techniques', 'visite technique'],
      definition:
        "Une visite du véhicule dans un centre agréé. Pour le vendre, après 4\u00a0ans, elle a moins de 6\u00a0mois, ou 2\u00a0mois s'il y a une contre-visite.",
      easy: 'Un centre spécial vérifie la voiture. Il regarde si elle roule sans danger. Vous vendez une voiture de plus de 4\u00a0ans\u00a0? Le contrôle doit avoir moins de 6\u00a0mois.',
    },
    checked: {
      on: CHECKED_ON,
      where: ISSUE_14,
      facts: ['Pour le vendre, après 4\u00a0ans, elle a moins de 6\u00a0mois', "ou 2\u00a0mois s'il y a une contre-visite"],
    },
  },
  {
    id: 'contre-visite',
    domain: 'vehicle',
    fr: {
      term: 'contre-visite',
      variants: ['contre visite', 'contre-visites', 'contrevisite'],
      definition: 'Un deuxième contrôle technique, quand le premier a trouvé un défaut grave. Il vérifie la réparation. Il se fait dans les 2\u00a0mois.',
      easy: 'Le contrôle trouve un gros défaut. Vous faites réparer la voiture. Puis la voiture passe un autre contrôle.',
    },
    checked: { on: CHECKED_ON, where: ISSUE_14_AND_DILA, facts: ['la contre-visite se fait dans les 2\u00a0mois'] },
  },
  {
    id: 'titulaire',
    domain: 'vehicle',
    fr: {
      term: 'titulaire',
      variants: ['titulaires', 'ancien titulaire', 'nouveau titulaire', 'anciens titulaires', 'nouveaux titulaires'],
      definition: "La personne au nom de qui un document est fait, comme une carte grise ou un permis. Pour une voiture, c'est souvent le propriétaire.",
      easy: "C'est la personne dont le nom est sur le papier. Pour une carte grise, c'est souvent le propriétaire de la voiture.",
    },
  },
  {
    id: 'cotitulaire',
    domain: 'vehicle',
    fr: {
      term: 'cotitulaire',
      variants: ['cotitulaires', 'co-titulaire', 'co-titulaires'],
      definition: 'Une autre personne dont le nom est aussi écrit sur la carte grise, par exemple le conjoint du titulaire.',
      easy: "C'est une deuxième personne sur la carte grise. Par exemple, la personne avec qui vous vivez.",
    },
  },
  {
    id: 'changement-titulaire',
    domain: 'vehicle',
    fr: {
      term: 'changement de titulaire',
      variants: ['changements de titulaire', 'changement de propriétaire', 'changement de proprietaire'],
      definition: "La démarche de l'acheteur pour mettre la carte grise à son nom après une vente ou un don. Il a 1\u00a0mois pour la faire.",
      easy: 'Vous achetez une voiture. Vous devez mettre la carte grise à votre nom. Vous avez 1\u00a0mois pour le faire.',
    },
    link: ANTS,
  },
  {
    id: 'changement-adresse',
    domain: 'vehicle',
    fr: {
      term: "changement d'adresse",
      variants: ["changements d'adresse"],
      definition: "La démarche pour mettre à jour l'adresse écrite sur la carte grise quand vous déménagez. Elle est gratuite et se fait dans le mois.",
      easy: "Vous déménagez. Vous devez changer l'adresse sur la carte grise. Vous avez 1\u00a0mois. C'est gratuit.",
    },
    link: ANTS,
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
      definition: "Un garage autorisé par l'État à faire vos démarches de carte grise à votre place. Ce service peut être payant.",
      easy: "Certains garages ont le droit de faire votre carte grise pour vous. Ils peuvent vous demander de l'argent pour cela.",
    },
  },
  {
    id: 'taxe-regionale',
    domain: 'vehicle',
    fr: {
      term: 'taxe régionale',
      variants: ['taxe regionale', 'taxes régionales'],
      definition: 'La principale somme à payer pour une carte grise. Elle dépend de la région où vous habitez et de la puissance du véhicule.',
      easy: "C'est le prix principal de la carte grise. Le prix change selon votre région. Il change aussi selon la puissance de la voiture.",
    },
  },
  {
    id: 'cheval-fiscal',
    domain: 'vehicle',
    fr: {
      term: 'cheval fiscal',
      variants: ['chevaux fiscaux', 'puissance fiscale', 'puissance administrative'],
      definition: "Un chiffre qui mesure la puissance d'un véhicule pour l'administration. Il est dans la case P.6 de la carte grise et compte dans son prix.",
      easy: "C'est un chiffre sur la carte grise. Il dit si la voiture est puissante. Plus il est grand, plus la carte grise coûte cher.",
    },
  },
  {
    id: 'certificat-provisoire',
    domain: 'vehicle',
    fr: {
      term: "certificat provisoire d'immatriculation",
      variants: ["certificats provisoires d'immatriculation", 'certificat provisoire', 'CPI'],
      definition: 'Un document donné à la fin de certaines démarches en ligne. Il permet de rouler en France pendant 1\u00a0mois, en attendant la carte grise.',
      easy: 'Vous attendez votre carte grise. Ce papier vous permet de rouler en attendant. Il marche seulement en France. Il dure 1\u00a0mois.',
    },
  },
  {
    id: 'histovec',
    domain: 'vehicle',
    fr: {
      term: 'HistoVec',
      variants: ['rapport HistoVec'],
      definition:
        "Un site public gratuit qui donne l'histoire d'un véhicule, comme le nombre de propriétaires. Le vendeur peut partager ce rapport avec l'acheteur.",
      easy: "C'est un site gratuit de l'État. Il raconte l'histoire d'une voiture. Le vendeur peut l'envoyer à l'acheteur.",
    },
    link: HISTOVEC,
  },
  {
    id: 'acquereur',
    domain: 'vehicle',
    fr: {
      term: 'acquéreur',
      variants: ['acquereur', 'acquéreurs', 'acquéreuse'],
      definition: 'La personne qui achète le véhicule, ou qui le reçoit en cadeau.',
      easy: "C'est la personne qui achète la voiture. Ou la personne qui la reçoit en cadeau.",
      plain: 'acheteur',
    },
  },
  {
    id: 'cedant',
    domain: 'vehicle',
    fr: {
      term: 'cédant',
      variants: ['cedant', 'cédants', 'cédante'],
      definition: "La personne qui vend ou donne le véhicule. C'est l'ancien titulaire de la carte grise.",
      easy: "C'est la personne qui vend la voiture. Ou la personne qui la donne.",
      plain: 'vendeur',
    },
  },
  {
    id: 'siv',
    domain: 'vehicle',
    fr: {
      term: 'SIV',
      variants: ["système d'immatriculation des véhicules", "systeme d'immatriculation des vehicules", 'fichier SIV'],
      definition: 'Le fichier national des véhicules et de leurs cartes grises. Chaque démarche de carte grise y est notée.',
      easy: "C'est le grand fichier de l'État pour les voitures. Il garde la carte grise de chaque voiture.",
    },
  },
  {
    id: 'code-confidentiel',
    domain: 'vehicle',
    fr: {
      term: 'code confidentiel',
      variants: ['codes confidentiels'],
      definition: 'Un code secret, dans la lettre qui arrive avec la carte grise. Certaines démarches en ligne le demandent. Gardez-le pour vous.',
      easy: "C'est un code secret. Il arrive avec votre carte grise, dans la lettre. Gardez-le pour vous.",
    },
    checked: {
      on: CHECKED_ON,
      where: `${ISSUE_14} Where the code is printed was not seen here: check it on ants.gouv.fr.`,
      facts: ['dans la lettre qui arrive avec la carte grise'],
    },
  },

  // ─── Driving licence ─────────────────────────────────────────────────────
  {
    id: 'permis-de-conduire',
    domain: 'licence',
    fr: {
      term: 'permis de conduire',
      variants: ['permis de conduire français', 'titre de conduite'],
      definition: "Le document qui prouve que vous avez le droit de conduire certains véhicules. Aujourd'hui, c'est une carte comme une carte bancaire.",
      easy: "C'est la carte qui dit que vous avez le droit de conduire. Vous l'avez avec vous quand vous conduisez.",
    },
    link: ANTS,
  },
  {
    id: 'neph',
    domain: 'licence',
    fr: {
      term: 'NEPH',
      variants: ['numéro NEPH', 'numero NEPH', "numéro d'enregistrement préfectoral harmonisé", "numero d'enregistrement prefectoral harmonise"],
      definition: 'Le numéro de votre dossier de permis de conduire. Il a 12\u00a0chiffres et vous est donné quand vous vous inscrivez au permis.',
      easy: "C'est le numéro de votre dossier de permis. Il a 12\u00a0chiffres. Vous le recevez quand vous vous inscrivez au permis.",
      example: 'Exemple\u00a0: 123456789012',
    },
  },
  {
    id: 'inscription-permis',
    domain: 'licence',
    fr: {
      term: 'inscription au permis',
      variants: ['inscription au permis de conduire', 'inscriptions au permis', "inscription à l'examen"],
      definition:
        'La démarche en ligne qui ouvre votre dossier de permis de conduire. Elle vous donne le numéro dont vous avez besoin pour passer les examens.',
      easy: "Avant les examens, vous vous inscrivez au permis. Vous le faites sur internet. L'auto-école peut le faire pour vous.",
    },
    link: ANTS,
  },
  {
    id: 'code-de-la-route',
    domain: 'licence',
    fr: {
      term: 'code de la route',
      variants: ['examen du code', 'épreuve théorique', 'epreuve theorique', 'épreuve théorique générale'],
      definition: "Les règles pour circuler sur la route. C'est aussi l'examen théorique du permis, fait de questions, passé dans un centre agréé.",
      easy: "Ce sont les règles pour conduire. C'est aussi un examen avec des questions. Il y a 40\u00a0questions. Il faut au moins 35\u00a0bonnes réponses.",
    },
    link: SECURITE_ROUTIERE,
  },
  {
    id: 'auto-ecole',
    domain: 'licence',
    fr: {
      term: 'auto-école',
      variants: ['auto-ecole', 'auto-écoles', 'école de conduite', 'ecole de conduite', 'écoles de conduite'],
      definition: "Une école qui apprend à conduire et prépare aux examens du permis. Elle peut faire l'inscription au permis à votre place.",
      easy: "C'est une école pour apprendre à conduire. Elle peut faire les démarches du permis pour vous.",
    },
  },
  {
    id: 'examen-pratique',
    domain: 'licence',
    fr: {
      term: 'examen pratique',
      variants: ['examens pratiques', 'épreuve pratique', 'epreuve pratique', 'examen de conduite', 'épreuve de conduite'],
      definition: 'La partie du permis où vous conduisez sur la route, avec un inspecteur qui juge votre conduite.',
      easy: 'Dans cet examen, vous conduisez pour de vrai. Une personne vous regarde. Elle dit si vous avez le permis.',
    },
  },
  {
    id: 'categorie-b',
    domain: 'licence',
    fr: {
      term: 'catégorie B',
      variants: ['categorie B', 'permis B', 'catégorie B du permis'],
      definition: 'Le permis pour une voiture de 9\u00a0places au plus, avec le conducteur, et de 3,5\u00a0tonnes au plus.',
      easy: 'Le permis B sert à conduire une voiture. La voiture a 9\u00a0places au plus. La place du conducteur compte.',
    },
  },
  {
    id: 'releve-information-restreint',
    domain: 'licence',
    fr: {
      term: "relevé d'information restreint",
      variants: ["releve d'information restreint", "relevés d'information restreints", 'RIR'],
      definition: "Un papier qui résume votre permis\u00a0: les catégories que vous avez, et s'il est valable.",
      easy: "C'est une feuille qui résume votre permis. Elle dit quels véhicules vous pouvez conduire. Elle dit si votre permis est valable.",
    },
  },
  {
    id: 'visite-medicale',
    domain: 'licence',
    fr: {
      term: 'visite médicale',
      variants: ['visite medicale', 'visites médicales', 'contrôle médical', 'controle medical'],
      definition:
        'Un rendez-vous avec un médecin agréé qui vérifie que vous pouvez conduire. Elle est obligatoire dans certains cas, par exemple pour les poids lourds.',
      easy: "Un médecin vérifie que vous pouvez conduire sans danger. Ce n'est pas obligatoire pour tout le monde.",
    },
  },
  {
    id: 'medecin-agree',
    domain: 'licence',
    fr: {
      term: 'médecin agréé',
      variants: ['medecin agree', 'médecins agréés', 'médecin agréé par la préfecture'],
      definition: 'Un médecin inscrit sur une liste de la préfecture. Il fait la visite médicale du permis et dit si vous pouvez conduire.',
      easy: "Ce médecin a l'accord de l'État. Il voit si vous pouvez conduire.",
    },
    checked: { on: CHECKED_ON, where: DILA, facts: ['inscrit sur une liste de la préfecture'] },
  },
  {
    id: 'avis-medical',
    domain: 'licence',
    fr: {
      term: 'avis médical',
      variants: ['avis medical', 'avis médicaux', 'avis du médecin'],
      definition: 'Le papier que le médecin agréé remplit après la visite. Il dit si vous pouvez conduire, et pour combien de temps.',
      easy: 'Après la visite, le médecin vous donne un papier. Il dit si vous pouvez conduire. Vous le joignez à la demande.',
    },
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
      definition: 'Une attestation de sécurité routière. Vous la passez au collège (ASSR) ou dans un centre (ASR). Le permis la demande, selon votre âge.',
      easy: 'Au collège, vous passez un petit examen sur la route. Vous recevez une attestation. Elle sert pour le permis.',
    },
  },
  {
    id: 'bsr',
    domain: 'licence',
    fr: {
      term: 'BSR',
      variants: ['brevet de sécurité routière', 'brevet de securite routiere', 'permis AM'],
      definition: "L'ancien nom du permis AM. Il permet de conduire un petit scooter dès 14\u00a0ans, après une formation.",
      easy: "C'est le permis pour un petit scooter. Vous pouvez l'avoir à 14\u00a0ans. Il faut suivre une formation.",
    },
  },
  {
    id: 'residence-normale',
    domain: 'licence',
    fr: {
      term: 'résidence normale',
      variants: ['residence normale', 'lieu de résidence normale'],
      definition: "Le pays où vous vivez au moins 185\u00a0jours par an, pour votre famille ou votre travail. Pour un permis français, c'est la France.",
      easy: "C'est le pays où vous vivez presque toute l'année. Pour un permis français, vous vivez en France.",
    },
    checked: { on: CHECKED_ON, where: DILA, facts: ['au moins 185\u00a0jours par an'] },
  },
  {
    id: 'jdc',
    domain: 'licence',
    fr: {
      term: 'JDC',
      variants: ['journée défense et citoyenneté', 'journee defense et citoyennete', 'certificat de JDC', "journée d'appel"],
      definition:
        "Une journée sur la défense du pays, que chaque jeune fait avant 25\u00a0ans. Son certificat est demandé pour le permis, jusqu'à 25\u00a0ans.",
      easy: 'Chaque jeune va à une réunion sur la défense du pays. Il reçoit un papier. Ce papier sert pour le permis.',
    },
  },
  {
    id: 'attestation-recensement',
    domain: 'licence',
    fr: {
      term: 'attestation de recensement',
      variants: ['attestations de recensement', 'recensement citoyen', 'attestation de recensement citoyen'],
      definition:
        'Le papier que la mairie donne à un jeune de 16\u00a0ans qui se fait recenser. Il sert pour le permis, avant la journée défense et citoyenneté.',
      easy: 'À 16\u00a0ans, vous allez à la mairie pour vous faire recenser. La mairie vous donne un papier. Gardez-le pour le permis.',
    },
  },
  {
    id: 'recepisse',
    domain: 'general',
    fr: {
      term: 'récépissé',
      variants: ['recepisse', 'récépissés', 'récépissé de déclaration', 'récépissé de dépôt'],
      definition: 'Un papier qui prouve que vous avez fait une démarche, par exemple une déclaration de vol. Gardez-le.',
      easy: "C'est un papier qui prouve une démarche. Par exemple, la police vous le donne après un vol. Gardez-le.",
    },
  },
  {
    id: 'points-permis',
    domain: 'licence',
    fr: {
      term: 'points du permis',
      variants: ['permis à points', 'permis a points', 'solde de points', 'nombre de points'],
      definition:
        "Le permis compte 12\u00a0points au plus. Des points sont retirés après certaines fautes de conduite\u00a0; sans point, le permis n'est plus valable.",
      easy: 'Votre permis a des points. Il en a 12 au maximum. Vous perdez des points si vous ne respectez pas certaines règles. Sans points, vous ne pouvez plus conduire.',
    },
    link: SECURITE_ROUTIERE,
  },
  {
    id: 'permis-probatoire',
    domain: 'licence',
    fr: {
      term: 'permis probatoire',
      variants: ['permis probatoires', 'période probatoire', 'periode probatoire', 'jeune conducteur', 'jeunes conducteurs'],
      definition: "Les premières années après le permis, en général 3\u00a0ans. Le permis commence avec 6\u00a0points et monte jusqu'à 12 si tout va bien.",
      easy: "Au début, votre permis a 6\u00a0points. Si vous ne perdez pas de points, il monte jusqu'à 12. Cela dure en général 3\u00a0ans.",
    },
  },
  {
    id: 'conduite-accompagnee',
    domain: 'licence',
    fr: {
      term: 'conduite accompagnée',
      variants: ['conduite accompagnee', 'apprentissage anticipé de la conduite', 'apprentissage anticipe de la conduite', 'AAC'],
      definition: 'Apprendre à conduire dès 15\u00a0ans, après des leçons en auto-école. Un adulte qui a le permis est à côté de vous.',
      easy: "Vous apprenez à conduire dès 15\u00a0ans. Un adulte qui a le permis est à côté de vous. Vous commencez par des leçons à l'auto-école.",
    },
  },
  {
    id: 'echange-permis',
    domain: 'licence',
    fr: {
      term: 'échange de permis',
      variants: ['echange de permis', 'échange de permis étranger', "échange d'un permis étranger"],
      definition: 'La démarche pour remplacer un permis obtenu dans un autre pays par un permis français.',
      easy: 'Vous avez eu votre permis dans un autre pays. Parfois, vous pouvez le changer contre un permis français.',
    },
    link: ANTS,
  },

  // ─── Identity: carte nationale d'identité, passeport ─────────────────────
  {
    id: 'carte-nationale-identite',
    domain: 'identity',
    fr: {
      term: "carte nationale d'identité",
      variants: ["carte nationale d'identite", "cartes nationales d'identité", "carte d'identité", "carte d'identite", "cartes d'identité", 'CNI'],
      definition: "Le document qui prouve votre identité et votre nationalité française. Aujourd'hui, c'est une carte comme une carte bancaire, avec une puce.",
      easy: 'Cette carte dit qui vous êtes. Elle dit que vous êtes français ou française. Elle a votre photo.',
    },
    link: ANTS,
  },
  {
    id: 'passeport',
    domain: 'identity',
    fr: {
      term: 'passeport',
      variants: ['passeports'],
      definition:
        "Le livret qui prouve votre identité et votre nationalité, en France et à l'étranger. Beaucoup de pays le demandent pour entrer. Il est payant.",
      easy: "C'est un petit livre avec votre photo. Il sert à voyager dans d'autres pays. Il est payant.",
    },
    link: ANTS,
  },
  {
    id: 'pre-demande',
    domain: 'identity',
    fr: {
      term: 'pré-demande',
      variants: ['pre-demande', 'pré-demandes', 'predemande', 'pré-demande en ligne'],
      definition: "Le formulaire rempli en ligne avant le rendez-vous pour une carte d'identité ou un passeport. Elle fait gagner du temps au guichet.",
      easy: "Vous remplissez un formulaire sur internet. Vous le faites avant d'aller à la mairie. Ainsi, le rendez-vous est plus court.",
    },
    link: ANTS,
  },
  {
    id: 'numero-pre-demande',
    domain: 'identity',
    fr: {
      term: 'numéro de pré-demande',
      variants: ['numero de pre-demande', 'numéros de pré-demande', 'numéro de predemande'],
      definition: 'Le numéro donné à la fin de la pré-demande. Vous le donnez à la mairie, qui retrouve ainsi vos informations.',
      easy: 'À la fin de la demande sur internet, vous recevez un numéro. Vous donnez ce numéro à la mairie.',
    },
  },
  {
    id: 'rendez-vous-mairie',
    domain: 'identity',
    fr: {
      term: 'rendez-vous en mairie',
      variants: ['rendez-vous à la mairie', 'prise de rendez-vous'],
      definition: "Pour une carte d'identité ou un passeport, vous allez en personne dans une mairie équipée. Ce n'est pas forcément celle de votre commune.",
      easy: "Vous prenez un rendez-vous à la mairie. Vous y allez vous-même. Vous pouvez choisir la mairie d'une autre ville.",
    },
  },
  {
    id: 'recueil-empreintes',
    domain: 'identity',
    fr: {
      term: 'recueil des empreintes',
      variants: ["prise d'empreintes", 'relevé des empreintes'],
      definition: "Au rendez-vous, un agent enregistre les traces de vos doigts avec un appareil. Ce n'est pas fait pour les enfants de moins de 12\u00a0ans.",
      easy: "À la mairie, vous posez vos doigts sur un appareil. L'appareil enregistre vos empreintes. Un enfant de moins de 12\u00a0ans ne donne pas ses empreintes.",
    },
  },
  {
    id: 'empreintes',
    domain: 'identity',
    fr: {
      term: 'empreintes digitales',
      variants: ['empreintes', 'empreinte digitale', 'empreinte'],
      definition: "Les dessins au bout de vos doigts. Chacun a les siens. La mairie les enregistre pour une carte d'identité ou un passeport.",
      easy: 'Ce sont les dessins au bout de vos doigts. Chaque personne a les siens. La mairie les enregistre.',
    },
  },
  {
    id: 'autorite-parentale',
    domain: 'identity',
    fr: {
      term: 'autorité parentale',
      variants: ['autorite parentale', "exercice de l'autorité parentale"],
      definition:
        "Les droits et les devoirs des parents pour leur enfant de moins de 18\u00a0ans. Pour les papiers d'un enfant, un parent qui l'a fait la demande.",
      easy: "Les parents ont des droits et des devoirs pour leur enfant. Pour les papiers d'un enfant, un parent fait la demande.",
    },
  },
  {
    id: 'dispositif-recueil',
    domain: 'identity',
    fr: {
      term: 'dispositif de recueil',
      variants: ['dispositifs de recueil', 'station de recueil', 'stations de recueil'],
      definition: "L'appareil qui prend vos empreintes et votre signature pour une carte d'identité ou un passeport. Seules certaines mairies en ont un.",
      easy: "C'est une machine de la mairie. Elle prend vos empreintes et votre signature. Toutes les mairies n'ont pas cette machine.",
    },
  },
  {
    id: 'remise-titre',
    domain: 'identity',
    fr: {
      term: 'remise du titre',
      variants: ['retrait du titre', 'remise de la carte', 'retrait de la carte', 'retrait du passeport'],
      definition: "Le moment où vous allez chercher votre carte d'identité ou votre passeport à la mairie, quand il est prêt. Vous y allez en personne.",
      easy: 'Votre carte est prête. Vous allez la chercher à la mairie. Vous y allez vous-même.',
    },
  },
  {
    id: 'etat-civil',
    domain: 'identity',
    fr: {
      term: 'état civil',
      variants: ['etat civil', 'état-civil', 'etat-civil'],
      definition:
        "Vos informations officielles\u00a0: noms, prénoms, date et lieu de naissance, mariage. C'est aussi le service de la mairie qui les enregistre.",
      easy: "C'est votre nom, vos prénoms et votre date de naissance. C'est aussi votre lieu de naissance. Ces informations sont officielles.",
    },
    link: SERVICE_PUBLIC,
  },
  {
    id: 'acte-naissance',
    domain: 'identity',
    fr: {
      term: 'acte de naissance',
      variants: ['actes de naissance', "extrait d'acte de naissance", "copie intégrale d'acte de naissance", "copie integrale d'acte de naissance"],
      definition:
        "Le papier officiel fait par la mairie du lieu de naissance. Souvent, l'administration le vérifie elle-même\u00a0: vous n'avez pas à le donner.",
      easy: "C'est le papier fait par la mairie à votre naissance. Souvent, vous n'avez pas besoin de le donner.",
    },
    link: SERVICE_PUBLIC,
  },
  {
    id: 'filiation',
    domain: 'identity',
    fr: {
      term: 'filiation',
      variants: ['filiations'],
      definition: 'Le lien officiel entre un enfant et ses parents. Dans un formulaire, ce sont les noms, prénoms, dates et lieux de naissance des parents.',
      easy: 'La filiation, ce sont vos parents. Le formulaire demande leur nom et leurs prénoms.',
      plain: 'vos parents',
    },
  },
  {
    id: 'nom-usage',
    domain: 'identity',
    fr: {
      term: "nom d'usage",
      variants: ["noms d'usage", 'nom marital', "nom d'épouse", "nom d'epouse", "nom d'époux"],
      definition: "Un autre nom que vous pouvez utiliser, par exemple celui de votre époux ou épouse, ou de votre autre parent. Il n'est pas obligatoire.",
      easy: "C'est un autre nom que vous pouvez utiliser. Par exemple, le nom de votre mari ou de votre femme. Vous n'êtes pas obligé d'en avoir un.",
    },
  },
  {
    id: 'nom-naissance',
    domain: 'identity',
    fr: {
      term: 'nom de naissance',
      variants: ['noms de naissance', 'nom de famille', 'noms de famille', 'nom patronymique'],
      definition: 'Le nom écrit sur votre acte de naissance. Le mariage ne le change pas.',
      easy: "C'est le nom que vous avez à la naissance. Il ne change pas quand vous vous mariez.",
    },
  },
  {
    id: 'date-validite',
    domain: 'identity',
    fr: {
      term: 'date de validité',
      variants: ['date de validite', 'dates de validité', "date d'expiration", 'date de fin de validité'],
      definition: "La date jusqu'à laquelle un papier officiel peut servir. Après, il faut en demander un nouveau.",
      easy: 'Un papier officiel marche pendant un temps. Cette date dit quand il ne marche plus.',
    },
  },
  {
    id: 'representant-legal',
    domain: 'identity',
    fr: {
      term: 'représentant légal',
      variants: ['representant legal', 'représentants légaux', 'représentante légale'],
      definition: 'La personne qui fait les démarches pour un enfant de moins de 18\u00a0ans, ou pour un adulte protégé. Par exemple, un parent ou un tuteur.',
      easy: "C'est la personne qui s'occupe des papiers d'un enfant. Souvent, c'est le père ou la mère.",
    },
  },

  // ─── Papers asked in several procedures ──────────────────────────────────
  {
    id: 'titre-securise',
    domain: 'general',
    fr: {
      term: 'titre sécurisé',
      variants: ['titre securise', 'titres sécurisés', 'titres securises'],
      definition: "Un papier de l'État fait pour être dur à copier. Par exemple, la carte d'identité, le passeport, le permis ou la carte grise.",
      easy: "C'est un papier officiel de l'État. Il est fait pour être difficile à copier. Par exemple, le passeport ou le permis.",
    },
  },
  {
    id: 'photo-identite',
    domain: 'general',
    fr: {
      term: "photo d'identité",
      variants: ["photo d'identite", "photos d'identité", "photographie d'identité"],
      definition: 'Une photo récente de votre visage, de face, tête nue, qui suit des règles précises. Elle doit avoir moins de 6\u00a0mois.',
      easy: "C'est une photo de votre visage. Vous regardez droit devant. Vous n'avez rien sur la tête. La photo a moins de 6\u00a0mois.",
    },
  },
  {
    id: 'e-photo',
    domain: 'general',
    fr: {
      term: 'e-photo',
      variants: ['ephoto', 'code e-photo', 'code photo', 'code photo numérique', 'code photo numerique', 'photographe agréé'],
      definition: "Une photo d'identité numérique faite en cabine ou chez un photographe agréé. Ils vous donnent un code à écrire dans la démarche en ligne.",
      easy: 'Vous faites votre photo dans une cabine spéciale. Vous pouvez aussi aller chez un photographe. Vous recevez un code. Vous écrivez ce code sur internet.',
    },
  },
  {
    id: 'photo-signature-numerique',
    domain: 'general',
    fr: {
      term: 'photo-signature numérique',
      variants: ['photo-signature numerique', 'photos-signatures numériques', 'code photo-signature', 'code photo-signature numérique', 'photo-signature'],
      definition: "Le nom que l'agence des titres donne au code e-photo. Ce code garde votre photo et votre signature pour la démarche en ligne.",
      easy: 'La cabine photo vous donne un code. Ce code garde votre photo et votre signature. Vous écrivez ce code sur internet.',
    },
  },
  {
    id: 'cabine-photo-agreee',
    domain: 'general',
    fr: {
      term: 'cabine photo agréée',
      variants: ['cabine photo agreee', 'cabines photo agréées', 'cabine agréée', 'cabine agreee', 'cabines agréées'],
      definition: "Une cabine photo qui peut faire la photo et la signature d'un titre. Elle vous donne un code à recopier dans la démarche.",
      easy: "C'est une cabine photo spéciale. Elle fait votre photo et votre signature. Elle vous donne un code.",
    },
  },
  {
    id: 'signature-numerisee',
    domain: 'general',
    fr: {
      term: 'signature numérisée',
      variants: ['signature numerisee', 'signatures numérisées'],
      definition: "L'image de votre signature, faite sur un écran ou sur papier. Elle est ensuite imprimée sur votre titre, par exemple le permis de conduire.",
      easy: 'Vous signez sur un écran ou sur une feuille. Votre signature devient une image. Elle est imprimée sur votre permis.',
    },
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
      definition: "La façon de payer certaines démarches, comme le passeport. Vous l'achetez en ligne ou dans un bureau de tabac, et vous recevez un numéro.",
      easy: "Parfois, il faut payer. Vous payez avec un timbre. Vous l'achetez sur internet ou au tabac. Vous recevez un numéro.",
    },
    link: TIMBRES,
  },
  {
    id: 'justificatif-domicile',
    domain: 'general',
    fr: {
      term: 'justificatif de domicile',
      variants: ['justificatifs de domicile', "justificatif d'adresse", "justificatifs d'adresse", "preuve d'adresse"],
      definition:
        "Un papier récent avec votre adresse, comme une facture. Il a moins de 1\u00a0an pour une carte d'identité ou un passeport, 6\u00a0mois pour une carte grise.",
      easy: "C'est un papier qui montre où vous habitez. Par exemple, une facture d'électricité à votre nom. Ce papier doit être récent.",
      example: "Exemple\u00a0: une facture d'eau, de gaz ou de téléphone",
    },
    link: SERVICE_PUBLIC,
    checked: {
      on: CHECKED_ON,
      where: ISSUE_14,
      facts: ["moins de 1\u00a0an pour une carte d'identité ou un passeport", 'moins de 6\u00a0mois pour une carte grise'],
    },
  },
  {
    id: 'justif-adresse',
    domain: 'general',
    fr: {
      term: "Justif'Adresse",
      variants: ["Justif'adresse", 'Justif Adresse', "service Justif'Adresse"],
      definition:
        "Un service qui vérifie votre adresse. Il la demande à votre fournisseur de gaz ou d'électricité. Pour une carte d'identité ou un passeport, il remplace la preuve d'adresse.",
      easy: "Ce service vérifie votre adresse pour vous. Il la demande à la société du gaz ou de l'électricité. Vous gardez vos factures chez vous.",
    },
    checked: { on: CHECKED_ON, where: ISSUE_14_AND_DILA, facts: ["il remplace la preuve d'adresse pour une carte d'identité ou un passeport"] },
  },
  {
    id: 'attestation-hebergement',
    domain: 'general',
    fr: {
      term: "attestation d'hébergement",
      variants: ["attestation d'hebergement", "attestations d'hébergement"],
      definition: "Une lettre de la personne qui vous loge, qui dit que vous vivez chez elle. Elle y joint sa pièce d'identité et une preuve d'adresse.",
      easy: "Vous vivez chez quelqu'un. Cette personne écrit une lettre. Elle dit que vous habitez chez elle. Elle donne aussi une copie de sa carte d'identité.",
    },
  },
  {
    id: 'justificatif-identite',
    domain: 'general',
    fr: {
      term: "justificatif d'identité",
      variants: ["justificatif d'identite", "justificatifs d'identité", "pièce d'identité", "piece d'identite", "pièces d'identité", "titre d'identité"],
      definition: "Un papier officiel avec votre photo, qui prouve qui vous êtes. Par exemple, une carte d'identité, un passeport ou un titre de séjour.",
      easy: "C'est un papier officiel avec votre photo. Il montre qui vous êtes. Par exemple, votre carte d'identité ou votre passeport.",
    },
  },
  {
    id: 'piece-justificative',
    domain: 'general',
    fr: {
      term: 'pièce justificative',
      variants: ['piece justificative', 'pièces justificatives', 'pieces justificatives', 'justificatif', 'justificatifs', 'document justificatif'],
      definition: 'Un document qui prouve ce que vous écrivez dans le formulaire, par exemple votre adresse ou votre identité.',
      easy: "C'est un papier qui prouve ce que vous dites. Par exemple, une facture qui montre votre adresse.",
      plain: 'papier qui le prouve',
    },
  },
  {
    id: 'attestation-honneur',
    domain: 'general',
    fr: {
      term: "attestation sur l'honneur",
      variants: ["attestations sur l'honneur", "déclaration sur l'honneur", "declaration sur l'honneur"],
      definition: "Un texte signé où vous affirmez qu'une chose est vraie. Faire une fausse déclaration est puni par la loi.",
      easy: 'Vous écrivez que quelque chose est vrai. Vous signez. Si vous mentez, vous pouvez être puni.',
    },
  },
  {
    id: 'declaration-perte',
    domain: 'general',
    fr: {
      term: 'déclaration de perte',
      variants: ['declaration de perte', 'déclarations de perte', 'déclaration de vol', 'declaration de vol'],
      definition: "La démarche pour dire qu'un document officiel est perdu ou volé. Un vol se déclare à la police ou à la gendarmerie.",
      easy: "Vous avez perdu un papier officiel. Ou on vous l'a volé. Vous devez le dire. Pour un vol, vous allez à la police ou à la gendarmerie.",
    },
  },
  {
    id: 'duplicata',
    domain: 'general',
    fr: {
      term: 'duplicata',
      variants: ['duplicatas'],
      definition: "Un nouvel exemplaire d'un document officiel, fait après une perte, un vol ou s'il est abîmé.",
      easy: "Vous avez perdu un papier. Ou il est abîmé. Vous en demandez un autre, tout pareil. On l'appelle un duplicata.",
    },
  },
  {
    id: 'cerfa',
    domain: 'general',
    fr: {
      term: 'formulaire Cerfa',
      variants: ['formulaires Cerfa', 'Cerfa'],
      definition: "Un formulaire de l'État, avec un numéro à lui.",
      easy: "C'est une feuille à remplir. Elle vient de l'État. Elle a un numéro.",
    },
  },

  // ─── Services and places ─────────────────────────────────────────────────
  {
    id: 'ants',
    domain: 'general',
    fr: {
      term: 'ANTS',
      variants: ['Agence nationale des titres sécurisés', 'Agence nationale des titres securises', 'France Titres'],
      definition:
        "Le service de l'État qui gère les demandes de carte grise, de permis, de carte d'identité et de passeport. Il s'appelle aussi France Titres.",
      easy: "C'est le service de l'État pour les papiers officiels. Par exemple, la carte grise, le permis et le passeport. Son site permet de faire les demandes.",
    },
    link: ANTS,
  },
  {
    id: 'franceconnect',
    domain: 'general',
    fr: {
      term: 'FranceConnect',
      variants: ['France Connect', 'bouton FranceConnect'],
      definition: "Un bouton pour entrer sur un site public avec un compte que vous avez déjà. Par exemple, celui des impôts ou de l'Assurance Maladie.",
      easy: "Vous avez déjà un compte sur un site de l'État. Par exemple, celui des impôts. Avec ce bouton, vous utilisez ce compte. Vous n'avez pas besoin d'un nouveau mot de passe.",
    },
    link: FRANCECONNECT,
  },
  {
    id: 'prefecture',
    domain: 'general',
    fr: {
      term: 'préfecture',
      variants: ['prefecture', 'préfectures', 'sous-préfecture', 'sous-prefecture', 'sous-préfectures'],
      definition: "Les bureaux de l'État dans chaque département. Pour les titres, vous y trouvez souvent un ordinateur et une personne pour vous aider.",
      easy: "C'est le bureau de l'État dans votre département. Parfois, une personne vous y aide sur un ordinateur.",
    },
  },
  {
    id: 'mairie',
    domain: 'general',
    fr: {
      term: 'mairie',
      variants: ['mairies', 'hôtel de ville', 'hotel de ville'],
      definition: "Les bureaux de votre commune. Certaines mairies reçoivent les demandes de carte d'identité et de passeport, sur rendez-vous.",
      easy: "C'est le bureau de votre ville ou de votre village. Certaines mairies s'occupent des cartes d'identité et des passeports.",
    },
  },
  {
    id: 'pli-securise',
    domain: 'general',
    fr: {
      term: 'pli sécurisé',
      variants: ['pli securise', 'plis sécurisés', 'lettre suivie', 'lettres suivies'],
      definition: 'Une lettre suivie que le facteur remet contre une signature. Si vous êtes absent, vous allez la chercher à la poste.',
      easy: "C'est une lettre spéciale. Le facteur vous la donne en main. Vous signez pour la recevoir.",
    },
    checked: { on: CHECKED_ON, where: DILA, facts: ['le facteur remet contre une signature'] },
  },
  {
    id: 'france-services',
    domain: 'general',
    fr: {
      term: 'France Services',
      variants: ['espace France Services', 'espaces France Services', 'maison France Services', 'maisons France Services'],
      definition: 'Un lieu près de chez vous où des agents vous aident gratuitement pour vos démarches, en ligne ou sur papier.',
      easy: "C'est un lieu près de chez vous. Des personnes vous aident pour vos papiers. C'est gratuit.",
    },
    link: FRANCE_SERVICES,
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
      definition: "Une personne formée qui vous aide à vous servir d'un ordinateur, d'un téléphone ou d'internet. Souvent, c'est gratuit.",
      easy: "C'est une personne qui aide à utiliser internet. Elle vous montre comment faire. Souvent, c'est gratuit.",
    },
  },
  {
    id: 'point-numerique',
    domain: 'general',
    fr: {
      term: 'point numérique',
      variants: ['point numerique', 'points numériques', 'points numeriques'],
      definition: 'Un ordinateur que vous pouvez utiliser pour une démarche en ligne, avec une personne pour vous aider. Il y en a en préfecture.',
      easy: "C'est un ordinateur que vous pouvez utiliser. Une personne est là pour vous aider. Il y en a dans les préfectures.",
    },
  },

  // ─── On-line procedures ──────────────────────────────────────────────────
  {
    id: 'teleprocedure',
    domain: 'general',
    fr: {
      term: 'téléprocédure',
      variants: ['teleprocedure', 'téléprocédures', 'démarche en ligne', 'demarche en ligne', 'démarches en ligne'],
      definition: 'Une démarche que vous faites sur internet, sans vous déplacer.',
      easy: "C'est une démarche que vous faites sur internet. Vous n'avez pas besoin de vous déplacer.",
      plain: 'démarche en ligne',
    },
  },
  {
    id: 'espace-personnel',
    domain: 'general',
    fr: {
      term: 'espace personnel',
      variants: ['espaces personnels', 'compte personnel', 'compte usager', 'mon espace'],
      definition: 'Votre page privée sur un site, pour suivre vos demandes et retrouver vos documents. Vous y entrez avec un identifiant et un mot de passe.',
      easy: "C'est votre page sur le site. Vous seul pouvez l'ouvrir. Vous y voyez où en est votre demande.",
    },
  },
  {
    id: 'identifiant',
    domain: 'general',
    fr: {
      term: 'identifiant',
      variants: ['identifiants', "nom d'utilisateur", 'identifiant de connexion'],
      definition: "Le nom ou l'adresse e-mail que vous tapez pour entrer dans votre compte, avec votre mot de passe.",
      easy: "C'est le nom que vous écrivez pour ouvrir votre compte. Souvent, c'est votre adresse e-mail.",
    },
  },
  {
    id: 'mot-de-passe',
    domain: 'general',
    fr: {
      term: 'mot de passe',
      variants: ['mots de passe'],
      definition: 'Le mot secret qui protège votre compte. Ne le donnez à personne, même à une personne qui vous aide.',
      easy: "C'est un code secret. Il protège votre compte. Ne le dites à personne.",
    },
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
      definition: "L'adresse qui sert à recevoir des messages sur internet. Elle contient toujours le signe @.",
      easy: "C'est votre adresse pour recevoir des messages sur internet. Elle a toujours le signe @.",
      example: 'Exemple\u00a0: prenom.nom@exemple.fr',
    },
  },
  {
    id: 'numero-dossier',
    domain: 'general',
    fr: {
      term: 'numéro de dossier',
      variants: ['numero de dossier', 'numéros de dossier', 'numéro de demande', 'numero de demande'],
      definition: "Le numéro donné à votre demande quand vous l'envoyez. Il sert à la suivre et à en parler avec un conseiller.",
      easy: "Vous envoyez votre demande. Elle reçoit un numéro. Gardez ce numéro. Il sert si vous appelez pour avoir de l'aide.",
    },
  },
  {
    id: 'accuse-reception',
    domain: 'general',
    fr: {
      term: 'accusé de réception',
      variants: ['accuse de reception', 'accusés de réception', "accusé d'enregistrement", "accuse d'enregistrement", "accusés d'enregistrement"],
      definition: 'Le message qui confirme que votre demande est bien arrivée. Il donne souvent la date et le numéro de dossier.',
      easy: "C'est un message. Il dit que votre demande est bien arrivée. Gardez-le.",
    },
  },
  {
    id: 'demandeur',
    domain: 'general',
    fr: {
      term: 'demandeur',
      variants: ['demandeurs', 'demandeuse', 'demandeuses'],
      definition: "La personne qui fait la demande. Ce n'est pas toujours celle qui recevra le document, par exemple pour un enfant.",
      easy: "C'est la personne qui fait la demande. Pour un enfant, c'est souvent un parent.",
    },
  },
  {
    id: 'recapitulatif',
    domain: 'general',
    fr: {
      term: 'récapitulatif',
      variants: ['recapitulatif', 'récapitulatifs', 'page récapitulative'],
      definition: "La page qui montre tout ce que vous avez rempli, avant l'envoi. Relisez-la et corrigez si besoin.",
      easy: 'Cette page montre tout ce que vous avez écrit. Vous relisez. Vous corrigez les erreurs. Ensuite, vous envoyez.',
      plain: 'résumé',
    },
  },
  {
    id: 'champ-obligatoire',
    domain: 'general',
    fr: {
      term: 'champ obligatoire',
      variants: ['champs obligatoires', 'mention obligatoire'],
      definition: 'Une case du formulaire que vous devez remplir pour continuer. Elle est souvent marquée par une étoile.',
      easy: 'Vous devez remplir cette case. Sinon, vous ne pouvez pas continuer.',
    },
  },
  {
    id: 'valider',
    domain: 'general',
    fr: {
      term: 'valider',
      variants: ['validation', 'bouton valider'],
      definition: "Confirmer une étape, ou envoyer ce que vous avez rempli. Après l'envoi final, vous ne pouvez souvent plus changer la demande.",
      easy: 'Vous appuyez sur ce bouton quand tout est juste. La demande part. Après, vous ne pouvez souvent plus la changer.',
    },
  },
  {
    id: 'enregistrer',
    domain: 'general',
    fr: {
      term: 'enregistrer',
      variants: ['sauvegarder', 'enregistrer le brouillon'],
      definition: "Garder ce que vous avez rempli, sans l'envoyer. Sur certains sites, vous pouvez revenir plus tard pour finir.",
      easy: 'Le site garde ce que vous avez écrit. La demande ne part pas encore. Parfois, vous pouvez revenir plus tard.',
    },
  },
  {
    id: 'televerser',
    domain: 'general',
    fr: {
      term: 'téléverser',
      variants: ['televerser', 'téléversement', 'joindre un fichier', 'joindre un document', 'déposer un fichier', 'pièce jointe', 'pièces jointes'],
      definition: "Envoyer un fichier de votre ordinateur ou de votre téléphone vers le site. Par exemple, la photo d'un papier.",
      easy: "Vous prenez un fichier sur votre téléphone. Ou sur votre ordinateur. Vous l'envoyez sur le site.",
      plain: 'envoyer un fichier',
    },
  },
  {
    id: 'format-fichier',
    domain: 'general',
    fr: {
      term: 'format de fichier',
      variants: ['formats de fichier', 'format du fichier', 'formats acceptés', 'formats acceptes'],
      definition: "Le type d'un fichier, que montre la fin de son nom, comme .pdf ou .jpg. Le site n'accepte que certains types.",
      easy: 'Un fichier a un type. Par exemple, une photo ou un document. Le site accepte seulement certains types.',
    },
  },
  {
    id: 'taille-fichier',
    domain: 'general',
    fr: {
      term: 'taille du fichier',
      variants: ['taille de fichier', 'taille maximale', 'poids du fichier'],
      definition: 'La place que prend un fichier, en ko ou en Mo. Le site peut refuser un fichier trop lourd.',
      easy: 'Un fichier peut être trop gros. Alors, le site le refuse. Vous pouvez prendre une photo plus petite.',
    },
  },
  {
    id: 'pdf',
    domain: 'general',
    fr: {
      term: 'PDF',
      variants: ['fichier PDF', 'fichiers PDF', 'document PDF', 'format PDF'],
      definition: "Un type de fichier qui garde la même mise en page sur tous les écrans et à l'impression. Beaucoup de démarches l'acceptent.",
      easy: "C'est un type de fichier. Le document reste pareil sur tous les écrans. Vous pouvez l'imprimer.",
    },
  },
];
