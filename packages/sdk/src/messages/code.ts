/**
 * Texts for the adviser's side of the help code: the `relais-code` command
 * and the adviser page (`examples/conseiller/`). Keys start with `code.`.
 */
const fr = {
  'code.reading': '{procedure} — étape {position}\u00a0: {step}',
  'code.stepUnknown': '{procedure} — étape inconnue',
  'code.noProcedure': "La page n'a pas dit quelle démarche",
  'code.otherTable': "Code valide, mais cette démarche n'est pas dans la table",
  'code.misread': 'Code mal lu',
  'code.nearest': 'Codes proches (un seul signe change)\u00a0:',
  'code.noNearest': 'Aucun code proche.',
  'code.askAgain': 'Demandez à la personne de relire le code, un signe à la fois.',
  'code.askCode': 'Écrivez le code donné par la personne, par exemple 2A-28.',
} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {
  'code.reading': '{procedure} — step {position}: {step}',
  'code.stepUnknown': '{procedure} — step unknown',
  'code.noProcedure': 'The page did not say which procedure',
  'code.otherTable': 'Valid code, but this procedure is not in the table',
  'code.misread': 'Code misread',
  'code.nearest': 'Nearby codes (one symbol changed):',
  'code.noNearest': 'No nearby code.',
  'code.askAgain': 'Ask the person to read the code again, one symbol at a time.',
  'code.askCode': 'Type the code the person gave you, for example 2A-28.',
};

/** Easy-to-read French (FALC): short sentences, one idea each, everyday words, no acronym; every message has one. */
const frEasy: Record<keyof typeof fr, string> = {
  'code.reading': '{procedure}. Étape {position}\u00a0: {step}',
  'code.stepUnknown': '{procedure}. On ne sait pas à quelle étape.',
  'code.noProcedure': 'La page ne dit pas quelle démarche.',
  'code.otherTable': "Le code est bon. Mais cette démarche n'est pas dans la liste.",
  'code.misread': 'Le code est mal lu.',
  'code.nearest': 'Voici des codes presque pareils\u00a0:',
  'code.noNearest': "Il n'y a pas de code presque pareil.",
  'code.askAgain': "Demandez à la personne de lire le code encore une fois. Un signe après l'autre.",
  'code.askCode': 'Écrivez le code de la personne. Par exemple 2A-28.',
};

export const codeMessages = { fr, en, frEasy };
