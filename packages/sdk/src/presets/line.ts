/**
 * The national titles agency's line (ANTS, now also named France Titres): the
 * 34 00 and its other ways in, apart from the procedures so that an element
 * needing only the line does not load every procedure's steps.
 * Facts only (numbers, hours, prices); the words are the project's own.
 */
import type { ChannelConfig, RelaisConfig } from '../config.js';
import { deepFreeze } from '../freeze.js';
import { antsPhone } from './phone.js';

export { antsNumber, antsPhone, antsPhoneLine } from './phone.js';

/**
 * Other ways in, for everyone and for deaf, hard-of-hearing, deafblind and
 * aphasic citizens:
 * - the operators' relay services (no link: each operator offers its own; the
 *   panel says in its own words how to call the 34 00 through them);
 * - writing to France Titres. Its contact page's address could not be checked
 *   for this preset, so the link goes to the site's home page and its text
 *   says so plainly; a site that knows the contact page sets `href` to it,
 *   with its own `checked`.
 */
export const antsChannels: readonly ChannelConfig[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'relais-operateur',
    kind: 'relay',
    label: 'Le service relais téléphonique',
    modes: ['lsf', 'lfpc', 'text'],
    checked: {
      on: '2026-12-02',
      // Since 2018 every telephone operator offers its customers a relay service (sign language, cued
      // speech or real-time text) to call any number, free within a monthly allowance; since 1 October
      // 2026 a public service's phone reception is accessible at the phone line's hours. Kept short: it
      // ships with every element.
      where: 'Relais issue 15, from its summary of loi 2016-1321 art. 105 and décret 2017-875; re-read them on legifrance.gouv.fr',
    },
  },
  {
    id: 'ecrire',
    kind: 'written',
    label: "Écrire à France Titres\u00a0: le site ants.gouv.fr (page d'accueil), où se trouve le formulaire de contact",
    href: 'https://ants.gouv.fr/',
    checked: {
      on: '2026-12-02',
      // The contact page's own address could not be checked from here (no access to ants.gouv.fr);
      // the home page is the one checked in issue 2. Replace href with the contact page once checked.
      where: 'Relais issue 15: home page (issue 2); contact page not checked',
    },
  },
]);

/** The ANTS help line alone: what `<relais-help>` uses with no config at all. */
export const antsLine: RelaisConfig = /* @__PURE__ */ deepFreeze({ help: { phone: antsPhone, channels: [...antsChannels] } });
