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
const NOT_RENDERED = new Set(['script', 'style', 'template', 'link', 'meta', 'noscript']);

/** One element's open (or closing) dialog: what it made inert, its Escape listener, the step under way. */
interface Modal {
  inert: HTMLElement[];
  stopEscape: () => void;
  /** Opening: focus has moved in, the page is not inert yet. Closing: focus is back on the button, the dialog still shown. */
  phase: 'opening' | 'open' | 'closing';
  /** Cancels the next step (a re-open during closing, or the element leaving the page). */
  cancel: () => void;
  /** While closing: hides the dialog now (Tab pressed on the button before the frame: the next stop is after the dialog, not in it). */
  finish?: () => void;
}
const modals = new WeakMap<HTMLElement, Modal>();

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

/** Gives the page back: what the dialog made inert, and Escape. */
function restorePage(modal: Modal): void {
  for (const el of modal.inert) el.inert = false;
  modal.inert = [];
  modal.stopEscape();
  modal.stopEscape = () => {};
}

/** Whether the element's dialog is still shown (open, or closing: focus already back on the button). */
export function dialogShown(element: HTMLElement): boolean {
  return Boolean(element.shadowRoot?.querySelector('dialog')?.open);
}

/** The element leaves the page with its dialog open: close it at once and give the page back. */
export function releaseDialog(element: HTMLElement): void {
  const modal = modals.get(element);
  if (modal) {
    modal.cancel();
    restorePage(modal);
    modals.delete(element);
  }
  element.shadowRoot?.querySelector('dialog')?.close();
}

/**
 * Opens or closes the floating variant's dialog to match `open`; wires its keys once.
 *
 * Not `showModal()`: with it, Chromium removes the focused object from the
 * accessibility tree when the dialog opens and closes, before the focus event
 * (Orca then moves its own focus to the next object, and the real focus event
 * is "the focus it already has": silent). The dialog's name and role were not
 * heard on opening, the button not on return. Here the dialog is opened with
 * `show()` and made modal by hand, in an order a screen reader can follow:
 * - opening: the dialog is shown; a frame later focus moves to "Fermer" (the
 *   dialog's name and role are read with it); a frame after that the rest of
 *   the page becomes `inert` (out of reach of Tab, the pointer and reading);
 * - closing: the page is given back and focus moves to the button (heard); a
 *   frame later the dialog is hidden;
 * - while open: Tab and Shift+Tab wrap inside, Escape closes (from inside the
 *   dialog, or from anywhere after a screen reader's own moves), aria-modal.
 * See docs/screen-readers.md.
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
    // Before Tab moves on from the button, a dialog still closing is hidden, so Tab does not lead back into it.
    element.shadowRoot?.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Tab') modals.get(element)?.finish?.();
    });
  }
  const modal = modals.get(element);
  if (host.open && (!modal || modal.phase === 'closing')) openDialog(host, dialog, modal);
  else if (!host.open && modal && modal.phase !== 'closing') closeDialog(host, dialog, modal);
}

function openDialog(host: PanelHost, dialog: HTMLDialogElement, closing: Modal | undefined): void {
  const element = host.element;
  closing?.cancel();
  if (!dialog.open) dialog.show();
  dialog.dataset['phase'] = 'opening';
  const modal: Modal = { inert: [], stopEscape: onEscape(host), phase: 'opening', cancel: () => {} };
  modals.set(element, modal);
  // Focus moves in once the dialog is in the accessibility tree; the page
  // goes inert once that focus move has been told to screen readers (if the
  // button that had focus left the tree first, the move would not be heard).
  modal.cancel = afterFrame(() => {
    // show() has put focus on "Fermer" already, silently for Orca; focus it again, now heard.
    // Not if the citizen has moved on inside the dialog in the meantime.
    const close = dialog.querySelector<HTMLElement>('.close');
    const active = element.shadowRoot?.activeElement;
    if (!active || active === close || !dialog.contains(active)) close?.focus();
    modal.cancel = afterFrame(() => {
      modal.inert = inertOutside(element, dialog);
      modal.phase = 'open';
      dialog.dataset['phase'] = 'open';
    });
  });
}

function closeDialog(host: PanelHost, dialog: HTMLDialogElement, modal: Modal): void {
  const element = host.element;
  modal.cancel();
  restorePage(modal);
  modal.phase = 'closing';
  dialog.dataset['phase'] = 'closing';
  // Focus back on the button while the dialog is still shown, so that the
  // object that had focus does not leave the tree before the move is told.
  const focus = element.shadowRoot?.activeElement;
  if (!focus || dialog.contains(focus)) element.shadowRoot?.querySelector<HTMLElement>('.trigger')?.focus();
  // A screen reader's reading cursor (the page's selection) left inside the
  // dialog would come back with its content: on the next opening, the reader
  // would start inside the dialog and not say that it entered one.
  clearSelectionIn(element, dialog);
  const finish = (): void => {
    modal.cancel();
    modals.delete(element);
    dialog.close();
    delete dialog.dataset['phase'];
    host.requestUpdate();
  };
  modal.finish = finish;
  modal.cancel = afterFrame(finish);
}

/** Clears the page's selection if it lies in `dialog`. */
function clearSelectionIn(element: HTMLElement, dialog: HTMLDialogElement): void {
  // Chromium tells where a selection inside a shadow root is through the root's own getSelection().
  const root = element.shadowRoot;
  const own = root && 'getSelection' in root ? (root as unknown as { getSelection(): Selection | null }).getSelection() : null;
  const selection = own ?? document.getSelection();
  const node = selection?.anchorNode;
  if (selection && node && (dialog.contains(node) || node === element)) selection.removeAllRanges();
}

/** Runs `task` after the next frame has been drawn (and a little more: Chromium sends accessibility events after the frame); returns a cancel. */
function afterFrame(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 50)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Escape pressed anywhere while the dialog is open (focus may be on <body> after a screen reader's own navigation) closes it. */
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
  const view = viewOf(host);
  const floating = host.mode === 'floating';
  const body = renderPanelBody(host, view, host.panelId, floating);
  return floating ? html`<div part="panel" class="panel" id=${host.panelId}>${body}</div>` : body;
}

/** What the panel shows, worked out again only when what it depends on changed (the minute included): a press re-renders nothing heavy. */
const views = new WeakMap<PanelHost, { key: unknown[]; view: HelpView }>();
function viewOf(host: PanelHost): HelpView {
  const { config, locale, messages } = host;
  const { procedure, step } = host.where();
  const now = host.now ?? new Date();
  const key = [config, locale, messages, procedure, step, Math.floor(now.getTime() / 60_000)];
  const kept = views.get(host);
  if (kept && kept.key.every((part, i) => part === key[i])) return kept.view;
  const view = helpView({ config, locale, messages, now, procedure, step, timeZone: deviceTimeZone() });
  views.set(host, { key, view });
  return view;
}

/**
 * The panel's content. Line open: heading, the call button, ways in for deaf
 * and hard-of-hearing citizens (relay services first, then writing), the help
 * code, help points, other channels. Line closed: when it opens and the
 * week's hours in words, writing, help points, then the call button as a
 * secondary one (a call may reach a recorded message), the relay services,
 * the help code, other channels.
 */
function renderPanelBody(h: PanelHost, view: HelpView, panelId: string, withClose: boolean): TemplateResult {
  const closed = view.phone.open === false;
  const head = html`<div class="head">
    <h2 id="${panelId}-title">${h.t('help.title')}</h2>
    ${
      withClose
        ? html`<button class="close" type="button" @click=${() => h.hide()}>
          ${h.t('help.close')}
        </button>`
        : nothing
    }
  </div>`;
  const code = view.code.known ? renderCode(h, view, withClose) : nothing;
  const points = html`<section>
    <h3>${h.t('help.points.title')}</h3>
    <p>${h.t('help.points.intro')}</p>
    ${renderFinder(h)}
    <slot name="points"></slot>
  </section>`;
  const other = renderChannels(h, view.other, 'help.other.title');
  if (closed) {
    return html`${head} ${renderPhone(h, view, 'closed')} ${renderWritten(h, view)} ${points} ${renderPhone(h, view, 'call')}
    ${renderAccess(h, view, false)} ${code} ${other}`;
  }
  return html`${head} ${renderPhone(h, view, 'open')} ${renderAccess(h, view, true)} ${code} ${points} ${other}`;
}

/** The elements whose panel has been shown once, painted: their finder is rendered from then on (open or not, its search kept). */
const finderShown = new WeakSet<HTMLElement>();

/** Whether the finder is rendered; on the first opening, it is not yet, and its rendering is asked for just after the next paint. */
function finderDue(h: PanelHost): boolean {
  const element = h.element;
  if (finderShown.has(element)) return true;
  if (h.open) {
    afterPaint(() => {
      if (finderShown.has(element)) return;
      finderShown.add(element);
      h.requestUpdate();
    });
  }
  return false;
}

/** Runs `task` once the next frame has been painted (a task queued from the frame's callback runs after its paint). */
function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
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
  // The panel is made ready, hidden, before the first press: the finder (a page of its own) comes just after
  // the panel's first paint, its maps showing meanwhile, so that the press shows the panel at once (INP).
  if (!points?.src || !finderDue(h)) return maps;
  defineFinder().catch(() => {
    // The maps inside it stay: they are its fallback.
  });
  const { procedure, step } = h.where();
  // Its visit sheet is for the help code's procedure and step, its title under the panel's headings.
  return html`<relais-help-points
    points-src=${points.src}
    geocoder=${points.geocoder ?? nothing}
    ?easy=${h.easy}
    .now=${h.now}
    .procedure=${procedure}
    .step=${step}
    .sheetLevel=${4}
    heading-level="4"
    >${maps}</relais-help-points
  >`;
}

/**
 * The phone line: `open`, the call button first; `closed`, when it opens and
 * the week's hours in words (no button yet); `call`, the call button as a
 * secondary one, after the other ways in, for a line that is closed.
 */
function renderPhone(h: PanelHost, view: HelpView, part: 'open' | 'closed' | 'call'): TemplateResult {
  const { phone } = view;
  // The status ("Fermé — ouvre lundi à 7 h 45") is the call link's description: heard with it.
  const statusId = `${h.panelId}-status`;
  const status = phone.status
    ? html`<p id=${statusId} class="status ${phone.open ? 'open' : 'closed'}">${phone.status}</p>`
    : html`<p id=${statusId} class="muted">${h.t('help.phone.hoursUnknown')}</p>`;
  const week = phone.week?.length
    ? html`<p class="week-title">${h.t('help.phone.hoursTitle')}</p>
        <ul class="week">
          ${phone.week.map((line) => html`<li>${line}</li>`)}
        </ul>`
    : nothing;
  const details = html`${phone.price ? html`<p>${phone.price}</p>` : nothing}
  ${
    phone.abroad
      ? html`<p>
        <a href=${safeUrl(phone.abroad.href) ?? nothing} @click=${() => channel(h, 'phone-abroad', 'phone')}
          >${h.t('help.phone.abroad', { display: phone.abroad.display })}</a
        >
      </p>`
      : nothing
  }`;
  if (part === 'closed') {
    return html`<section>
      <h3>${h.t('help.phone.title')}</h3>
      ${status} ${week}
    </section>`;
  }
  const secondary = part === 'call';
  const call = html`<a
    part="phone"
    class=${secondary ? 'call secondary' : 'call'}
    href=${safeUrl(phone.href) ?? nothing}
    aria-describedby=${statusId}
    @click=${() => channel(h, 'phone', 'phone')}
  >
    ${phoneIcon}<span>${h.t(secondary ? 'help.phone.callAnyway' : 'help.phone.call', { display: phone.display })}</span>
  </a>`;
  if (secondary) {
    return html`<section class="later">
      <p>${h.t('help.phone.closedNote')}</p>
      ${call} ${details}
    </section>`;
  }
  return html`<section>
    <h3>${h.t('help.phone.title')}</h3>
    ${call} ${status} ${details}
  </section>`;
}

/** Written contact, for everyone, while the line is closed. */
function renderWritten(h: PanelHost, view: HelpView): TemplateResult | typeof nothing {
  const written = safeChannels(view.written);
  if (!written.length) return nothing;
  return html`<section>
    <h3>${h.t('help.written.title')}</h3>
    <p>${h.t('help.written.intro')}</p>
    ${channelList(h, written)}
  </section>`;
}

/**
 * For deaf, hard-of-hearing, deafblind and aphasic citizens: a relay
 * platform first (with its modes and its hours), then the operators' relay
 * services in plain words, then (`withWritten`) the written contact.
 */
function renderAccess(h: PanelHost, view: HelpView, withWritten: boolean): TemplateResult | typeof nothing {
  const platforms = view.relay.flatMap((r) => {
    const href = safeUrl(r.channel.href);
    return href ? [{ ...r, href }] : [];
  });
  const operator = view.relay.filter((r) => !r.channel.href);
  const written = withWritten ? safeChannels(view.written) : [];
  if (!platforms.length && !operator.length && !written.length) return nothing;
  return html`<section>
    <h3>${h.t('help.access.title')}</h3>
    ${
      platforms.length
        ? html`<ul class="relay">
          ${platforms.map(
            (r) => html`<li>
              <a href=${r.href} @click=${() => channel(h, r.channel.id, 'relay')}>${r.channel.label}</a>
              ${r.modes ? html`<span class="muted">${r.modes}</span>` : nothing}
              ${r.status ? html`<span class="status ${r.status.open ? 'open' : 'closed'}">${r.status.text}</span>` : nothing}
              ${r.channel.description ? html`<span class="muted">${r.channel.description}</span>` : nothing}
            </li>`,
          )}
        </ul>`
        : nothing
    }
    ${operator.map(
      (r) => html`<div class="operator">
        <p class="label">${r.channel.label}</p>
        <p>${h.t('help.relay.operator', { display: view.phone.display })}</p>
        <p class="muted">${h.t('help.relay.operatorFree')}</p>
      </div>`,
    )}
    ${written.length ? html`<p>${h.t('help.access.intro')}</p>${channelList(h, written)}` : nothing}
  </section>`;
}

/** Channels with a link that passes the check (every link is checked again where it is rendered). */
function safeChannels(channels: ChannelConfig[]): (ChannelConfig & { href: string })[] {
  return channels.flatMap((c) => {
    const href = safeUrl(c.href);
    return href ? [{ ...c, href }] : [];
  });
}

function channelList(h: PanelHost, channels: (ChannelConfig & { href: string })[]): TemplateResult {
  return html`<ul>
    ${channels.map(
      (c) => html`<li>
        <a href=${c.href} @click=${() => channel(h, c.id, c.kind)}>${c.label}</a>
        ${c.description ? html`<span class="muted">${c.description}</span>` : nothing}
      </li>`,
    )}
  </ul>`;
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
    <div class="copied" aria-live=${modal ? 'polite' : nothing} aria-atomic=${modal ? 'true' : nothing}>
      ${h.copied === 'ok' ? html`<p class="muted">${h.t('help.code.copied')}</p>` : nothing}
      ${h.copied === 'failed' ? html`<p>${h.t('help.code.copyFailed')}</p>` : nothing}
    </div>
    ${code.step ? html`<p>${h.t('help.code.step', { step: code.step })}</p>` : nothing}
    <p>${h.t('help.code.fileNumber')}</p>
  </section>`;
}

function renderChannels(h: PanelHost, channels: ChannelConfig[], title: 'help.other.title'): TemplateResult | typeof nothing {
  const safe = safeChannels(channels);
  if (!safe.length) return nothing;
  return html`<section>
    <h3>${h.t(title)}</h3>
    ${channelList(h, safe)}
  </section>`;
}
