/**
 * The ids a config's `preset` key may name, without the presets' data (the
 * validator checks against this list; a test keeps it equal to the presets).
 */
export const presetIds = [
  'ants',
  'ants/carte-grise/changement-titulaire',
  'ants/carte-grise/changement-adresse',
  'ants/carte-grise/declaration-cession',
  'ants/permis/inscription',
  'ants/permis/renouvellement',
  'ants/cni/pre-demande',
  'ants/passeport/pre-demande',
] as const;

/** A preset id. */
export type PresetId = (typeof presetIds)[number];
