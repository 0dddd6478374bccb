/**
 * Texts added for the citizen's whole journey (issue 15): the checklist's
 * count, the closed line and its week in words, the relay services for deaf
 * and hard-of-hearing citizens, the "?" trigger after a label. Kept apart so
 * that they sit beside each widget's own file; the keys keep each widget's
 * prefix (`steps.`, `help.`, `hours.`, `explainer.`).
 */
const fr = {
  // <relais-steps>: the checklist
  'steps.docs.ready': '{ready} sur {total} prêts',
  'steps.docs.readyOne': '{ready} sur {total} prêt',
  // <relais-term> with no word of its own: the "?" after a label
  'explainer.term.trigger': 'Explication\u00a0: {term}',
} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {
  'steps.docs.ready': '{ready} of {total} ready',
  'steps.docs.readyOne': '{ready} of {total} ready',
  'explainer.term.trigger': 'Explanation: {term}',
};

/** Easy-to-read French (FALC): short sentences, one idea each; falls back to `fr`. */
const frEasy: Partial<Record<keyof typeof fr, string>> = {
  'steps.docs.ready': 'Vous avez {ready} papiers sur {total}.',
  'steps.docs.readyOne': 'Vous avez {ready} papier sur {total}.',
  'explainer.term.trigger': 'Ce que veut dire\u00a0: {term}',
};

export const journeyMessages = { fr, en, frEasy };
