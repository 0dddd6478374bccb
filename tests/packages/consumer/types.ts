// Strict TypeScript that uses the elements, their events and the config, as published.
import '@relais/help/relais-help.js';
import '@relais/steps/relais-steps.js';
import '@relais/explainer/relais-term.js';
import { RelaisHelp } from '@relais/help';
import type { HelpOpenDetail } from '@relais/help';
import { defineConfig, validateConfig } from '@relais/sdk';
import type { RelaisEventDetail } from '@relais/sdk';
import { configure } from '@relais/core';

document.addEventListener('relais-help-open', (e) => e.detail.variant satisfies 'inline' | 'floating');
window.addEventListener('relais-step-change', (e) => e.detail.index + e.detail.total);
const steps = document.querySelector('relais-steps');
steps?.addEventListener('relais-step-select', (e) => e.detail.step.toUpperCase());
steps?.setAttribute('variant', 'compact');
const help = document.createElement('relais-help');
help.variant = 'floating';
help.addEventListener('relais-help-channel', (e) => [e.detail.channel, e.detail.kind]);
const term = document.querySelector('relais-term');
term?.addEventListener('relais-term-open', (e) => e.detail.term);
export const isHelp: boolean = help instanceof RelaisHelp;
export const detail: HelpOpenDetail = { variant: 'inline' };
export const change: RelaisEventDetail<'relais-step-change'> = { to: 'vehicule', index: 1, total: 4 };

const config = defineConfig({ locale: 'fr', preset: 'ants/carte-grise/changement-titulaire', messages: { en: {} } });
configure(config);
const result = validateConfig({ help: { phone: { number: '3400' } } });
export const ok: boolean = result.ok;
