/**
 * A procedure page in an iframe (served by tests/plugins/fault-pages.mjs):
 * open it with a CSP, faults, one or two copies of the bundle; then act as
 * the citizen (Tab to the phone line, submit the form by Enter) and read what
 * the integrator would see in the console.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

export interface Recorded {
  messages: { level: 'warn' | 'error'; text: string }[];
  errors: string[];
  violations: string[];
  /** How often the injected fault was met. */
  met: number;
}
export interface Page {
  frame: HTMLIFrameElement;
  win: Window & { __relais?: Recorded };
  doc: Document;
}
export interface PageOptions {
  csp?: string;
  fault?: string[];
  bundle?: string[];
  points?: string;
  nofallback?: boolean;
  /** No allow-scripts: the page as it is with JavaScript off. */
  noScript?: boolean;
}

/** The CSP docs/integration.md gives (with default-src 'none', object-src and base-uri as in issue 12), `trustedTypes` as its trusted-types list. */
export const strictCsp = (trustedTypes = 'lit-html') =>
  `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;

/** What the host form submits, with or without Relais. */
export const SUBMITTED = [
  ['immatriculation', 'AB-123-CD'],
  ['cession', 'oui'],
  ['etape', 'suivante'],
];

const open: HTMLIFrameElement[] = [];

export async function openPage(options: PageOptions = {}): Promise<Page> {
  const query = new URLSearchParams();
  if (options.csp) query.set('csp', options.csp);
  if (options.fault) query.set('fault', options.fault.join(','));
  for (const b of options.bundle ?? []) query.append('bundle', b);
  if (options.points) query.set('points', options.points);
  if (options.nofallback) query.set('nofallback', '1');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 900px; border: 0';
  if (options.noScript) frame.sandbox.add('allow-same-origin', 'allow-forms');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/fault-page/page.html?${query}`;
  document.body.append(frame);
  open.push(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Page['win'], doc: frame.contentDocument! };
}

/** Removes the pages opened so far. */
export function closePages(): void {
  for (const frame of open.splice(0)) frame.remove();
}

export const record = (page: Page): Recorded => page.win.__relais!;
/** What the console got, as "warn: text". */
export const consoleLines = (page: Page): string[] => record(page).messages.map((m) => `${m.level}: ${m.text}`);

/** The focused element, through shadow roots. */
function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** `el` is shown (laid out, not hidden; opacity is left out: the panel fades in). */
function shown(el: Element | null): boolean {
  return !!el && el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true });
}

/**
 * Presses Tab from the top of the page (and Enter on the help button, which
 * opens the panel) until a visible tel: link for the 34 00 has focus; returns
 * it, or null after 40 presses.
 */
export async function tabToPhone(page: Page): Promise<HTMLAnchorElement | null> {
  page.win.focus();
  (page.doc.activeElement as HTMLElement | null)?.blur();
  let pressedHelp = false;
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive(page.doc);
    if (!el) continue;
    if (el.localName === 'a' && /^tel:/.test(el.getAttribute('href') ?? '') && /34\s?00/.test(el.textContent ?? '') && shown(el)) {
      return el as HTMLAnchorElement;
    }
    const root = el.getRootNode() as ShadowRoot; // another realm's: no instanceof
    if (!pressedHelp && root.host?.localName === 'relais-help' && el.matches('button.trigger')) {
      pressedHelp = true;
      await sendKeys({ press: 'Enter' });
      // Shown, not only there: the closed panel is laid out out of sight, ready for the press.
      await waitUntil(() => shown(root.querySelector('a.call')) || !root.querySelector('button.trigger'), 'the help button did nothing', { timeout: 5000 });
    }
  }
  return null;
}

/** The citizen reaches the phone line by keyboard. */
export async function expectPhoneByKeyboard(page: Page): Promise<void> {
  // Strings, not elements, in assertions: another realm's nodes do not serialize in a failure report.
  const link = (await tabToPhone(page))?.getAttribute('href') ?? null;
  expect(link, 'no visible tel: link for the 34 00 reached by Tab').to.equal('tel:3400');
}

/** Submits the host form by Enter in its field (a fresh load of the page follows); returns what it sent. */
export async function submitByEnter(page: Page): Promise<string[][]> {
  const input = page.doc.querySelector<HTMLInputElement>('#immatriculation')!;
  const loaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
  input.focus();
  await sendKeys({ press: 'Enter' });
  await loaded;
  const url = new URL(page.frame.contentWindow!.location.href);
  expect(url.pathname).to.equal('/fault-page/submitted');
  return [...url.searchParams.entries()];
}

/** Waits for `what` in the page; `message` on timeout. */
export function until(what: () => unknown, message: string, timeout = 5000): Promise<void> {
  return waitUntil(what, message, { timeout, interval: 20 });
}

/** The shadow root of the first `tag`, once it has rendered `selector`. */
export async function rendered(page: Page, tag: string, selector: string): Promise<ShadowRoot> {
  const el = page.doc.querySelector(tag)!;
  await until(() => el.shadowRoot?.querySelector(selector), `<${tag}> never rendered ${selector}`);
  return el.shadowRoot!;
}

/** Every element upgraded and rendered (not its fallback). */
export async function allUpgraded(page: Page): Promise<void> {
  await rendered(page, 'relais-help', 'button.trigger');
  await rendered(page, 'relais-steps', '[part="heading"]');
  await rendered(page, 'relais-term', 'button');
  await rendered(page, 'relais-explainer', 'button');
}

/** The light-DOM fallback link of <relais-help> is shown (the element did not upgrade, or shows its slot). */
export function fallbackShown(page: Page): boolean {
  const link = page.doc.querySelector('relais-help > a[href="tel:3400"]');
  return Boolean(link && shown(link));
}

/** A bundle file's name as built (hashed), read from relais.js (or from the bundle file `from`): `prefix` is e.g. `relais-help.panel`. */
export async function builtFile(prefix: string, from = 'relais.js'): Promise<string> {
  const loader = await (await fetch(`/relais/${from}`)).text();
  const escaped = prefix.replace(/[.]/g, '\\.');
  const found = new RegExp(`${escaped}(-[\\w-]{8})?\\.js`).exec(loader)?.[0];
  if (!found) throw new Error(`no ${prefix} file in relais.js`);
  return found;
}
