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
 * Checked by packages/sdk/test/glossary-content.test.ts.
 */
import type { ExplainerBase } from './model.js';
import { certificateSketch, ZONES } from './explainer-sketch.js';

/** The built-in field explainers, without their English texts. */
export const explainersFrench: ExplainerBase[] = [
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
    related: ['numero-dossier', 'accuse-reception', 'espace-personnel'],
  },
];
