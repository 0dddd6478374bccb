/**
 * The default glossary: the words of the four titles (carte grise, permis de
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
import type { GlossaryEntry } from './model.js';

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

/** The built-in glossary entries, in French and English. */
export const defaultGlossary: GlossaryEntry[] = [
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
    en: {
      term: 'vehicle registration certificate',
      variants: ['vehicle registration certificates', 'registration certificate', 'registration certificates', 'logbook', 'carte grise'],
      definition: 'The official document of a vehicle. It says who the vehicle belongs to and describes it.',
      easy: 'It is the official paper of a car or a motorbike. It says who owns it.',
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
    en: {
      term: 'certificate serial number',
      variants: ['certificate serial numbers', 'formule number'],
      definition:
        'The number of one registration certificate, not of the vehicle. It has 11 characters. It is near the top of the certificate and on the back of the detachable slip.',
      easy: 'It is the number of your registration paper. It is not the number on the plate. It is at the top of the paper.',
      example: 'Example: 2013AB12345',
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
    en: {
      term: 'registration number',
      variants: ['registration numbers', 'plate number', 'licence plate number', 'license plate number'],
      definition: 'The number of a vehicle, shown on its plates and on the registration certificate. Since 2009 it stays the same for life.',
      easy: 'It is the number on the plate of the car. It has letters and figures. It does not change when the car is sold.',
      example: 'Example: AB-123-CD',
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
    en: {
      term: 'number plate',
      variants: ['number plates', 'licence plate', 'licence plates', 'license plate'],
      definition: 'The plate fixed at the front and at the back of the vehicle. It shows its registration number.',
      easy: 'It is the plate at the front and at the back of the car. It shows the number of the car.',
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
    en: {
      term: 'date of first registration',
      variants: ['first registration date', 'first registration'],
      definition: 'The day the vehicle was registered for the first time. It is in box B of the registration certificate.',
      easy: 'It is the day the car got its very first registration paper. This date is on the paper, at the letter B.',
      example: 'Example: 15/03/2016',
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
    en: {
      term: 'vehicle identification number',
      variants: ['vehicle identification numbers', 'VIN', 'VIN number', 'chassis number'],
      definition: 'A 17-character number that belongs to one vehicle, given when it is built. It is in box E of the registration certificate.',
      easy: 'Each car has its own number. The factory gives this number. It is on the registration paper, at the letter E.',
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
    en: {
      term: 'transfer code',
      variants: ['transfer codes', 'sale code', 'code de cession'],
      definition: 'A code the seller gets when declaring the sale online. The seller gives it to the buyer quickly: the code is valid for 15 days.',
      easy: 'The seller reports the sale on the internet. The seller gets a code. The seller quickly gives it to the buyer. It works for 15 days.',
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
    en: {
      term: 'certificate of sale',
      variants: ['certificates of sale', 'sale certificate', 'transfer certificate', 'cerfa 15776', '15776'],
      definition: 'The form filled in and signed by the seller and the buyer when a vehicle is sold or given. Each of them keeps a copy.',
      easy: 'It is a paper for the sale of a car. The seller and the buyer fill it in. They both sign it. Each one keeps a copy.',
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
    en: {
      term: 'crossed-out registration certificate',
      variants: ['crossed-out certificate', 'carte grise barrée'],
      definition: 'The registration certificate the seller crosses out with one line, writing "Sold on… at…" or "Transferred on…", then signing.',
      easy: 'The seller draws a big line across the paper. The seller writes the day and time of the sale. Then the seller signs.',
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
    en: {
      term: 'detachable slip',
      variants: ['detachable slips', 'coupon détachable'],
      definition:
        'The bottom part of the registration certificate. The seller fills it in and gives it to the buyer. The certificate serial number is also on its back.',
      easy: 'It is the bottom of the registration paper. The seller fills it in. The seller gives it to the buyer.',
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
    en: {
      term: 'declaration of sale',
      variants: ['declarations of sale', 'sale declaration'],
      definition: "The seller's online step to report that the vehicle has been sold or given away. It must be done within 15 days.",
      easy: 'You sell or give away your car. You must say so on the internet. You have 15 days to do it.',
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
    en: {
      term: 'administrative status certificate',
      variants: ['administrative status certificates', 'non-pledge certificate', 'certificate of non-pledge', 'CSA'],
      definition: 'A free document that says whether a vehicle can be sold, or whether it is blocked, for example because of a loan or fines.',
      easy: 'This paper says if the car can be sold. It is free. The seller gives it to the buyer. It must be less than 15 days old.',
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
    en: {
      term: 'pledge',
      variants: ['pledges', 'pledged vehicle', 'vehicle pledge'],
      definition: 'A pledged vehicle is the guarantee for a loan. Before buying a vehicle, check that it is not pledged.',
      easy: 'Sometimes a car is the guarantee for a loan. We say it is pledged. Before you buy, check this.',
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
    en: {
      term: 'roadworthiness test',
      variants: ['roadworthiness tests', 'MOT', 'technical inspection', 'vehicle inspection'],
      definition: 'A check of a vehicle in an approved centre. To sell a car over 4 years old, it must be under 6 months old, or 2 months after a retest.',
      easy: 'A special centre checks the car. It looks at whether the car is safe. Do you sell a car older than 4 years? The test must be less than 6 months old.',
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
    en: {
      term: 'follow-up inspection',
      variants: ['follow-up inspections', 'retest', 'contre-visite'],
      definition: 'A second roadworthiness test, when the first found a serious fault. It checks the repair, within 2 months.',
      easy: 'The test found a big fault. You have the car repaired. A second test checks the repair.',
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
    en: {
      term: 'holder',
      variants: ['holders', 'previous holder', 'new holder', 'registered keeper'],
      definition: 'The person in whose name a document is made, such as a registration certificate or a licence. For a car, it is often the owner.',
      easy: 'It is the person whose name is on the paper. For a registration paper, it is often the owner of the car.',
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
    en: {
      term: 'co-holder',
      variants: ['co-holders', 'joint holder', 'joint holders'],
      definition: "Another person whose name is also on the registration certificate, for example the holder's partner.",
      easy: 'It is a second person on the registration paper. For example, the person you live with.',
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
    en: {
      term: 'change of holder',
      variants: ['change of owner', 'change of ownership', 'transfer of ownership'],
      definition: "The buyer's step to put the registration certificate in their name after a sale or a gift. It must be done within 1 month.",
      easy: 'You buy a car. You must put the registration paper in your name. You have 1 month to do it.',
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
    en: {
      term: 'change of address',
      variants: ['changes of address', 'address change'],
      definition: 'The step to update the address on the registration certificate when you move house. It is free and must be done within a month.',
      easy: 'You move house. You must change the address on the registration paper. You have 1 month. It is free.',
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
    en: {
      term: 'approved motor trade professional',
      variants: ['approved motor trade professionals', 'approved garage', 'approved garages'],
      definition: 'A garage allowed by the State to do your registration certificate steps for you. It may charge for this service.',
      easy: 'Some garages may do your registration paper for you. They can ask you for money for this.',
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
    en: {
      term: 'regional tax',
      variants: ['regional taxes'],
      definition: 'The main amount to pay for a registration certificate. It depends on the region where you live and on the power of the vehicle.',
      easy: 'It is the main price of the registration paper. The price depends on your region. It also depends on how powerful the car is.',
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
    en: {
      term: 'fiscal horsepower',
      variants: ['tax horsepower', 'administrative power'],
      definition: "A figure that rates a vehicle's power for the administration. It is in box P.6 of the registration certificate and sets part of its price.",
      easy: 'It is a number on the registration paper. It says how powerful the car is. The bigger it is, the more the paper costs.',
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
    en: {
      term: 'temporary registration certificate',
      variants: ['temporary registration certificates', 'temporary certificate', 'CPI'],
      definition: 'A document given at the end of some online procedures. It lets you drive in France for 1 month, until the registration certificate arrives.',
      easy: 'You wait for your registration paper. This paper lets you drive while you wait. It works only in France. It lasts 1 month.',
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
    en: {
      term: 'HistoVec',
      variants: ['HistoVec report'],
      definition: 'A free public website giving the history of a vehicle, such as the number of owners. The seller can share this report with the buyer.',
      easy: 'It is a free website of the State. It tells the story of a car. The seller can send it to the buyer.',
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
    en: {
      term: 'acquirer',
      variants: ['acquirers', 'purchaser', 'purchasers'],
      definition: 'The person who buys the vehicle, or who receives it as a gift.',
      easy: 'It is the person who buys the car. Or the person who gets it as a gift.',
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
    en: {
      term: 'transferor',
      variants: ['transferors'],
      definition: 'The person who sells or gives away the vehicle. It is the previous holder of the registration certificate.',
      easy: 'It is the person who sells the car. Or the person who gives it away.',
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
    en: {
      term: 'SIV',
      variants: ['vehicle registration system', 'national vehicle register'],
      definition: 'The national register of vehicles and their registration certificates. Each registration step is recorded in it.',
      easy: 'It is the big State file for cars. It keeps the registration paper of each car.',
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
    en: {
      term: 'confidential code',
      variants: ['confidential codes', 'code confidentiel'],
      definition: 'A secret code in the letter that comes with the registration certificate. Some online steps ask for it. Keep it to yourself.',
      easy: 'It is a secret code. It comes with your registration paper, in the letter. Keep it to yourself.',
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
    en: {
      term: 'driving licence',
      variants: ['driving licences', 'driving license', "driver's license", 'driver license'],
      definition: 'The document that proves you are allowed to drive some vehicles. Today it is a card the size of a bank card.',
      easy: 'It is the card that says you may drive. You carry it with you when you drive.',
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
    en: {
      term: 'NEPH',
      variants: ['NEPH number', 'driving licence file number'],
      definition: 'The number of your driving licence file. It has 12 digits and you get it when you register for the licence.',
      easy: 'It is the number of your licence file. It has 12 figures. You get it when you sign up for the licence.',
      example: 'Example: 123456789012',
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
    en: {
      term: 'driving licence registration',
      variants: ['licence registration', 'registering for the licence'],
      definition: 'The online step that opens your driving licence file. It gives you the number you need to take the tests.',
      easy: 'Before the tests, you sign up for the licence. You do it on the internet. The driving school can do it for you.',
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
    en: {
      term: 'highway code',
      variants: ['theory test', 'driving theory test', 'code de la route'],
      definition: "The rules of the road. It is also the licence's theory test, made of questions, taken in an approved centre.",
      easy: 'These are the rules for driving. It is also a test with questions. There are 40 questions. You need at least 35 right answers.',
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
    en: {
      term: 'driving school',
      variants: ['driving schools'],
      definition: 'A school that teaches driving and prepares you for the licence tests. It can register you for the licence.',
      easy: 'It is a school to learn to drive. It can do the licence steps for you.',
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
    en: {
      term: 'practical driving test',
      variants: ['practical driving tests', 'driving test', 'practical test'],
      definition: 'The part of the licence where you drive on the road, with an examiner who assesses your driving.',
      easy: 'It is the test where you really drive. A person watches you drive. This person says if you pass.',
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
    en: {
      term: 'category B',
      variants: ['B licence', 'category B licence', 'car licence'],
      definition: 'The licence for cars up to 3.5 tonnes and 9 seats, driver included.',
      easy: 'The B licence lets you drive a car. The car has 9 seats at most. The seat of the driver counts.',
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
    en: {
      term: 'restricted information statement',
      variants: ['restricted information statements', 'driving record extract', 'RIR'],
      definition: 'A document that sums up your driving licence, for example the categories you hold and whether it is valid.',
      easy: 'It is a paper that sums up your licence. It says which vehicles you may drive. It says if your licence is valid.',
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
    en: {
      term: 'medical check',
      variants: ['medical checks', 'medical examination', 'fitness-to-drive check'],
      definition: 'An appointment with an approved doctor who checks that you are fit to drive. It is required in some cases, for example for lorries.',
      easy: 'A doctor checks that you can drive safely. Not everyone needs it.',
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
    en: {
      term: 'approved doctor',
      variants: ['approved doctors', 'médecin agréé'],
      definition: "A doctor on the préfecture's list. This doctor does the licence's medical check and says whether you may drive.",
      easy: 'It is a doctor chosen by the préfecture. This doctor checks that you can drive safely.',
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
    en: {
      term: "doctor's report",
      variants: ["doctor's reports", 'medical opinion', 'avis médical'],
      definition: 'The form the approved doctor fills in after the check. It says whether you may drive, and for how long.',
      easy: 'After the check, the doctor gives you a paper. It says if you can drive. You add it to the request.',
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
    en: {
      term: 'ASSR',
      variants: ['ASSR 2', 'ASR', 'road safety certificate', 'school road safety certificate'],
      definition:
        'A road safety certificate, taken at secondary school (ASSR) or in a centre outside school (ASR). The licence asks for it, depending on your age.',
      easy: 'At school, you take a short test about the road. You get a certificate. You need it for the licence.',
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
    en: {
      term: 'BSR',
      variants: ['road safety licence', 'AM licence', 'moped licence'],
      definition: 'The old name of the AM licence. It lets you ride a small scooter from the age of 14, after a training course.',
      easy: 'It is the licence for a small scooter. You can get it at 14. You have to follow a course.',
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
    en: {
      term: 'normal residence',
      variants: ['usual residence', 'résidence normale'],
      definition: 'The country where you live at least 185 days a year, for family or work. For a French licence, it is France.',
      easy: 'It is the country where you live most of the year. For a French licence, you live in France.',
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
    en: {
      term: 'JDC',
      variants: ['defence and citizenship day', 'citizenship day'],
      definition: 'A day about national defence that every young French person attends before 25. Its certificate is asked for the licence until 25.',
      easy: 'Each young person goes to a meeting about the defence of the country. They get a paper. This paper is for the licence.',
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
    en: {
      term: 'census certificate',
      variants: ['census certificates', 'citizen census certificate', 'attestation de recensement'],
      definition: 'The paper the town hall gives a 16-year-old who registers for the citizen census. It is used for the licence, before the citizenship day.',
      easy: 'At 16, you go to the town hall to register. The town hall gives you a paper. Keep it for the licence.',
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
    en: {
      term: 'official receipt',
      variants: ['official receipts', 'récépissé', 'receipt of declaration'],
      definition: 'A paper that proves you made a request or a report, for example a theft report. Keep it.',
      easy: 'It is a paper that proves a step. For example, the police give it to you after a theft. Keep it.',
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
    en: {
      term: 'licence points',
      variants: ['penalty points', 'points-based licence', 'points balance'],
      definition: 'A licence has 12 points at most. Points are taken off after some driving offences; with no points left, the licence is no longer valid.',
      easy: 'Your licence has points. It has 12 at most. You lose points if you break some rules. With no points, you cannot drive any more.',
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
    en: {
      term: 'probationary licence',
      variants: ['probationary licences', 'probationary period', 'new driver', 'new drivers'],
      definition: 'The first years after passing the licence, usually 3 years. The licence starts with 6 points and goes up to 12 if all goes well.',
      easy: 'At first, your licence has 6 points. If you lose no points, it goes up to 12. This usually lasts 3 years.',
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
    en: {
      term: 'accompanied driving',
      variants: ['early driving learning', 'supervised driving'],
      definition: 'A way to learn to drive from the age of 15, with an experienced adult beside you, after lessons at a driving school.',
      easy: 'You learn to drive from the age of 15. An adult with a licence sits next to you. You start with lessons at a driving school.',
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
    en: {
      term: 'licence exchange',
      variants: ['licence exchanges', 'exchange of a foreign licence', 'exchanging a licence'],
      definition: 'The procedure to replace a licence obtained in another country with a French licence.',
      easy: 'You got your licence in another country. Sometimes you can swap it for a French licence.',
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
    en: {
      term: 'national identity card',
      variants: ['national identity cards', 'identity card', 'identity cards', 'ID card', 'ID cards', 'CNI'],
      definition: 'The document that proves who you are and that you are French. Today it is a bank-card-sized card with a chip.',
      easy: 'This card says who you are. It says that you are French. It has your photo.',
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
    en: {
      term: 'passport',
      variants: ['passports'],
      definition: 'The booklet that proves who you are and your nationality, in France and abroad. Many countries ask for it. It is not free.',
      easy: 'It is a small book with your photo. You use it to travel to other countries. You have to pay for it.',
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
    en: {
      term: 'pre-application',
      variants: ['pre-applications', 'online pre-application', 'preapplication'],
      definition: 'The form filled in online before the appointment for an identity card or a passport. It saves time at the counter.',
      easy: 'You fill in a form on the internet. You do it before you go to the town hall. Then the appointment is shorter.',
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
    en: {
      term: 'pre-application number',
      variants: ['pre-application numbers'],
      definition: 'The number you get at the end of the pre-application. You give it to the town hall, which then finds your details.',
      easy: 'At the end of the form on the internet, you get a number. You give this number to the town hall.',
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
    en: {
      term: 'town hall appointment',
      variants: ['town hall appointments', 'appointment at the town hall', 'booking an appointment'],
      definition: 'For an identity card or a passport, you go in person to an equipped town hall. It need not be in your own town.',
      easy: 'You book a time at the town hall. You go there yourself. You can choose the town hall of another town.',
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
    en: {
      term: 'fingerprinting',
      variants: ['taking fingerprints', 'fingerprint capture'],
      definition: 'At the appointment, a member of staff records your fingerprints with a device. It is not done for children under 12.',
      easy: 'At the town hall, you put your fingers on a machine. The machine records your fingerprints. Children under 12 do not do this.',
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
    en: {
      term: 'fingerprints',
      variants: ['fingerprint', 'finger prints'],
      definition: 'The patterns at the tips of your fingers. Each person has their own. The town hall records them for an identity card or a passport.',
      easy: 'They are the lines at the tips of your fingers. Each person has their own. The town hall records them.',
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
    en: {
      term: 'parental authority',
      variants: ['parental responsibility', 'autorité parentale'],
      definition: "The rights and duties of parents towards their child under 18. For a child's documents, a parent who has it makes the request.",
      easy: "Parents have rights and duties for their child. For a child's papers, a parent makes the request.",
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
    en: {
      term: 'enrolment station',
      variants: ['enrolment stations', 'enrollment station', 'biometric station'],
      definition: 'The device that takes your fingerprints and your signature for an identity card or a passport. Only some town halls have one.',
      easy: 'It is a machine at the town hall. It takes your fingerprints and your signature. Not all town halls have this machine.',
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
    en: {
      term: 'collecting the document',
      variants: ['document collection', 'collecting your passport', 'collecting your card'],
      definition: 'The moment you pick up your identity card or passport at the town hall, once it is ready. You go there in person.',
      easy: 'Your card is ready. You go and get it at the town hall. You go there yourself.',
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
    en: {
      term: 'civil status',
      variants: ['civil registration', 'personal details'],
      definition: 'Your official details: names, first names, date and place of birth, marriage. It is also the town hall service that records them.',
      easy: 'It is your name, your first names and your date of birth. It is also your place of birth. These facts are official.',
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
    en: {
      term: 'birth certificate',
      variants: ['birth certificates', 'full copy of the birth certificate', 'extract of the birth certificate'],
      definition: 'The official record made by the town hall of the place of birth. Often the administration checks it itself, so you need not provide it.',
      easy: 'It is the paper made by the town hall when you were born. Often you do not need to give it.',
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
    en: {
      term: 'parentage',
      variants: ['filiation', 'details of parents'],
      definition: "The official link between a child and their parents. In a form, it means the parents' names, first names, dates and places of birth.",
      easy: 'It means your parents. The form asks for their names and first names.',
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
    en: {
      term: 'usage name',
      variants: ['usage names', 'married name', 'name in use', "nom d'usage"],
      definition: "Another name you may use, for example your spouse's name, or the name of your other parent. It is optional.",
      easy: 'It is another name you can use. For example, the name of your husband or wife. You do not have to have one.',
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
    en: {
      term: 'birth name',
      variants: ['birth names', 'surname at birth', 'maiden name', 'family name'],
      definition: 'The name written on your birth certificate. Marriage does not change it.',
      easy: 'It is the name you have at birth. It does not change when you marry.',
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
    en: {
      term: 'expiry date',
      variants: ['expiry dates', 'expiration date', 'valid until'],
      definition: 'The date until which an official document can be used. After it, you need to ask for a new one.',
      easy: 'An official paper works for some time. This date says when it stops working.',
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
    en: {
      term: 'legal guardian',
      variants: ['legal guardians', 'legal representative', 'legal representatives'],
      definition: 'The person who does the procedures for a child under 18 or a protected adult, for example a parent or a guardian.',
      easy: 'It is the person who looks after the papers of a child. Often it is the father or the mother.',
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
    en: {
      term: 'secure document',
      variants: ['secure documents', 'secure title'],
      definition: 'An official State document made to be hard to copy: identity card, passport, driving licence, registration certificate.',
      easy: 'It is an official paper of the State. It is made to be hard to copy. For example, the passport or the licence.',
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
    en: {
      term: 'ID photo',
      variants: ['ID photos', 'passport photo', 'identity photograph'],
      definition: 'A recent photo of your face, from the front, bare-headed, that follows precise rules. It must be less than 6 months old.',
      easy: 'It is a photo of your face. You look straight ahead. You have nothing on your head. The photo is less than 6 months old.',
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
    en: {
      term: 'e-photo',
      variants: ['e-photo code', 'digital photo code', 'approved photographer'],
      definition: 'A digital ID photo taken in an approved booth or by an approved photographer. You get a code to type into the online procedure.',
      easy: 'You take your photo in a special booth. You can also go to a photographer. You get a code. You type this code on the internet.',
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
    en: {
      term: 'digital photo-signature',
      variants: ['digital photo-signatures', 'photo-signature code', 'photo-signature numérique'],
      definition: "The titles agency's name for the e-photo code. This code holds your photo and your signature for the online procedure.",
      easy: 'The photo booth gives you a code. This code keeps your photo and your signature. You type this code on the internet.',
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
    en: {
      term: 'approved photo booth',
      variants: ['approved photo booths', 'approved booth', 'approved booths'],
      definition: 'A photo booth allowed to take the photo and signature for an official document. It gives you a code to type into the procedure.',
      easy: 'It is a special photo booth. It takes your photo and your signature. It gives you a code.',
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
    en: {
      term: 'digitised signature',
      variants: ['digitised signatures', 'digitized signature', 'scanned signature'],
      definition: 'The image of your signature, made on a screen or on paper. It is then printed on your document, for example the driving licence.',
      easy: 'You sign on a screen or on a sheet of paper. Your signature becomes a picture. It is printed on your licence.',
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
    en: {
      term: 'electronic tax stamp',
      variants: ['electronic tax stamps', 'tax stamp', 'tax stamps', 'e-stamp', 'timbre fiscal'],
      definition: 'The way to pay for some procedures, such as a passport. You buy it online or at a tobacconist, and you get a number.',
      easy: 'Some procedures cost money. You pay with a stamp. You buy it on the internet or at a tobacco shop. You get a number.',
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
    en: {
      term: 'proof of address',
      variants: ['proofs of address', 'proof of residence', 'proof of domicile'],
      definition:
        'A recent paper with your address, such as a bill. It must be under 1 year old for an identity card or a passport, 6 months for a registration certificate.',
      easy: 'It is a paper that shows where you live. For example, an electricity bill in your name. This paper must be recent.',
      example: 'Example: a water, gas or phone bill',
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
    en: {
      term: "Justif'Adresse",
      variants: ['Justif Adresse', "Justif'Adresse service"],
      definition: 'A service that checks your address with your energy supplier. For an identity card or a passport, it replaces the proof of address.',
      easy: 'This service checks your address for you. It asks your electricity or gas supplier. Then you need no paper for your address.',
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
    en: {
      term: 'letter of accommodation',
      variants: ['letters of accommodation', 'accommodation certificate', 'letter from your host'],
      definition: 'A letter from the person you live with, saying you live at their home. It comes with their ID and a proof of address.',
      easy: 'You live at the home of someone else. This person writes a letter. It says that you live there. This person also gives a copy of their identity card.',
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
    en: {
      term: 'proof of identity',
      variants: ['proofs of identity', 'identity document', 'identity documents', 'ID document'],
      definition: 'An official document with your photo that proves who you are, for example an identity card, a passport or a residence permit.',
      easy: 'It is an official paper with your photo. It shows who you are. For example, your identity card or your passport.',
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
    en: {
      term: 'supporting document',
      variants: ['supporting documents', 'required document', 'required documents'],
      definition: 'A document that proves what you write in the form, for example your address or your identity.',
      easy: 'It is a paper that proves what you say. For example, a bill that shows your address.',
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
    en: {
      term: 'sworn statement',
      variants: ['sworn statements', 'statement on honour', 'declaration on honour'],
      definition: 'A signed text in which you state that something is true. Making a false statement is punished by law.',
      easy: 'You write that something is true. You sign. If you lie, you can be punished.',
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
    en: {
      term: 'report of loss',
      variants: ['reports of loss', 'loss report', 'declaration of loss', 'report of theft', 'theft report'],
      definition: 'The step to say that an official document is lost or stolen. If it was stolen, you report it to the police or gendarmerie.',
      easy: 'You lost an official paper. Or someone stole it. You must say so. If it was stolen, you go to the police.',
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
    en: {
      term: 'duplicate',
      variants: ['duplicates', 'replacement document'],
      definition: 'A new copy of an official document, made after a loss, a theft or when it is damaged.',
      easy: 'You lost an official paper. Or it is damaged. You ask for the same paper again. This is a duplicate.',
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
    en: {
      term: 'Cerfa form',
      variants: ['Cerfa forms', 'Cerfa'],
      definition: 'An official French administration form, with a number that identifies it.',
      easy: 'It is an official form. It has a number.',
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
    en: {
      term: 'ANTS',
      variants: ['France Titres', 'National Agency for Secure Documents'],
      definition:
        'The State agency that handles requests for registration certificates, driving licences, identity cards and passports. It is also called France Titres.',
      easy: 'It is the State service for official papers. For example, the registration paper, the licence and the passport. Its website takes the requests.',
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
    en: {
      term: 'FranceConnect',
      variants: ['France Connect', 'FranceConnect button'],
      definition: 'A button to sign in to a public website with an account you already have, for example your tax or health insurance account.',
      easy: 'You already have an account on a State website. For example, the tax website. With this button, you use that account. You need no new password.',
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
    en: {
      term: 'prefecture',
      variants: ['prefectures', 'sub-prefecture', 'sub-prefectures'],
      definition: 'The offices of the State in each département. For official documents, you often find a computer there and a person to help you.',
      easy: 'It is the office of the State in your area. You can sometimes find a computer there and a person to help you.',
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
    en: {
      term: 'town hall',
      variants: ['town halls', 'city hall', 'mairie'],
      definition: 'The offices of your town. Some town halls take requests for identity cards and passports, by appointment.',
      easy: 'It is the office of your town or village. Some town halls deal with identity cards and passports.',
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
    en: {
      term: 'secure letter',
      variants: ['secure letters', 'tracked letter', 'tracked letters', 'pli sécurisé'],
      definition: 'A tracked letter the postman hands over against a signature. If you are out, you collect it at the post office.',
      easy: 'It is a special letter. The postman gives it to you. You sign to get it.',
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
    en: {
      term: 'France Services',
      variants: ['France Services centre', 'France Services centres'],
      definition: 'A place near you where staff help you with your procedures for free, online or on paper.',
      easy: 'It is a place near your home. People help you with your papers. It is free.',
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
    en: {
      term: 'digital adviser',
      variants: ['digital advisers', 'digital advisor', 'digital mediator', 'digital mediators'],
      definition: 'A person trained to help you use a computer, a phone or the internet, often for free.',
      easy: 'It is a person who helps you use the internet. This person shows you what to do. It is often free.',
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
    en: {
      term: 'digital help point',
      variants: ['digital help points', 'digital access point'],
      definition: 'A computer you may use, with a person to help you, for example at the prefecture, to do a procedure online.',
      easy: 'It is a computer you can use. A person is there to help you. You find them in prefectures.',
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
    en: {
      term: 'online procedure',
      variants: ['online procedures', 'online application', 'e-procedure'],
      definition: 'An administrative procedure that you do on the internet, without going anywhere.',
      easy: 'It is a procedure you do on the internet. You do not need to go anywhere.',
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
    en: {
      term: 'personal account',
      variants: ['personal accounts', 'personal space', 'user account', 'my account'],
      definition: 'Your private page on a website, where you follow your requests and find your documents. You sign in with a username and a password.',
      easy: 'It is your page on the website. Only you can open it. You see there how your request is going.',
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
    en: {
      term: 'username',
      variants: ['usernames', 'user name', 'login', 'user ID'],
      definition: 'The name or e-mail address you type to get into your account, with your password.',
      easy: 'It is the name you write to open your account. Often it is your e-mail address.',
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
    en: {
      term: 'password',
      variants: ['passwords'],
      definition: 'The secret word that protects your account. Do not give it to anyone, not even to a person who helps you.',
      easy: 'It is a secret code. It protects your account. Do not tell it to anyone.',
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
    en: {
      term: 'email address',
      variants: ['email addresses', 'e-mail address', 'e-mail addresses', 'email', 'e-mail'],
      definition: 'The address used to receive messages on the internet. It always contains the @ sign.',
      easy: 'It is your address to get messages on the internet. It always has the @ sign.',
      example: 'Example: firstname.lastname@example.com',
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
    en: {
      term: 'application number',
      variants: ['application numbers', 'file number', 'case number'],
      definition: 'The number given to your request when you send it. It helps you follow it and talk about it with an adviser.',
      easy: 'You send your request. It gets a number. Keep this number. It helps if you call for help.',
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
    en: {
      term: 'acknowledgement of receipt',
      variants: ['acknowledgment of receipt', 'acknowledgements of receipt', 'confirmation of receipt'],
      definition: 'The message that confirms your request has arrived. It often gives the date and the application number.',
      easy: 'It is a message. It says that your request has arrived. Keep it.',
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
    en: {
      term: 'applicant',
      variants: ['applicants'],
      definition: 'The person who makes the request. It is not always the person who will get the document, for example for a child.',
      easy: 'It is the person who makes the request. For a child, it is often a parent.',
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
    en: {
      term: 'summary',
      variants: ['summary page', 'review page'],
      definition: 'The page that shows everything you filled in, before sending. Read it again and correct it if needed.',
      easy: 'This page shows all you wrote. You read it again. You fix the mistakes. Then you send.',
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
    en: {
      term: 'required field',
      variants: ['required fields', 'mandatory field', 'mandatory fields'],
      definition: 'A box of the form that you must fill in to go on. It is often marked with a star.',
      easy: 'You must fill in this box. If not, you cannot go on.',
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
    en: {
      term: 'submit',
      variants: ['validate', 'submission'],
      definition: 'To confirm a step or send what you filled in. After the final submission, you often cannot change the request.',
      easy: 'You press this button when all is right. The request goes. After that, you often cannot change it.',
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
    en: {
      term: 'save',
      variants: ['save as draft', 'save for later'],
      definition: 'To keep what you filled in, without sending it. On some websites, you can come back later to finish.',
      easy: 'The website keeps what you wrote. The request is not sent yet. Sometimes you can come back later.',
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
    en: {
      term: 'upload',
      variants: ['uploading', 'upload a file', 'attach a file', 'attachment', 'attachments'],
      definition: 'To send a file from your computer or your phone to the website, for example a photo of a document.',
      easy: 'You choose a file on your phone or your computer. You send it to the website.',
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
    en: {
      term: 'file format',
      variants: ['file formats', 'accepted formats', 'file type', 'file types'],
      definition: 'The type of a file, shown by the end of its name, such as .pdf or .jpg. The website accepts only some types.',
      easy: 'A file has a type. For example, a photo or a document. The website accepts only some types.',
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
    en: {
      term: 'file size',
      variants: ['file sizes', 'maximum size', 'maximum file size'],
      definition: 'The space a file takes, in kB or MB. The website may refuse a file that is too big.',
      easy: 'A file can be too big. Then the website refuses it. You can take a smaller photo.',
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
    en: {
      term: 'PDF',
      variants: ['PDF file', 'PDF files', 'PDF document'],
      definition: 'A type of file that keeps the same layout on every screen and when printed. Many procedures accept it.',
      easy: 'It is a type of file. The document looks the same on every screen. You can print it.',
    },
  },
];
