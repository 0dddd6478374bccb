/**
 * Helpers for browser tests of `<relais-steps>`: render, wait until it has
 * left its fallback, open its disclosures, and reach into the shadow root.
 * Waits are on conditions, never fixed sleeps.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RelaisSteps } from '../../packages/steps/src/steps.js';
import { fixtureSet } from '../../packages/steps/src/steps.fixtures.js';
import type { StepsFixture } from '../../packages/steps/src/steps.fixtures.js';
import { showFixture as showAny } from './sweep.js';
import { norm } from './a11y.js';

/** The element, registered once per test page (dynamic, so a test can run before it is defined). */
export function defineSteps(): Promise<unknown> {
  return import('../../packages/steps/src/relais-steps.js');
}

/** The heading ("Étape 2 sur 5 : …"), once rendered. */
export function heading(el: RelaisSteps): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('[part="heading"]') ?? null;
}

/** Waits until the element shows its heading (texts, view and steps are there). */
export async function upgraded(el: RelaisSteps): Promise<HTMLElement> {
  await waitUntil(() => heading(el), '<relais-steps> never rendered its heading', { timeout: 5000 });
  await el.updateComplete;
  return heading(el)!;
}

/** Renders `template` in a fresh container; returns the container and the first `<relais-steps>` in it, upgraded. */
export async function renderSteps(template: TemplateResult, style = ''): Promise<{ container: HTMLElement; el: RelaisSteps }> {
  const container = await fixture<HTMLElement>(html`<div class="steps-test" style=${style}>${template}</div>`);
  const el = container.querySelector('relais-steps') as RelaisSteps;
  await upgraded(el);
  return { container, el };
}

/** The buttons "Voir toutes les étapes" and "À préparer (n)". */
export function toggles(el: RelaisSteps): HTMLButtonElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="toggle"]') ?? [])];
}

/** The ordered list of steps, once rendered (null when not rendered at all). */
export function list(el: RelaisSteps): HTMLOListElement | null {
  return el.shadowRoot?.querySelector('ol') ?? null;
}

/** The list items, each with its text normalised. */
export function items(el: RelaisSteps): { li: HTMLLIElement; text: string }[] {
  return [...(list(el)?.querySelectorAll<HTMLLIElement>(':scope > li') ?? [])].map((li) => ({ li, text: norm(li.textContent) }));
}

/** The checklist's boxes. */
export function boxes(el: RelaisSteps): HTMLInputElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
}

/** Opens a disclosure by pressing its button, and waits until its content is there. */
export async function openToggle(el: RelaisSteps, which: 'list' | 'docs'): Promise<void> {
  const button = toggles(el)[which === 'list' ? 0 : 1];
  if (!button) throw new Error(`no "${which}" button`);
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await waitUntil(() => (which === 'list' ? list(el) && hasBox(list(el)) : boxes(el).length && hasBox(boxes(el)[0])), `the ${which} never opened`, {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** Renders a fixture as stories show it (dark wrapper; opened as it says). */
export async function showFixture(f: StepsFixture, scheme = '', style = ''): Promise<{ container: HTMLElement; el: RelaisSteps }> {
  const container = await showAny(fixtureSet, f, scheme, style);
  return { container, el: container.querySelector('relais-steps')! };
}

/** Whether the element has a layout box (is rendered at all). */
export function hasBox(element: Element | null | undefined): boolean {
  return Boolean(element && element.getClientRects().length > 0);
}

/** Every text the polite live region receives while recording (empty writes left out). */
export function recordAnnouncements(): { said: string[]; stop: () => void } {
  const said: string[] = [];
  const seen = new WeakSet<Node>();
  const watch = (region: Element) => {
    if (seen.has(region)) return;
    seen.add(region);
    new MutationObserver(() => {
      const text = norm(region.textContent);
      if (text) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  };
  const body = new MutationObserver(() => document.querySelectorAll('[data-relais-announcer="polite"]').forEach(watch));
  body.observe(document.body, { childList: true });
  document.querySelectorAll('[data-relais-announcer="polite"]').forEach(watch);
  return { said, stop: () => body.disconnect() };
}
