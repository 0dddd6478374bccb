/**
 * The content of `<relais-help>`'s panel, loaded on demand (prefetched at idle)
 * so that the button itself stays small. Until it is there, or if it cannot
 * load, the element shows the phone link alone.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { announce, loadOnce, prepareAnnouncer } from '@relais/core';
import type { PartHost } from '@relais/core';
import { safeUrl } from '@relais/sdk';
import type { ChannelConfig } from '@relais/sdk';
import { deviceTimeZone, helpView } from './help.logic.js';
import type { HelpView } from './help.logic.js';
import { phoneIcon } from './help.icons.js';
import { renderMaps } from './help-points.maps.js';

export { panelStyles } from './help.panel.styles.js';

/** What the panel sees of `<relais-help>`. */
export interface PanelHost extends PartHost {
  readonly mode: 'inline' | 'floating';
  readonly panelId: string;
  readonly open: boolean;
  /** The clock (tests and stories), else now. */
  readonly now: Date | undefined;
  /** Whether the help code was copied ('ok'), could not be ('failed'), or neither (''). */
  copied: '' | 'ok' | 'failed';
  /** The procedure and step for the help code. */
  where(): { procedure?: string | undefined; step?: string | undefined };
  /** Closes the panel, focus back on the button. */
  hide(): void;
}

const wired = new WeakSet<HTMLDialogElement>();
/** What each open dialog made inert, given back when it closes. */
const madeInert = new WeakMap<HTMLElement, HTMLElement[]>();
const NOT_RENDERED = new Set(['script', 'style', 'template', 'link', 'meta', 'noscript']);

/**
 * Makes everything but the dialog inert, as `showModal()` would: the trigger
 * beside it, and every sibling of the element and of each of its ancestors up
 * to `<body>` (across shadow roots). Elements already inert are left as they
 * are, and stay inert on close.
 */
function inertOutside(element: HTMLElement, dialog: HTMLElement): HTMLElement[] {
  const changed: HTMLElement[] = [];
  const set = (el: Element): void => {
    if (!(el instanceof HTMLElement) || el.inert || NOT_RENDERED.has(el.localName)) return;
    el.inert = true;
    changed.push(el);
  };
  // Inside the shadow root: everything beside the dialog (the trigger).
  for (let node: Element | null = dialog; node && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) if (sibling !== node) set(sibling);
  }
  // In the page: beside the element, then beside each ancestor, up to <body>.
  let node: Element = element;
  while (node !== document.body && node !== document.documentElement) {
    const parent: Node | null = node.parentNode;
    if (!parent) break;
    for (const sibling of (parent as Element | ShadowRoot).children) if (sibling !== node) set(sibling);
    if (parent instanceof ShadowRoot) node = parent.host;
    else if (parent instanceof Element) node = parent;
    else break;
  }
  return changed;
}

/** Gives back what the open dialog made inert. */
function restorePage(element: HTMLElement): void {
  for (const el of madeInert.get(element) ?? []) el.inert = false;
  madeInert.delete(element);
  escapes.get(element)?.();
  escapes.delete(element);
}

/** The element leaves the page with its dialog open: close it, give the page back (it opens again if the element comes back). */
export function releaseDialog(element: HTMLElement): void {
  const dialog = element.shadowRoot?.querySelector('dialog');
  if (dialog?.open) dialog.close();
  restorePage(element);
}

/**
 * Opens or closes the floating variant's dialog to match `open`; wires its keys once.
 *
 * Not `showModal()`: with it, Chromium rebuilds the focused accessibility
 * object when the dialog opens and closes, and Orca drops the next focus
 * announcement (the dialog's name and role are not heard on opening, the
 * button not heard on return). The dialog is opened with `show()` and made
 * modal by hand: aria-modal, focus moved in and kept inside (Tab wraps),
 * Escape (the element's keydown), and the rest of the page `inert` until it
 * closes. See docs/screen-readers.md.
 */
export function syncDialog(host: PanelHost): void {
  // The live region must be in the page before "Code copié" is written, or screen readers may miss it.
  if (host.open) prepareAnnouncer();
  const element = host.element;
  const dialog = element.shadowRoot?.querySelector('dialog');
  if (!dialog) return;
  if (!wired.has(dialog)) {
    wired.add(dialog);
    dialog.addEventListener('keydown', (event) => trapTab(element, dialog, event));
  }
  if (host.open && !dialog.open) {
    dialog.show();
    escapes.set(element, onEscape(host));
    // Focus moves in once the dialog is in the accessibility tree (after a
    // frame): a screen reader then hears the dialog's name and role with the
    // button it lands on. The page behind goes inert after that, so that
    // focus never falls on <body> between the two.
    afterFrame(() => {
      if (!host.open || !dialog.open) return;
      dialog.querySelector<HTMLElement>('.close')?.focus();
      madeInert.set(element, inertOutside(element, dialog));
    });
  } else if (!host.open && dialog.open) {
    dialog.close();
    restorePage(element);
  }
}

/** Runs `task` after the next frame has been drawn. */
function afterFrame(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** Escape pressed anywhere while the dialog is open (focus may be on <body> after a screen reader's own navigation) closes it. */
const escapes = new WeakMap<HTMLElement, () => void>();
function onEscape(host: PanelHost): () => void {
  const listener = (event: KeyboardEvent): void => {
    // Bubbling: an Escape that something inside handled (a toggletip) has stopped here already.
    if (event.key === 'Escape' && host.open && !event.defaultPrevented) host.hide();
  };
  document.addEventListener('keydown', listener);
  return () => document.removeEventListener('keydown', listener);
}

/** Keeps Tab and Shift+Tab inside the modal dialog. */
function trapTab(element: HTMLElement, dialog: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const focusables = [...dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')];
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  const active = element.shadowRoot?.activeElement;
  if (!first || !last) return;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The citizen used a channel. */
const channel = (host: PanelHost, id: string, kind: string): void => host.emit('relais-help-channel', { channel: id, kind });

async function copy(host: PanelHost, code: string): Promise<void> {
  host.emit('relais-help-channel', { channel: 'help-code', kind: 'copy' });
  let ok: boolean;
  try {
    await navigator.clipboard.writeText(code);
    ok = true;
  } catch {
    ok = false;
  }
  host.copied = ok ? 'ok' : 'failed';
  // Behind the modal dialog the page's live region is inert, so screen readers
  // would not hear it: there, the panel's own status region speaks (renderCode).
  if (host.mode !== 'floating') announce(host.t(ok ? 'help.code.copied' : 'help.code.copyFailed'), { lang: host.locale });
}

/** The panel's content for the element's variant (the floating one has a close button). */
export function renderPanel(host: PanelHost): TemplateResult {
  const { config, locale, messages } = host;
  const { procedure, step } = host.where();
  const view = helpView({ config, locale, messages, now: host.now ?? new Date(), procedure, step, timeZone: deviceTimeZone() });
  const floating = host.mode === 'floating';
  const body = renderPanelBody(host, view, host.panelId, floating);
  return floating ? html`<div part="panel" class="panel" id=${host.panelId}>${body}</div>` : body;
}

/** The panel's content: heading, phone, ways in, help code, help points, other channels. */
function renderPanelBody(h: PanelHost, view: HelpView, panelId: string, withClose: boolean): TemplateResult {
  return html`<div class="head">
      <h2 id="${panelId}-title">${h.t('help.title')}</h2>
      ${
        withClose
          ? html`<button class="close" type="button" @click=${() => h.hide()}>
            ${h.t('help.close')}
          </button>`
          : nothing
      }
    </div>
    ${renderPhone(h, view)} ${renderChannels(h, view.access, 'help.access.title', h.t('help.access.intro'))}
    ${view.code.known ? renderCode(h, view, withClose) : nothing}
    <section>
      <h3>${h.t('help.points.title')}</h3>
      <p>${h.t('help.points.intro')}</p>
      ${renderFinder(h)}
      <slot name="points"></slot>
    </section>
    ${renderChannels(h, view.other, 'help.other.title')}`;
}

/** The finder's element, defined on demand (its own search code loads when the citizen uses it). */
const defineFinder = loadOnce(() => import('./relais-help-points.js'));
/**
 * With a points file: the finder, defined on demand (its own search code loads
 * when the citizen uses it), its fallback the national maps. Without: the maps.
 */
function renderFinder(h: PanelHost): TemplateResult {
  const points = h.config.help?.points;
  const maps = renderMaps((id) => h.t(id));
  if (!points?.src) return maps;
  defineFinder().catch(() => {
    // The maps inside it stay: they are its fallback.
  });
  return html`<relais-help-points points-src=${points.src} geocoder=${points.geocoder ?? nothing} ?easy=${h.easy} .now=${h.now}
    >${maps}</relais-help-points
  >`;
}

function renderPhone(h: PanelHost, view: HelpView): TemplateResult {
  const { phone } = view;
  return html`<section>
    <h3>${h.t('help.phone.title')}</h3>
    <!-- The line's status is the link's description: "Appeler le 34 00, lien, Fermé — ouvre lundi à 7 h 45". -->
    <a
      part="phone"
      class="call"
      href=${safeUrl(phone.href) ?? nothing}
      aria-describedby="${h.panelId}-status"
      @click=${() => channel(h, 'phone', 'phone')}
    >
      ${phoneIcon}<span>${h.t('help.phone.call', { display: phone.display })}</span>
    </a>
    ${
      phone.status
        ? html`<p id="${h.panelId}-status" class="status ${phone.open ? 'open' : 'closed'}">${phone.status}</p>`
        : html`<p id="${h.panelId}-status" class="muted">${h.t('help.phone.hoursUnknown')}</p>`
    }
    ${phone.price ? html`<p>${phone.price}</p>` : nothing}
    ${
      phone.abroad
        ? html`<p>
          <a href=${safeUrl(phone.abroad.href) ?? nothing} @click=${() => channel(h, 'phone-abroad', 'phone')}
            >${h.t('help.phone.abroad', { display: phone.abroad.display })}</a
          >
        </p>`
        : nothing
    }
  </section>`;
}

/** The help code; `modal`: in the floating variant's dialog, where the copy result is announced from here. */
function renderCode(h: PanelHost, view: HelpView, modal: boolean): TemplateResult {
  const { code } = view;
  return html`<section>
    <h3>${h.t('help.code.title')}</h3>
    <p>${h.t('help.code.intro')}</p>
    <div class="code">
      <p part="code" class="code-value">
        <span class="visually-hidden">${h.t('help.code.label')}\u00a0: ${code.spelled}</span>
        <span aria-hidden="true">${code.code}</span>
      </p>
      <button class="copy" type="button" @click=${() => void copy(h, code.code)}>${h.t('help.code.copy')}</button>
    </div>
    <div role=${modal ? 'status' : nothing}>
      ${h.copied === 'ok' ? html`<p class="muted">${h.t('help.code.copied')}</p>` : nothing}
      ${h.copied === 'failed' ? html`<p>${h.t('help.code.copyFailed')}</p>` : nothing}
    </div>
    ${code.step ? html`<p>${h.t('help.code.step', { step: code.step })}</p>` : nothing}
    <p>${h.t('help.code.fileNumber')}</p>
  </section>`;
}

function renderChannels(
  h: PanelHost,
  channels: ChannelConfig[],
  title: 'help.access.title' | 'help.other.title',
  intro?: string,
): TemplateResult | typeof nothing {
  // Every link is checked again where it is rendered: config set by a property skips no check.
  const safe = channels.flatMap((c) => {
    const href = safeUrl(c.href);
    return href ? [{ ...c, href }] : [];
  });
  if (!safe.length) return nothing;
  return html`<section>
    <h3>${h.t(title)}</h3>
    ${intro ? html`<p>${intro}</p>` : nothing}
    <ul>
      ${safe.map(
        (c) => html`<li>
          <a href=${c.href} @click=${() => channel(h, c.id, c.kind)}>${c.label}</a>
          ${c.description ? html`<span class="muted">${c.description}</span>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}
