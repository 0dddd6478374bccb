/** Registers `<relais-help>` (once, even when Relais is loaded twice). */
import { defineElement } from '@relais/core';
import { RelaisHelp } from './help.js';

defineElement('relais-help', RelaisHelp);

export { RelaisHelp };
