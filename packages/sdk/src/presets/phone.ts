/**
 * The 34 00 alone (number, price, hours), with no channel: what every element
 * carries for when there is no page config (see `lineConfig`). Kept apart from
 * the channels, which only the help panel shows.
 * Facts only (numbers, hours, prices); the words are the project's own.
 */
import type { PhoneConfig, RelaisConfig } from '../config.js';
import { deepFreeze } from '../freeze.js';

/**
 * The 34 00 line. Public sources disagree on its hours: these are kept as data
 * with when and where they were checked, and an integrator overrides them in
 * one line: `configure({ help: { phone: { hours: { weekly: [...] } } } })`.
 */
/** The 34 00 as dialled and as written (also what an element falls back to when a config has no phone). */
export const antsNumber = { number: '3400', display: '34\u00a000' } as const;

export const antsPhone = /* @__PURE__ */ deepFreeze({
  ...antsNumber,
  price: "Prix d'un appel local",
  abroad: { number: '+33970830707', display: '+33\u00a09\u00a070\u00a083\u00a007\u00a007' },
  hours: {
    timeZone: 'Europe/Paris',
    weekly: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:45', closes: '19:00' },
      { days: ['sat'], opens: '08:00', closes: '17:00' },
    ],
    holidays: 'fr',
  },
  checked: {
    on: '2026-11-23',
    where: 'Relais issue 2 (foundation), from public ANTS / France Titres pages that disagree on the hours: check ants.gouv.fr before relying on them',
  },
} satisfies PhoneConfig);

/** The 34 00 under everything, with no channel (the help panel adds the line's channels, `antsChannels`). */
export const antsPhoneLine: RelaisConfig = /* @__PURE__ */ deepFreeze({ help: { phone: antsPhone } });
