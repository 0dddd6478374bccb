/** Texts of `<relais-term>` and `<relais-explainer>`. Keys start with `explainer.`. */
const fr = {} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {};

/** Easy-to-read French (FALC): short sentences, one idea each; falls back to `fr`. */
const frEasy: Partial<Record<keyof typeof fr, string>> = {};

export const explainerMessages = { fr, en, frEasy };
