/**
 * The French catalogue: every string a citizen reads, short and plain.
 * French typography: U+00A0 (no-break space) before `:`, `?`, `!` and inside
 * numbers such as "34 00"; `{name}` marks a value filled in at run time.
 */

export const fr = {
  'help.button': "Besoin d'aide\u00a0? Parler à une personne",
  'help.title': 'Parler à une personne',
  'help.close': 'Fermer',
  'help.phone.title': 'Par téléphone',
  'help.phone.call': 'Appeler le {display}',
  'help.phone.abroad': "Depuis l'étranger ou l'outre-mer\u00a0: {display}",
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
  'hours.openUntil': "Ouvert jusqu'à {time}",
  'hours.openAllDay': 'Ouvert 24\u00a0h/24',
  'hours.closedOpens': 'Fermé\u00a0— ouvre {day} à {time}',
  'hours.closedNoNext': 'Fermé pour le moment',
  'hours.today': "aujourd'hui",
  'hours.tomorrow': 'demain',
  'hours.zoneNote': '{text} (heure de {place})',
  'hours.holidayClosed': "Fermé aujourd'hui ({holiday})",
  'hours.holidayOpens': "Fermé aujourd'hui ({holiday})\u00a0— ouvre {day} à {time}",
} as const;

/** A message id. */
export type MessageId = keyof typeof fr;
/** A whole catalogue. */
export type Messages = { readonly [K in MessageId]: string };
/** The ids of every message, for validation of overrides. */
export const messageIds = Object.keys(fr) as MessageId[];
