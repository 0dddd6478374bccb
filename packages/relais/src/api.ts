/** The page-script API relais.js loads on first use: the config validator and the help codes (read back, in words). */
export { decodeHelpCode, describeHelpCode, helpCode, helpCodeTexts, validateConfig } from '@relais/sdk';
