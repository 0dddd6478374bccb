import { en } from './en.js';
import { fr, messageIds } from './fr.js';
import type { MessageId, Messages } from './fr.js';
import { frEasy } from './fr-easy.js';

export { en, fr, frEasy, messageIds };
export { format } from '../format.js';
export type { MessageId, Messages };

/** The locales Relais speaks. */
export type Locale = 'fr' | 'en';
/** The supported locales, first is the default. */
export const locales: readonly Locale[] = ['fr', 'en'];

/** Message overrides per locale, as in the config's `messages`. */
export type MessageOverrides = { [L in Locale]?: Partial<Record<MessageId, string>> };

/** The catalogue for a locale, with easy-to-read and the config's overrides applied. */
export function messagesFor(locale: Locale, options: { easy?: boolean; overrides?: MessageOverrides } = {}): Messages {
  const base = locale === 'en' ? en : fr;
  const easy = options.easy && locale === 'fr' ? frEasy : {};
  return { ...base, ...easy, ...options.overrides?.[locale] };
}

/** The supported locale for a BCP 47 tag (`fr-FR` → `fr`); French by default. */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'fr';
}
