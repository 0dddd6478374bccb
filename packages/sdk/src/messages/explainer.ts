/** Texts of `<relais-term>` and `<relais-explainer>`. Keys start with `explainer.`. */
const fr = {
  'explainer.term.hint': "Voir l'explication",
  'explainer.easy': 'Plus simple',
  'explainer.listen': 'Écouter',
  'explainer.stop': 'Arrêter la lecture',
  'explainer.more': 'En savoir plus',
  'explainer.moreAbout': 'sur «\u00a0{term}\u00a0»',
  'explainer.close': 'Fermer',
  'explainer.field.toggle': "Qu'est-ce que c'est\u00a0? Où le trouver\u00a0?",
  'explainer.field.about': '({label})',
  'explainer.field.what': 'Ce qui est demandé',
  'explainer.field.why': 'Pourquoi on le demande',
  'explainer.field.where': 'Où le trouver',
  'explainer.field.example': 'Exemple\u00a0: {example}',
  'explainer.term.trigger': 'Explication\u00a0: {term}',
  'explainer.term.unavailable': "L'explication de ce mot n'a pas pu s'afficher. Vérifiez votre connexion à internet, puis appuyez de nouveau sur le mot.",
} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {
  'explainer.term.hint': 'Show the explanation',
  'explainer.easy': 'Simpler',
  'explainer.listen': 'Listen',
  'explainer.stop': 'Stop reading',
  'explainer.more': 'Learn more',
  'explainer.moreAbout': 'about “{term}”',
  'explainer.close': 'Close',
  'explainer.field.toggle': 'What is this? Where do I find it?',
  'explainer.field.about': '({label})',
  'explainer.field.what': 'What is asked',
  'explainer.field.why': 'Why it is asked',
  'explainer.field.where': 'Where to find it',
  'explainer.field.example': 'Example: {example}',
  'explainer.term.trigger': 'Explanation: {term}',
  'explainer.term.unavailable': 'The explanation of this word could not be shown. Check your internet connection, then press the word again.',
};

/** Easy-to-read French (FALC): short sentences, one idea each; every message has one. */
const frEasy: Record<keyof typeof fr, string> = {
  'explainer.term.hint': 'Appuyez pour comprendre ce mot',
  'explainer.easy': 'Plus simple',
  'explainer.listen': 'Écouter',
  'explainer.stop': 'Arrêter',
  'explainer.more': 'En savoir plus',
  'explainer.moreAbout': 'sur «\u00a0{term}\u00a0»',
  'explainer.close': 'Fermer',
  'explainer.field.toggle': "C'est quoi\u00a0? Où je le trouve\u00a0?",
  'explainer.field.about': '({label})',
  'explainer.field.what': 'On vous demande',
  'explainer.field.why': 'Pourquoi',
  'explainer.field.where': 'Où le trouver',
  'explainer.field.example': 'Par exemple\u00a0: {example}',
  'explainer.term.trigger': 'Ce que veut dire\u00a0: {term}',
  'explainer.term.unavailable': "Le texte n'est pas là. Appuyez encore sur le mot.",
};

export const explainerMessages = { fr, en, frEasy };
