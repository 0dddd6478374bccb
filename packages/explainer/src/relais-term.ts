/** Registers `<relais-term>` (once, even when Relais is loaded twice). */
import { defineElement } from '@relais/core';
import { RelaisTerm } from './term.js';

defineElement('relais-term', RelaisTerm);

export { RelaisTerm };
