/** The page-script API relais.js loads on first use: the config validator and the help codes. */
export { decodeHelpCode, helpCode, validateConfig } from '@relais/sdk';
