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

/** Opens or closes the floating variant's modal dialog to match `open`; wires its keys once. */
export function syncDialog(host: PanelHost): void {
  // The live region must be in the page before "Code copié" is written, or screen readers may miss it.
  if (host.open) prepareAnnouncer();
  const dialog = host.element.shadowRoot?.querySelector('dialog');
  if (!dialog) return;
  if (!wired.has(dialog)) {
    wired.add(dialog);
    // The dialog's own Escape (cancel): close through the element, focus back on the button.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      host.hide();
    });
    dialog.addEventListener('keydown', (event) => trapTab(host.element, dialog, event));
  }
  if (host.open && !dialog.open) {
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('.close')?.focus();
  } else if (!host.open && dialog.open) dialog.close();
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

/** The finder's element, defined on demand (its own search code loads when the citizen uses it). */
const defineFinder = loadOnce(() => import('./relais-help-points.js'));
/**
 * With a points file: the finder, defined on demand (its own search code loads
 * when the citizen uses it), its fallback the national maps. Without: the maps.
 */
function renderFinder(h: PanelHost): TemplateResult {
  const points = h.config.help?.points;
  const maps = renderMaps((id) => h.t(id));
  // The panel is made ready, hidden, before the first press: the finder (a page of its own) comes with the press, its maps showing meanwhile.
  if (!points?.src || !h.open) return maps;
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
  const status = phone.status
    ? html`<p class="status ${phone.open ? 'open' : 'closed'}">${phone.status}</p>`
    : html`<p class="muted">${h.t('help.phone.hoursUnknown')}</p>`;
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
    <div role=${modal ? 'status' : nothing}>
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
