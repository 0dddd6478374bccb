/** Registers `<relais-steps>` (once, even when Relais is loaded twice). */
import { defineElement } from '@relais/core';
import { RelaisSteps } from './steps.js';

defineElement('relais-steps', RelaisSteps);

export { RelaisSteps };
