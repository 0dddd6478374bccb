/**
 * The default field explainers: what a field of the ANTS procedures asks,
 * why, where to find the value, an example of a valid value and the
 * easy-to-read (FALC) version, in French and English, in the project's own
 * words. `summary` is the one sentence added to the field's accessible
 * description; `related` lists the glossary entries the texts use.
 *
 * The pictures are our own schematic drawings (not copies of the real
 * documents): a card with one zone highlighted. Their `alt` says where to look.
 *
 * Checked by packages/sdk/test/glossary-content.test.ts.
 */
import type { FieldExplainer } from './model.js';

/** A zone of the drawing, in its 320 × 200 units. */
interface Zone {
  x: number;
  y: number;
  w: number;
  h: number;
}

const svgDataUrl = (svg: string): string => `data:image/svg+xml,${encodeURIComponent(svg)}`;

/** Where each zone sits on the sketch of the registration certificate. */
const ZONES = {
  /** The top band of the certificate. */
  top: { x: 8, y: 8, w: 304, h: 32 },
  /** The box marked with the letter A. */
  boxA: { x: 10, y: 48, w: 144, h: 26 },
  /** The box marked with the letter B. */
  boxB: { x: 164, y: 48, w: 146, h: 26 },
} satisfies Record<string, Zone>;

/**
 * A schematic registration certificate: a card with a top band, two boxes
 * marked A and B, grey lines for the other entries, one zone highlighted in
 * yellow with a thick outline, and a label linked to it.
 */
function certificateSketch(zone: Zone, label: string): string {
  const bar = (x: number, y: number, w: number, fill = '#8c96a3'): string => `<rect x="${x}" y="${y}" width="${w}" height="8" rx="2" fill="${fill}"/>`;
  const cx = zone.x + zone.w / 2;
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200">',
    '<rect x="2" y="2" width="316" height="196" rx="10" fill="#eef1f4" stroke="#3d4550" stroke-width="2"/>',
    '<rect x="12" y="12" width="296" height="24" rx="4" fill="#cdd4dd"/>',
    `<rect x="${zone.x}" y="${zone.y}" width="${zone.w}" height="${zone.h}" rx="5" fill="#ffe066"/>`,
    bar(22, 20, 118, '#5f6975'),
    bar(196, 20, 100, '#5f6975'),
    '<g font-family="system-ui, sans-serif" font-size="15" font-weight="700" fill="#111">',
    '<text x="16" y="66">A</text><text x="170" y="66">B</text></g>',
    bar(34, 57, 108),
    bar(188, 57, 108),
    bar(20, 86, 150),
    bar(188, 86, 108),
    bar(20, 104, 230),
    bar(20, 122, 190),
    bar(20, 140, 120),
    bar(188, 140, 108),
    `<rect x="${zone.x}" y="${zone.y}" width="${zone.w}" height="${zone.h}" rx="5" fill="none" stroke="#111" stroke-width="3"/>`,
    `<line x1="${cx}" y1="${zone.y + zone.h}" x2="${cx}" y2="160" stroke="#111" stroke-width="3"/>`,
    `<circle cx="${cx}" cy="${zone.y + zone.h}" r="4" fill="#111"/>`,
    '<rect x="8" y="160" width="304" height="30" rx="6" fill="#fff" stroke="#111" stroke-width="2"/>',
    `<text x="160" y="180" text-anchor="middle" font-family="system-ui, sans-serif" font-size="14" font-weight="700" fill="#111">${label}</text>`,
    '</svg>',
  ].join('');
  return svgDataUrl(svg);
}

/** The built-in field explainers, by topic id. */
export const defaultExplainers: FieldExplainer[] = [
  // ─── Vehicle ─────────────────────────────────────────────────────────────
  {
    id: 'numero-immatriculation',
    domain: 'vehicle',
    fr: {
      label: "Numéro d'immatriculation",
      summary: 'Le numéro des plaques du véhicule, écrit aussi dans la case A de la carte grise.',
      what: "Le numéro du véhicule, celui de ses plaques, à l'avant et à l'arrière.",
      why: 'Il permet de retrouver le bon véhicule dans le fichier national des cartes grises.',
      where:
        "Sur les plaques du véhicule, et sur le certificat d'immatriculation (la carte grise), dans la case A. Depuis 2009, il a la forme de l'exemple. Si sa carte grise n'a pas changé depuis, un véhicule a parfois un ancien numéro. Il finit par le numéro du département.",
      example: 'AB-123-CD',
      easy: "C'est le numéro sur la plaque de la voiture. Il est aussi sur la carte grise, à la lettre A. Il a des lettres et des chiffres.",
      picture: {
        src: certificateSketch(ZONES.boxA, "Numéro d'immatriculation"),
        alt: 'Sur la carte grise, dans la case de la lettre A.',
      },
    },
    en: {
      label: 'Registration number',
      summary: "The number on the vehicle's plates, also written in box A of the registration certificate.",
      what: 'The number that identifies the vehicle: the one on its front and back plates.',
      why: 'It is used to find the right vehicle in the national register of registration certificates.',
      where:
        'On the number plates, and on the registration certificate (carte grise), in box A. Since 2009 it looks like the example. A vehicle whose certificate has not changed since then may still have an older number, ending with the number of its département.',
      example: 'AB-123-CD',
      easy: 'It is the number on the plate of the car. It is also on the registration paper, at the letter A. It has letters and figures.',
      picture: {
        src: certificateSketch(ZONES.boxA, 'Registration number'),
        alt: 'On the registration certificate, in the box marked with the letter A.',
      },
    },
    related: ['numero-immatriculation', 'plaque-immatriculation', 'certificat-immatriculation'],
  },
  {
    id: 'numero-formule',
    domain: 'vehicle',
    fr: {
      label: 'Numéro de formule',
      summary: 'Le numéro de 11\u00a0caractères en haut de la carte grise, pas celui des plaques.',
      what: "Le numéro propre à votre certificat d'immatriculation. Il change à chaque nouvelle carte grise, même pour le même véhicule.",
      why: 'Il montre que vous avez en main la dernière carte grise du véhicule, et pas une ancienne ou une fausse.',
      where:
        "En haut de la carte grise, et au dos de son coupon détachable. Il a 11\u00a0caractères\u00a0: 4\u00a0chiffres (l'année), 2\u00a0lettres, puis 5\u00a0chiffres. Les cartes grises faites avant 2009 n'en ont pas\u00a0: suivez alors ce que la démarche demande à la place.",
      example: '2013AB12345',
      easy: "C'est le numéro de la carte grise. Ce n'est pas le numéro de la plaque. Il est écrit en haut de la carte grise. Il commence par une année.",
      picture: {
        src: certificateSketch(ZONES.top, 'Numéro de formule'),
        alt: 'En haut de la carte grise.',
      },
    },
    en: {
      label: 'Certificate serial number (numéro de formule)',
      summary: 'The 11-character number printed near the top of the registration certificate, not the plate number.',
      what: 'The number of your registration certificate itself. It changes with each new certificate, even for the same vehicle.',
      why: 'It shows that you hold the latest certificate of the vehicle, not an old or a false one.',
      where:
        'Near the top of the registration certificate, and on the back of its detachable slip. It has 11 characters: 4 digits (the year), 2 letters, then 5 digits. Certificates issued before 2009 have none: then follow what the procedure asks instead.',
      example: '2013AB12345',
      easy: 'It is the number of the registration paper. It is not the number on the plate. It is at the top of the paper. It starts with a year.',
      picture: {
        src: certificateSketch(ZONES.top, 'Certificate serial number'),
        alt: 'Near the top of the registration certificate.',
      },
    },
    related: ['numero-formule', 'certificat-immatriculation', 'numero-immatriculation', 'coupon-detachable'],
    checked: {
      on: '2026-12-02',
      where:
        'Relais issue 14 (the corrections it lists, from the ants.gouv.fr and service-public.fr pages on each procedure). Not checked on line from here: check ants.gouv.fr before relying on them.',
      facts: ['au dos de son coupon détachable'],
    },
  },
  {
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
    en: {
      label: 'Date of first registration',
      summary: 'The day the vehicle got its first registration certificate, written in box B.',
      what: 'The day the vehicle was registered for the very first time.',
      why: 'It helps check that this is the right vehicle. It also gives its age.',
      where: 'On the registration certificate, in box B. Write it as day, month, year.',
      example: '15/03/2016',
      easy: 'It is the day the car got its very first registration paper. The date is on the paper, at the letter B.',
      picture: {
        src: certificateSketch(ZONES.boxB, 'Date of first registration'),
        alt: 'On the registration certificate, in the box marked with the letter B.',
      },
    },
    related: ['date-premiere-immatriculation', 'certificat-immatriculation'],
  },
  {
    id: 'code-cession',
    domain: 'vehicle',
    fr: {
      label: 'Code de cession',
      summary: "Le code que le vendeur a reçu en déclarant la vente en ligne, et qu'il doit vous donner.",
      what: "Un code secret créé quand le vendeur déclare en ligne qu'il vous vend ou vous donne le véhicule.",
      why: 'Il relie votre demande de carte grise à la déclaration de vente faite par le vendeur.',
      where: "Demandez-le au vendeur\u00a0: il l'a reçu à la fin de sa déclaration de cession en ligne. Il ne figure pas sur la carte grise.",
      easy: "Le vendeur déclare la vente sur internet. Il reçoit un code. Il doit vous donner ce code. Si vous ne l'avez pas, demandez-le au vendeur.",
    },
    en: {
      label: 'Transfer code (code de cession)',
      summary: 'The code the seller got when declaring the sale online, which the seller must give you.',
      what: 'A secret code created when the seller declares online that they sell or give you the vehicle.',
      why: 'It links your registration request to the declaration of sale made by the seller.',
      where: 'Ask the seller: they got it at the end of their online declaration of sale. It is not on the registration certificate.',
      easy: 'The seller reports the sale on the internet. The seller gets a code. The seller must give you this code. If you do not have it, ask the seller.',
    },
    related: ['code-cession', 'declaration-cession', 'certificat-immatriculation'],
  },
  {
    id: 'date-cession',
    domain: 'vehicle',
    fr: {
      label: 'Date de la vente',
      summary: 'Le jour où le véhicule vous a été vendu ou donné, écrit sur le certificat de cession.',
      what: 'Le jour où le véhicule a été vendu ou donné.',
      why: "À partir de ce jour, le véhicule est sous la responsabilité de l'acheteur. Cette date fixe aussi le délai pour faire la carte grise.",
      where: 'Sur le certificat de cession, que le vendeur et vous avez signé.',
      example: '02/09/2024',
      easy: "C'est le jour où vous avez eu la voiture. Cette date est sur la feuille de vente. Vous et le vendeur l'avez signée.",
    },
    en: {
      label: 'Date of sale',
      summary: 'The day the vehicle was sold or given to you, written on the certificate of sale.',
      what: 'The day the vehicle was sold or given away.',
      why: 'From that day, the buyer is responsible for the vehicle. This date also starts the time limit to get the new certificate.',
      where: 'On the certificate of sale, filled in and signed by the seller and the buyer.',
      example: '02/09/2024',
      easy: 'It is the day you got the car. This date is on the sale paper. You and the seller signed it.',
    },
    related: ['certificat-cession', 'changement-titulaire', 'acquereur'],
  },
  {
    id: 'ancien-titulaire',
    domain: 'vehicle',
    fr: {
      label: "Nom de l'ancien titulaire",
      summary: "Le nom de la personne ou de l'entreprise inscrite sur la carte grise avant la vente.",
      what: "Le nom de la personne, ou de l'entreprise, à qui la carte grise appartenait avant vous.",
      why: 'Il permet de vérifier que le vendeur est bien la personne inscrite sur la carte grise.',
      where: 'Sur la carte grise que le vendeur vous a remise, dans la case C.1. Il est aussi sur le certificat de cession.',
      example: 'Durand',
      easy: "Écrivez le nom qui est sur la carte grise. C'est le nom de la personne qui vous a vendu la voiture.",
    },
    en: {
      label: 'Name of the previous holder',
      summary: 'The name of the person or company on the registration certificate before the sale.',
      what: 'The name of the person, or company, who held the registration certificate before you.',
      why: 'It is used to check that the seller is the person named on the certificate.',
      where: 'On the registration certificate the seller gave you, in box C.1. It is also on the certificate of sale.',
      example: 'Durand',
      easy: 'Write the name that is on the registration paper. It is the name of the person who sold you the car.',
    },
    related: ['titulaire', 'cedant', 'certificat-immatriculation', 'certificat-cession'],
  },

  // ─── Driving licence ─────────────────────────────────────────────────────
  {
    id: 'neph',
    domain: 'licence',
    fr: {
      label: 'Numéro NEPH',
      summary: "Le numéro à 12\u00a0chiffres de votre dossier de permis, donné lors de l'inscription au permis.",
      what: 'Le numéro de votre dossier de permis de conduire. Il a 12\u00a0chiffres.',
      why: 'Il relie cette demande à votre dossier de permis, avec vos examens et vos permis.',
      where: 'Dans le courriel ou le document reçu lors de votre inscription au permis. Votre auto-école peut aussi vous le donner.',
      example: '123456789012',
      easy: "C'est le numéro de votre dossier de permis. Il a 12\u00a0chiffres. Vous l'avez reçu à votre inscription au permis. Votre auto-école le connaît.",
    },
    en: {
      label: 'NEPH number',
      summary: 'The 12-digit number of your driving licence file, given when you registered for the licence.',
      what: 'The number of your driving licence file. It has 12 digits.',
      why: 'It links this request to your licence file: registration, tests, licences you already hold.',
      where: 'In the e-mail or the document you got when you registered for the licence. Your driving school can also give it to you.',
      example: '123456789012',
      easy: 'It is the number of your licence file. It has 12 figures. You got it when you signed up for the licence. Your driving school knows it.',
    },
    related: ['neph', 'inscription-permis', 'auto-ecole', 'permis-de-conduire'],
  },
  {
    id: 'code-photo',
    domain: 'general',
    fr: {
      label: 'Code de la photo (e-photo)',
      summary: 'Le code donné avec votre photo par une cabine ou un photographe agréés, pour joindre photo et signature.',
      what: "Le code de votre photo d'identité faite sur place. La cabine ou le photographe vous le donne.",
      why: "Avec ce code, la démarche récupère votre photo et votre signature. Vous n'avez rien à envoyer par la poste.",
      where:
        'Sur la planche de photos ou le ticket donné par la cabine ou le photographe. Vérifiez que la cabine affiche bien le service e-photo avant de payer.',
      easy: 'Vous faites votre photo dans une cabine spéciale ou chez un photographe. Vous recevez une feuille avec un code. Vous écrivez ce code ici.',
    },
    en: {
      label: 'Digital photo code (e-photo)',
      summary: 'The code given with your photo by an approved booth or photographer, to attach your photo and signature.',
      what: 'The code that goes with your digital ID photo, taken in an approved booth or by an approved photographer.',
      why: 'With this code, the procedure gets your photo and your signature. You have nothing to send by post.',
      where: 'On the photo sheet or the ticket given by the booth or the photographer. Before paying, check that the booth offers the e-photo service.',
      easy: 'You take your photo in a special booth or at a photographer. You get a sheet with a code. You write this code here.',
    },
    related: ['e-photo', 'photo-identite', 'signature-numerisee'],
  },
  {
    id: 'signature',
    domain: 'general',
    fr: {
      label: 'Signature',
      summary: 'Votre signature, faite avec la photo ou au rendez-vous, puis imprimée sur votre titre.',
      what: 'Votre signature de tous les jours, en image.',
      why: 'Elle est imprimée sur votre titre, par exemple votre permis de conduire.',
      where:
        "Pour le permis, vous signez dans la cabine ou chez le photographe agréé. La signature va avec le code de la photo. Pour une carte d'identité ou un passeport, vous signez au rendez-vous en mairie.",
      easy: "Vous signez comme d'habitude. Votre signature devient une image. Elle est imprimée sur votre permis ou votre carte.",
    },
    en: {
      label: 'Signature',
      summary: 'Your signature, taken with the digital photo or at the appointment, which will be printed on your document.',
      what: 'Your usual signature, as an image.',
      why: 'It is printed on your document, for example your driving licence.',
      where:
        'For a driving licence, you sign in the approved booth or at the photographer: the signature goes with the photo code. For an identity card or a passport, you sign at the town hall appointment.',
      easy: 'You sign as usual. Your signature becomes a picture. It is printed on your licence or your card.',
    },
    related: ['signature-numerisee', 'e-photo', 'rendez-vous-mairie', 'titre-securise'],
  },
  {
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
    en: {
      label: 'Electronic tax stamp number',
      summary: 'The number of the electronic tax stamp bought to pay for this procedure, copied from its receipt.',
      what: 'The number of the electronic tax stamp you bought to pay for this procedure.',
      why: 'Some procedures cost money, for example a passport, or a new licence after a loss or a theft.',
      where: 'On the stamp receipt: in the e-mail or the document you got after buying it online, or on the ticket from the tobacconist.',
      example: '1234 5678 9012 3456',
      easy: 'You bought a stamp to pay. You got a number. You write this number here.',
    },
    related: ['timbre-fiscal', 'passeport', 'duplicata'],
  },
  {
    id: 'justificatif-domicile',
    domain: 'general',
    fr: {
      label: 'Justificatif de domicile',
      summary: 'Un document récent à votre nom qui montre votre adresse, comme une facture.',
      what: "Un document récent, à votre nom, où l'on voit votre adresse.",
      why: "Il prouve où vous habitez. Pour une carte grise, cette adresse est écrite sur la carte et sert à vous l'envoyer.",
      where:
        "Une facture d'eau, de gaz ou de téléphone, un avis d'impôt, une attestation d'assurance du logement. Il a moins de 6\u00a0mois pour une carte grise. Pour une carte d'identité ou un passeport, il a moins de 1\u00a0an. Pour ces deux titres, le service Justif'Adresse peut le remplacer. Vous vivez chez quelqu'un\u00a0? Joignez son attestation d'hébergement.",
      example: "Une facture d'électricité d'il y a 2\u00a0mois",
      easy: "C'est un papier qui montre où vous habitez. Par exemple, une facture d'électricité. Votre nom est dessus. Il doit être récent.",
    },
    en: {
      label: 'Proof of address',
      summary: 'A recent document in your name that shows your address, such as a bill.',
      what: 'A recent document, in your name, that shows your address.',
      why: 'It proves where you live. For a registration certificate, this address is printed on it and used to post it to you.',
      where:
        "A water, gas or phone bill, a tax notice, a home insurance certificate. It must be under 6 months old for a registration certificate, under 1 year for an identity card or a passport. For these two, the Justif'Adresse service can replace it. Do you live at someone else's home? Add their letter of accommodation.",
      example: 'An electricity bill from 2 months ago',
      easy: 'It is a paper that shows where you live. For example, an electricity bill. Your name is on it. It must be recent.',
    },
    related: ['justificatif-domicile', 'justif-adresse', 'attestation-hebergement', 'piece-justificative'],
    checked: {
      on: '2026-12-02',
      where:
        'Relais issue 14 (the corrections it lists, from the ants.gouv.fr and service-public.fr pages on each procedure). Not checked on line from here: check ants.gouv.fr before relying on them.',
      facts: [
        'moins de 6\u00a0mois pour une carte grise',
        "moins de 1\u00a0an pour une carte d'identité ou un passeport",
        "le service Justif'Adresse peut le remplacer",
      ],
    },
  },
  {
    id: 'adresse',
    domain: 'general',
    fr: {
      label: 'Adresse',
      summary: 'Le numéro et le nom de la rue où vous habitez.',
      what: "Le numéro et le nom de la rue où vous habitez, avec le bâtiment ou l'étage si besoin.",
      why: 'Vos courriers et votre titre peuvent être envoyés à cette adresse. Pour une carte grise, elle est aussi écrite dessus.',
      where: "Écrivez la même adresse que sur votre preuve d'adresse.",
      example: '12 rue des Lilas',
      easy: "Écrivez le numéro et le nom de votre rue. C'est là où vous habitez.",
    },
    en: {
      label: 'Address',
      summary: 'The number and name of the street where you live.',
      what: 'The number and name of the street where you live, with the building or floor if needed.',
      why: 'Your letters and your document may be sent to this address. For a registration certificate, it is also printed on it.',
      where: 'Write the same address as on your proof of address.',
      example: '12 rue des Lilas',
      easy: 'Write the number and the name of your street. It is where you live.',
    },
    related: ['justificatif-domicile', 'certificat-immatriculation'],
  },

  // ─── Identity ────────────────────────────────────────────────────────────
  {
    id: 'numero-pre-demande',
    domain: 'identity',
    fr: {
      label: 'Numéro de pré-demande',
      summary: "Le numéro reçu à la fin de votre pré-demande en ligne de carte d'identité ou de passeport.",
      what: "Le numéro donné à la fin de votre pré-demande en ligne de carte d'identité ou de passeport.",
      why: "La mairie s'en sert pour retrouver ce que vous avez rempli. Vous n'avez pas à tout recommencer au guichet.",
      where:
        'Sur la page de résumé de votre pré-demande. Vous la trouvez aussi dans votre espace sur le site. Apportez-la au rendez-vous, sur papier ou sur votre téléphone.',
      easy: "À la fin de la demande sur internet, vous recevez un numéro. Vous le donnez à la mairie. Vous pouvez l'avoir sur papier ou sur votre téléphone.",
    },
    en: {
      label: 'Pre-application number',
      summary: 'The number you got at the end of your online pre-application for an identity card or a passport.',
      what: 'The number given at the end of your online pre-application for an identity card or a passport.',
      why: 'The town hall uses it to find what you filled in. You do not have to start again at the counter.',
      where: 'On the summary of your pre-application, which you also find in your personal account. Bring it to the appointment, printed or on your phone.',
      easy: 'At the end of the form on the internet, you get a number. You give it to the town hall. You can have it on paper or on your phone.',
    },
    related: ['numero-pre-demande', 'pre-demande', 'rendez-vous-mairie', 'espace-personnel', 'recapitulatif'],
  },
  {
    id: 'date-naissance',
    domain: 'identity',
    fr: {
      label: 'Date de naissance',
      summary: 'Votre date de naissance\u00a0: jour, mois, puis année.',
      what: "Le jour, le mois et l'année de votre naissance.",
      why: 'Avec vos noms et votre lieu de naissance, elle permet de vous identifier sans erreur.',
      where: "Sur votre pièce d'identité ou votre acte de naissance.",
      example: '14/07/1985',
      easy: "Écrivez votre date de naissance. D'abord le jour, puis le mois, puis l'année.",
    },
    en: {
      label: 'Date of birth',
      summary: 'Your date of birth: day, month, then year.',
      what: 'The day, month and year of your birth.',
      why: 'With your names and your place of birth, it identifies you without mistake.',
      where: 'On your identity document or your birth certificate.',
      example: '14/07/1985',
      easy: 'Write the day you were born. First the day, then the month, then the year.',
    },
    related: ['etat-civil', 'justificatif-identite', 'acte-naissance'],
  },
  {
    id: 'lieu-naissance',
    domain: 'identity',
    fr: {
      label: 'Lieu de naissance',
      summary: "La commune où vous êtes né ou née, et le pays si c'est hors de France.",
      what: "La commune où vous êtes né ou née. Si c'est hors de France, la ville et le pays.",
      why: 'Avec vos noms et votre date de naissance, il permet de vous identifier. Il sert aussi à vérifier votre acte de naissance.',
      where: "Sur votre pièce d'identité ou votre acte de naissance.",
      example: 'Nantes (Loire-Atlantique)',
      easy: "Écrivez votre ville de naissance. Si c'est dans un autre pays, écrivez aussi le pays.",
    },
    en: {
      label: 'Place of birth',
      summary: 'The town where you were born, and the country if outside France.',
      what: 'The town where you were born. If it is outside France, the town and the country.',
      why: 'With your names and your date of birth, it identifies you. It is also used to check your birth certificate.',
      where: 'On your identity document or your birth certificate.',
      example: 'Nantes (Loire-Atlantique)',
      easy: 'Write the town where you were born. If you were born in another country, also write the country.',
    },
    related: ['etat-civil', 'acte-naissance', 'justificatif-identite'],
  },
  {
    id: 'nom-naissance',
    domain: 'identity',
    fr: {
      label: 'Nom de naissance',
      summary: 'Le nom écrit sur votre acte de naissance, même si vous en utilisez un autre.',
      what: 'Le nom de famille que vous avez reçu à la naissance.',
      why: 'Il vous identifie toute votre vie. Le mariage ne le change pas.',
      where: "Sur votre acte de naissance ou votre pièce d'identité.",
      example: 'Dupont',
      easy: 'Écrivez le nom que vous avez à la naissance. Le mariage ne change pas ce nom.',
    },
    en: {
      label: 'Birth name',
      summary: 'The name on your birth certificate, even if you use another one.',
      what: 'The family name you were given at birth.',
      why: 'It identifies you all your life. Marriage does not change it.',
      where: 'On your birth certificate or your identity document.',
      example: 'Dupont',
      easy: 'Write the name you have at birth. Even if you are married, this name does not change.',
    },
    related: ['nom-naissance', 'acte-naissance', 'etat-civil'],
  },
  {
    id: 'nom-usage',
    domain: 'identity',
    fr: {
      label: "Nom d'usage",
      summary: "Un autre nom que vous utilisez, comme celui de votre époux ou épouse\u00a0; laissez vide si vous n'en avez pas.",
      what: 'Un autre nom que vous pouvez utiliser, par exemple celui de votre époux ou épouse, ou de votre autre parent.',
      why: "S'il est rempli, il sera écrit sur votre titre, en plus de votre nom de naissance.",
      where: "Vous le choisissez. Laissez la case vide si vous n'en avez pas.",
      example: 'Martin',
      easy: "C'est un autre nom. Par exemple, celui de votre mari ou de votre femme. Ce n'est pas obligatoire. Vous pouvez laisser la case vide.",
    },
    en: {
      label: 'Usage name',
      summary: "Another name you use, for example your spouse's; leave it empty if you have none.",
      what: "Another name you may use, for example your spouse's name, or the name of your other parent.",
      why: 'If you fill it in, it will be printed on your document, next to your birth name.',
      where: 'You choose it. Leave the box empty if you have none.',
      example: 'Martin',
      easy: 'It is another name, for example the name of your husband or wife. It is not required. You can leave the box empty.',
    },
    related: ['nom-usage', 'nom-naissance', 'titre-securise'],
  },

  // ─── Contact and sign-in ─────────────────────────────────────────────────
  {
    id: 'adresse-email',
    domain: 'general',
    fr: {
      label: 'Adresse électronique',
      summary: 'Une adresse e-mail que vous consultez, pour recevoir les messages sur votre demande.',
      what: 'Votre adresse mail, avec le signe @.',
      why: 'On vous y envoie la confirmation de votre demande et les messages pour la suite.',
      where: "Choisissez une adresse que vous lisez souvent. Vérifiez chaque lettre\u00a0: une faute, et les messages n'arrivent pas.",
      example: 'prenom.nom@exemple.fr',
      easy: 'Écrivez votre adresse pour recevoir des messages. Elle a le signe @. Vérifiez bien chaque lettre.',
    },
    en: {
      label: 'Email address',
      summary: 'An email address you read, to receive the messages about your request.',
      what: 'Your email address, with the @ sign.',
      why: 'The confirmation of your request and the next messages are sent there.',
      where: 'Choose an address you read often. Check every letter: with one mistake, the messages do not arrive.',
      example: 'firstname.lastname@example.com',
      easy: 'Write your address to get messages. It has the @ sign. Check each letter well.',
    },
    related: ['adresse-electronique', 'accuse-reception'],
  },
  {
    id: 'numero-telephone',
    domain: 'general',
    fr: {
      label: 'Numéro de téléphone',
      summary: "Un numéro où l'on peut vous joindre au sujet de votre demande.",
      what: "Un numéro de téléphone, de préférence un portable, où l'on peut vous joindre.",
      why: 'Il sert à vous prévenir ou à vous contacter au sujet de votre demande.',
      where: 'Écrivez les 10\u00a0chiffres, avec ou sans espaces. Hors de France, ajoutez le code du pays.',
      example: '06\u00a012\u00a034\u00a056\u00a078',
      easy: 'Mettez ici votre numéro. Une personne peut vous appeler. Ou vous envoyer un mot.',
    },
    en: {
      label: 'Phone number',
      summary: 'A number where you can be reached about your request.',
      what: 'A phone number, a mobile if possible, where you can be reached.',
      why: 'It is used to let you know or to contact you about your request.',
      where: 'Write the 10 digits, with or without spaces. For a number outside France, add the country code.',
      example: '06 12 34 56 78',
      easy: 'Write your phone number. You may get a call or a message.',
    },
  },
  {
    id: 'identifiant-franceconnect',
    domain: 'general',
    fr: {
      label: 'Se connecter avec FranceConnect',
      summary: 'Choisissez un compte que vous avez déjà, comme celui des impôts, et entrez son identifiant et son mot de passe.',
      what: 'Rien de nouveau à créer\u00a0: vous choisissez un compte public que vous avez déjà. Puis vous entrez son identifiant et son mot de passe.',
      why: 'Vous évitez de créer un compte de plus. Le site reçoit vos noms, prénoms, date et lieu de naissance, sans que vous les tapiez.',
      where: "Ce sont ceux du compte choisi. Par exemple, pour les impôts, votre numéro fiscal. Pour l'Assurance Maladie, votre numéro de sécurité sociale.",
      easy: "Vous avez déjà un compte sur un site de l'État. Par exemple, le site des impôts. Vous choisissez ce compte. Vous écrivez le même mot de passe que d'habitude.",
    },
    en: {
      label: 'Sign in with FranceConnect',
      summary: 'Choose an account you already have, for example your tax account, and enter its username and password.',
      what: 'Nothing new to create: you choose a public account you already have, then enter its username and password.',
      why: 'You avoid creating one more account. The website receives your names, date and place of birth without you typing them.',
      where: 'They are those of the account you choose. For example, for taxes, your tax number. For health insurance, your social security number.',
      easy: 'You already have an account on a State website. For example, the tax website. You choose this account. You type the same password as usual.',
    },
    related: ['franceconnect', 'identifiant', 'mot-de-passe'],
  },
  {
    id: 'numero-dossier',
    domain: 'general',
    fr: {
      label: 'Numéro de dossier',
      summary: "Le numéro donné à votre demande quand vous l'avez envoyée, à garder pour la suivre.",
      what: "Le numéro que la démarche a donné à votre demande quand vous l'avez envoyée.",
      why: "Il permet de retrouver votre demande, de la suivre et d'en parler avec un conseiller.",
      where: 'Sur le message qui confirme votre demande, et dans votre espace sur le site.',
      easy: 'Quand vous envoyez votre demande, elle reçoit un numéro. Il est dans le message de confirmation. Il est aussi dans votre page sur le site.',
    },
    en: {
      label: 'Application number',
      summary: 'The number given to your request when you sent it, to keep in order to follow it.',
      what: 'The number the procedure gave to your request when you sent it.',
      why: 'It is used to find your request, follow it and talk about it with an adviser.',
      where: 'On the acknowledgement of your request, and in your personal account.',
      easy: 'When you send your request, it gets a number. It is in the confirmation message. It is also on your page on the website.',
    },
    related: ['numero-dossier', 'accuse-reception', 'espace-personnel'],
  },
];
