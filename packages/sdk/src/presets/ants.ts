/**
 * Presets for the national titles agency (ANTS, now also named France Titres).
 * Facts only (numbers, hours, prices); the words are the project's own.
 */
import type { ChannelConfig, PhoneConfig, RelaisConfig } from '../config.js';
import { procedureSteps } from './procedures.js';

/**
 * The 34 00 line. Public sources disagree on its hours: these are kept as data
 * with when and where they were checked, and an integrator overrides them in
 * one line: `configure({ help: { phone: { hours: { weekly: [...] } } } })`.
 */
export const antsPhone: PhoneConfig = {
  number: '3400',
  display: '34\u00a000',
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
};

/** Other ways in: written contact (also for deaf and hard-of-hearing citizens). */
export const antsChannels: ChannelConfig[] = [
  {
    id: 'ecrire',
    kind: 'written',
    label: 'Écrire à France Titres (formulaire de contact du site ants.gouv.fr)',
    href: 'https://ants.gouv.fr/',
  },
];

/** The ANTS help line alone: what `<relais-help>` uses with no config at all. */
export const antsLine: RelaisConfig = { help: { phone: antsPhone, channels: antsChannels } };

/** A procedure preset: the line, the procedure id (help code) and its steps (step tracker). */
const procedure = (id: string): RelaisConfig => {
  const steps = procedureSteps[id];
  return { ...antsLine, preset: id, procedure: id, ...(steps ? { steps } : {}) };
};

/** The ANTS presets, by title and procedure. */
export const ants = {
  line: antsLine,
  carteGrise: {
    changementTitulaire: procedure('ants/carte-grise/changement-titulaire'),
    changementAdresse: procedure('ants/carte-grise/changement-adresse'),
    declarationCession: procedure('ants/carte-grise/declaration-cession'),
  },
  permis: {
    inscription: procedure('ants/permis/inscription'),
    renouvellement: procedure('ants/permis/renouvellement'),
  },
  cni: { preDemande: procedure('ants/cni/pre-demande') },
  passeport: { preDemande: procedure('ants/passeport/pre-demande') },
} as const;
