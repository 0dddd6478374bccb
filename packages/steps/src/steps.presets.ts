/**
 * The procedure presets' steps, loaded on demand: in the bundle they share a
 * chunk with the texts' kit, which the tracker loads anyway before it shows.
 */
export { procedureSteps } from '@relais/sdk';
