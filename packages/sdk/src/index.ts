/** @relais/sdk: everything a widget knows, with no DOM. */
export const version = '0.1.0';
