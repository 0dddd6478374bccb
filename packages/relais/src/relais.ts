export { version } from '@relais/sdk';
