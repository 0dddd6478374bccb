/** Texts of `<relais-help-points>`. Keys start with `points.`. */
const fr = {} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {};

/** Easy-to-read French (FALC): short sentences, one idea each; falls back to `fr`. */
const frEasy: Partial<Record<keyof typeof fr, string>> = {};

export const pointsMessages = { fr, en, frEasy };
