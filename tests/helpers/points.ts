/**
 * Helpers for browser tests of `<relais-help-points>`: render, wait for
 * readiness and for a search to settle, act as the citizen would, and stub
 * the browser's location service. Waits are on conditions, never fixed sleeps.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RelaisHelpPoints } from '../../packages/help/src/help-points.js';
import type { HelpPointsFixture } from '../../packages/help/src/help-points.fixtures.js';
import { MENDE, searchSettled, standInLocation } from '../../packages/help/src/help-points.fixtures.js';
import type { LocationAnswer, LocationStandIn } from '../../packages/help/src/help-points.fixtures.js';
import { norm } from './a11y.js';

/** The element, registered once per test page (dynamic, so a test can run before it is defined). */
export function definePoints(): Promise<unknown> {
  return import('../../packages/help/src/relais-help-points.js');
}

/** Renders `template` in a fresh container; returns it and the first finder in it, upgraded. */
export async function renderPoints(template: TemplateResult, style = ''): Promise<{ container: HTMLElement; el: RelaisHelpPoints }> {
  const container = await fixture<HTMLElement>(html`<div class="points-test" style=${style}>${template}</div>`);
  const el = container.querySelector('relais-help-points') as RelaisHelpPoints;
  await upgradedPoints(el);
  return { container, el };
}

/** Waits until the finder has left its fallback (the phone line is always there once ready). */
export async function upgradedPoints(el: RelaisHelpPoints): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="phone"]'), '<relais-help-points> never rendered', { timeout: 5000 });
}

/** A part of the finder's shadow root. */
export function part<T extends Element = HTMLElement>(el: RelaisHelpPoints, name: string): T | null {
  return el.shadowRoot?.querySelector<T>(`[part="${name}"]`) ?? null;
}

/** The search field. */
export const field = (el: RelaisHelpPoints): HTMLInputElement => part<HTMLInputElement>(el, 'input')!;

/** Waits until the search that `act` starts is over (a newer run, not busy). */
export async function settle(el: RelaisHelpPoints, act: () => unknown, timeout = 8000): Promise<void> {
  await searchSettled(el, act, timeout);
  await el.updateComplete;
}

/** Types `text` in the field and presses the search button, then waits for the outcome. */
export function search(el: RelaisHelpPoints, text: string): Promise<void> {
  return settle(el, () => {
    field(el).value = text;
    part<HTMLButtonElement>(el, 'search')!.click();
  });
}

/** Presses "Utiliser ma position" with the location stand-in giving `answer`, and waits for the outcome. */
export async function locate(el: RelaisHelpPoints, answer: LocationAnswer, position = MENDE): Promise<LocationStandIn> {
  const stub = standInLocation(answer, position);
  try {
    await settle(el, () => part<HTMLButtonElement>(el, 'locate')!.click());
  } finally {
    stub.restore();
  }
  return stub;
}

/** Brings a fixture to the state it shows (a search, or a location answer). */
export async function act(el: RelaisHelpPoints, f: HelpPointsFixture): Promise<void> {
  if (f.search !== undefined) await search(el, f.search);
  if (f.locate) await locate(el, f.locate, f.position);
}

/** The places listed, as their names. */
export function names(el: RelaisHelpPoints): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part="results"] > li .name') ?? [])].map((n) => norm(n.textContent));
}

/** The listed places' items. */
export function items(el: RelaisHelpPoints): HTMLLIElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLLIElement>('[part="results"] > li') ?? [])];
}

/** The message shown in place of results (or under the field), normalised. */
export function message(el: RelaisHelpPoints): string {
  return norm(el.shadowRoot?.querySelector('.message, .error')?.textContent);
}

/** A short description of a node for failure messages (chai's printing of a DOM node can hang the page). */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const partName = node.getAttribute('part');
  return `<${node.localName}${partName ? ` part="${partName}"` : ''}> "${norm(node.textContent).slice(0, 40)}"`;
}

/** Asserts that `node` is `expected`, naming both briefly when not. */
export function expectSame(node: Element | null | undefined, expected: Element | null | undefined, what: string): void {
  if (node !== expected) throw new Error(`${what}: expected ${describeNode(expected)}, got ${describeNode(node)}`);
}

/** Asserts that there is no such node. */
export function expectNone(node: Element | null | undefined, what: string): void {
  if (node) throw new Error(`${what}: expected none, got ${describeNode(node)}`);
}
