/** Opening hours in words (used by every widget that shows hours). */
const fr = {
  'hours.openUntil': "Ouvert jusqu'à {time}",
  'hours.openAllDay': 'Ouvert 24\u00a0h/24',
  'hours.closedOpens': 'Fermé\u00a0— ouvre {day} à {time}',
  'hours.closedNoNext': 'Fermé pour le moment',
  'hours.today': "aujourd'hui",
  'hours.tomorrow': 'demain',
  'hours.zoneNote': '{text} (heure de {place})',
  'hours.holidayClosed': "Fermé aujourd'hui ({holiday})",
  'hours.holidayOpens': "Fermé aujourd'hui ({holiday}). Ouvre {day} à {time}",
  'hours.week.range': 'Du {from} au {to}',
  'hours.week.two': 'Le {first} et le {second}',
  'hours.week.one': 'Le {day}',
  'hours.week.interval': 'de {opens} à {closes}',
  'hours.week.and': ' et ',
  'hours.week.line': '{days}, {hours}.',
  'hours.week.holidays': 'Fermé les jours fériés.',
  'hours.exceptionClosed': "Fermé, ce n'est pas comme d'habitude",
  'hours.exceptionOpens': "Fermé, ce n'est pas comme d'habitude. Ouvre {day} à {time}",
} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {
  'hours.openUntil': 'Open until {time}',
  'hours.openAllDay': 'Open 24 hours',
  'hours.closedOpens': 'Closed — opens {day} at {time}',
  'hours.closedNoNext': 'Closed for now',
  'hours.today': 'today',
  'hours.tomorrow': 'tomorrow',
  'hours.zoneNote': '{text} ({place} time)',
  'hours.holidayClosed': 'Closed today ({holiday})',
  'hours.holidayOpens': 'Closed today ({holiday}) — opens {day} at {time}',
  'hours.week.range': 'From {from} to {to}',
  'hours.week.two': 'On {first}s and {second}s',
  'hours.week.one': 'On {day}s',
  'hours.week.interval': '{opens} to {closes}',
  'hours.week.and': ' and ',
  'hours.week.line': '{days}, {hours}.',
  'hours.week.holidays': 'Closed on public holidays.',
  'hours.exceptionClosed': 'Closed (special closure)',
  'hours.exceptionOpens': 'Closed (special closure). Opens {day} at {time}',
};

/** Easy-to-read French (FALC): short sentences, one idea each; every message has one. */
const frEasy: Record<keyof typeof fr, string> = {
  'hours.openUntil': "C'est ouvert jusqu'à {time}.",
  'hours.openAllDay': "C'est ouvert jour et nuit.",
  'hours.closedOpens': "C'est fermé. Ça ouvre {day} à {time}.",
  'hours.closedNoNext': "C'est fermé pour le moment.",
  'hours.today': "aujourd'hui",
  'hours.tomorrow': 'demain',
  'hours.zoneNote': "{text} C'est l'heure de {place}.",
  'hours.holidayClosed': "C'est un jour de fête\u00a0: {holiday}. C'est fermé.",
  'hours.holidayOpens': "C'est un jour de fête\u00a0: {holiday}. C'est fermé. Ça ouvre {day} à {time}.",
  'hours.week.range': 'Du {from} au {to}',
  'hours.week.two': 'Le {first} et le {second}',
  'hours.week.one': 'Le {day}',
  'hours.week.interval': 'de {opens} à {closes}',
  'hours.week.and': ' et ',
  'hours.week.line': '{days}\u00a0: {hours}.',
  'hours.week.holidays': "Les jours fériés, c'est fermé.",
  'hours.exceptionClosed': "C'est fermé pour le moment. Ce n'est pas comme d'habitude.",
  'hours.exceptionOpens': "C'est fermé pour le moment. Ça ouvre {day} à {time}.",
};

export const hoursText = { fr, en, frEasy };
