/** Texts of the national maps of help points: shown by the finder, and by the help panel when there is no points file. */
const fr = {
  'points.maps.intro': 'Trouvez un lieu près de chez vous sur les cartes nationales\u00a0:',
  'points.maps.franceServices': 'Carte des France Services',
  'points.maps.mediation': 'Carte des lieux de médiation numérique',
} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {
  'points.maps.intro': 'Find a place near you on the national maps:',
  'points.maps.franceServices': 'Map of France Services',
  'points.maps.mediation': 'Map of digital help places',
};

/** Easy-to-read French (FALC): short sentences, one idea each; every message has one. */
const frEasy: Record<keyof typeof fr, string> = {
  'points.maps.intro': 'Trouvez un lieu près de chez vous sur ces cartes\u00a0:',
  'points.maps.franceServices': 'La carte des France Services',
  'points.maps.mediation': 'La carte des lieux pour être aidé avec internet',
};

export const mapsMessages = { fr, en, frEasy };
