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
};

export const hoursText = { fr, en, frEasy };
