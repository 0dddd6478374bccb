/** Registers `<relais-help-points>` (once, even when Relais is loaded twice). */
import { defineElement } from '@relais/core';
import { RelaisHelpPoints } from './help-points.js';

defineElement('relais-help-points', RelaisHelpPoints);

export { RelaisHelpPoints };
