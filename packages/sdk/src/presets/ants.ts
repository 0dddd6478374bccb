/**
 * Presets for the national titles agency (ANTS, now also named France Titres).
 * Facts only (numbers, hours, prices); the words are the project's own.
 */
import type { RelaisConfig } from '../config.js';
import { deepFreeze } from '../freeze.js';
import { antsLine } from './line.js';
import { procedureSteps } from './procedures.js';
import type { PresetId } from './ids.js';

export { antsChannels, antsLine, antsPhone } from './line.js';

/** A procedure preset: the line, the procedure id (help code) and its steps (step tracker). */
const procedure = (id: Exclude<PresetId, 'ants'>): RelaisConfig => {
  const steps = procedureSteps[id];
  return { ...antsLine, preset: id, procedure: id, ...(steps ? { steps } : {}) };
};

/** The ANTS presets, by title and procedure (frozen: copy one to change it). */
export const ants = /* @__PURE__ */ deepFreeze({
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
} as const);
