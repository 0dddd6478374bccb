/** Registers `<relais-explainer>` (once, even when Relais is loaded twice). */
import { defineElement } from '@relais/core';
import { RelaisExplainer } from './explainer.js';

defineElement('relais-explainer', RelaisExplainer);

export { RelaisExplainer };
