/** Texts of `<relais-help>`. */
const fr = {
  'help.button': "Besoin d'aide\u00a0? Parler à une personne",
  'help.title': 'Parler à une personne',
  'help.close': 'Fermer',
  'help.phone.title': 'Par téléphone',
  'help.phone.call': 'Appeler le {display}',
  'help.phone.abroad': "Depuis un autre pays ou l'outre-mer\u00a0: {display}",
  'help.phone.hoursUnknown': 'Horaires non connus',
  'help.code.title': "Votre code d'aide",
  'help.code.intro': 'Donnez ce code à la personne qui vous répond. Il lui dit où vous en êtes. Il ne dit rien sur vous.',
  'help.code.label': "Code d'aide",
  'help.code.copy': 'Copier le code',
  'help.code.copied': 'Code copié',
  'help.code.copyFailed': "La copie n'a pas marché. Notez le code à la main.",
  'help.code.step': "Vous êtes à l'étape\u00a0: {step}",
  'help.code.fileNumber': 'Si vous avez un numéro de dossier, gardez-le sous les yeux.',
  'help.access.title': 'Vous êtes sourd ou malentendant',
  'help.access.intro': "Vous pouvez écrire au lieu d'appeler.",
  'help.other.title': "Autres façons d'obtenir de l'aide",
  'help.points.title': 'Être aidé près de chez vous',
  'help.points.intro': 'Un conseiller peut vous aider gratuitement, sur place, en France Services ou en préfecture.',
} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {
  'help.button': 'Need help? Talk to a person',
  'help.title': 'Talk to a person',
  'help.close': 'Close',
  'help.phone.title': 'By phone',
  'help.phone.call': 'Call {display}',
  'help.phone.abroad': 'From abroad or overseas France: {display}',
  'help.phone.hoursUnknown': 'Opening hours not known',
  'help.code.title': 'Your help code',
  'help.code.intro': 'Give this code to the person who answers. It tells them where you are in the form. It says nothing about you.',
  'help.code.label': 'Help code',
  'help.code.copy': 'Copy the code',
  'help.code.copied': 'Code copied',
  'help.code.copyFailed': 'Copying did not work. Write the code down.',
  'help.code.step': 'You are at this step: {step}',
  'help.code.fileNumber': 'If you have a file number, keep it at hand.',
  'help.access.title': 'If you are deaf or hard of hearing',
  'help.access.intro': 'You can write instead of calling.',
  'help.other.title': 'Other ways to get help',
  'help.points.title': 'Get help near you',
  'help.points.intro': 'An adviser can help you for free, in person, at a France Services office or a préfecture.',
};

/**
 * Easy-to-read French (FALC): short sentences, one idea each, everyday
 * words, no acronym. Every message has one (checked by @relais/plain's self-check).
 */
const frEasy: Record<keyof typeof fr, string> = {
  'help.button': "Besoin d'aide\u00a0? Parlez à une personne",
  'help.title': 'Parlez à une personne',
  'help.close': 'Fermer',
  'help.phone.title': 'Par téléphone',
  'help.phone.call': 'Appelez le {display}',
  'help.phone.abroad': "Vous êtes à l'étranger ou en outre-mer\u00a0? Appelez le {display}",
  'help.phone.hoursUnknown': 'Nous ne connaissons pas les horaires',
  'help.code.title': "Votre code d'aide",
  'help.code.intro': 'Dites ce code à la personne au téléphone. Avec ce code, elle sait où vous en êtes.',
  'help.code.label': "Code d'aide",
  'help.code.copy': 'Copier le code',
  'help.code.copied': 'Le code est copié',
  'help.code.copyFailed': "La copie n'a pas marché. Écrivez le code sur un papier.",
  'help.code.step': 'Vous êtes à cette étape\u00a0: {step}',
  'help.code.fileNumber': 'Vous avez un numéro de dossier\u00a0? Gardez-le près de vous.',
  'help.access.title': 'Vous êtes sourd ou vous entendez mal',
  'help.access.intro': 'Vous pouvez aussi nous écrire.',
  'help.other.title': "D'autres façons d'avoir de l'aide",
  'help.points.title': 'Une personne pour vous aider près de chez vous',
  'help.points.intro': "Vous pouvez aussi aller voir une personne. Elle vous aide. C'est gratuit.",
};

export const helpMessages = { fr, en, frEasy };
