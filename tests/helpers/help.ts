/**
 * Helpers for browser tests of `<relais-help>`: render, wait for readiness
 * (the kit, then the panel module), open, and reach into the shadow root.
 * Waits are on conditions, never fixed sleeps.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RelaisHelp } from '../../packages/help/src/help.js';
import { flatten, norm } from './a11y.js';
import type { AXNode } from './a11y.js';

/** The element, registered once per test page (dynamic, so a test can run before it is defined). */
export function defineHelp(): Promise<unknown> {
  return import('../../packages/help/src/relais-help.js');
}

/** Renders `template` in a fresh container; returns the container and the first `<relais-help>` in it. */
export async function renderHelp(template: TemplateResult, style = ''): Promise<{ container: HTMLElement; el: RelaisHelp }> {
  const container = await fixture<HTMLElement>(html`<div class="help-test" style=${style}>${template}</div>`);
  const el = container.querySelector('relais-help') as RelaisHelp;
  await upgraded(el);
  return { container, el };
}

/** Waits until the element has left its fallback: the kit has loaded and the button is there. */
export async function upgraded(el: RelaisHelp): Promise<HTMLButtonElement> {
  await waitUntil(() => trigger(el), '<relais-help> never rendered its button', { timeout: 5000 });
  return trigger(el)!;
}

/** The button that opens the panel. */
export function trigger(el: RelaisHelp): HTMLButtonElement | null {
  return el.shadowRoot?.querySelector<HTMLButtonElement>('button.trigger') ?? null;
}

/** The large phone link in the open panel. */
export function phoneLink(el: RelaisHelp): HTMLAnchorElement | null {
  return el.shadowRoot?.querySelector<HTMLAnchorElement>('a.call') ?? null;
}

/** The panel (inline: the region; floating: the content inside the dialog). */
export function panel(el: RelaisHelp): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('.panel') ?? null;
}

/** The floating variant's dialog. */
export function dialog(el: RelaisHelp): HTMLDialogElement | null {
  return el.shadowRoot?.querySelector('dialog') ?? null;
}

/** What the shadow root has in focus (null when focus is elsewhere). */
export function focused(el: RelaisHelp): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}

/** Opens the panel and waits until its content is there (the phone link). */
export async function openHelp(el: RelaisHelp): Promise<HTMLAnchorElement> {
  await el.show();
  await waitForPanel(el);
  // The floating dialog is modal a few frames after it shows (docs/screen-readers.md): focus on "Fermer", the page behind inert.
  if (el.shadowRoot?.querySelector('dialog'))
    await waitUntil(() => trigger(el)?.inert && el.shadowRoot?.activeElement?.classList.contains('close'), 'the dialog never became modal', { timeout: 3000 });
  return phoneLink(el)!;
}

/** Waits until the panel's content is rendered. */
export async function waitForPanel(el: RelaisHelp): Promise<void> {
  await waitUntil(() => el.open && seen(phoneLink(el)), 'the panel never showed its phone link', { timeout: 5000 });
  await el.updateComplete;
}

/** Waits until the panel is closed: its content (kept, ready for the next press) is not shown. */
export async function waitForClosed(el: RelaisHelp): Promise<void> {
  await waitUntil(() => !el.open && !seen(phoneLink(el)), 'the panel never closed', { timeout: 5000 });
  await el.updateComplete;
}

/** The help code as shown (the visual, `aria-hidden` part). */
export function shownCode(el: RelaisHelp): string {
  return norm(el.shadowRoot?.querySelector('[part="code"] [aria-hidden="true"]')?.textContent);
}

/** The polite live region the announcer writes to (created on first use). */
export function politeRegion(): HTMLElement | null {
  return document.body.querySelector<HTMLElement>('[data-relais-announcer="polite"]');
}

/** Whether the element has a layout box (is rendered at all). */
export function hasBox(element: Element | null | undefined): boolean {
  return Boolean(element && element.getClientRects().length > 0);
}

/** Whether the element can be seen: it has a layout box and is not `visibility: hidden` (the closed panel is laid out out of sight, ready for the press). */
export function seen(element: Element | null | undefined): boolean {
  return hasBox(element) && element!.checkVisibility({ visibilityProperty: true });
}

/** Calls to console.warn while `record` is on (the original is restored by `restore`). */
export function recordWarnings(): { calls: string[]; restore: () => void } {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return { calls, restore: () => (console.warn = original) };
}

/** Uncaught errors and unhandled rejections on the page while recording. */
export function recordErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Relative luminance (WCAG) of a computed CSS colour such as `rgb(30, 30, 30)`. */
export function luminance(color: string): number {
  const match = color.match(/rgba?\(([^)]+)\)/) ?? color.match(/color\(srgb ([^)]+)\)/);
  if (!match) throw new Error(`Cannot read the colour ${color}`);
  const parts = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .slice(0, 3)
    .map(Number);
  const scale = color.startsWith('color(') ? 1 : 255;
  const [r, g, b] = parts.map((v) => {
    const c = v / scale;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** AX roles a citizen can operate. */
export const interactiveRoles = [
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'combobox',
  'listbox',
  'menuitem',
  'switch',
  'tab',
  'slider',
  'spinbutton',
];

/** The operable nodes of an AX tree. */
export function interactiveNodes(tree: AXNode): AXNode[] {
  return flatten(tree).filter((n) => interactiveRoles.includes(n.role));
}
