/**
 * The page side of the accessibility matrix (tests/a11y/matrix.mjs bundles
 * it with esbuild and drives it with playwright-core). It knows every
 * element's fixture sets (found by file name, see matrix.mjs) and does, in
 * the page, what is quicker there than over the DevTools protocol: render a
 * fixture and play it, run axe, measure geometry and targets, watch live
 * regions, describe the focused element.
 */
import 'axe-core/axe.min.js';
import { render } from 'lit';
import type { Fixture, FixtureSet } from '../../packages/core/src/fixture.js';
import { clockOf } from '../../packages/core/src/fixture.js';
import { sets as elementSets } from 'relais-matrix:fixtures';
import { brokenSet } from './broken.fixtures.js';

interface AxeNode {
  target: string[];
  failureSummary?: string;
  any?: { id: string; data?: { bgColor?: string; fgColor?: string; expectedContrastRatio?: string } }[];
}
interface AxeResult {
  id: string;
  help: string;
  nodes: AxeNode[];
}
declare global {
  interface Window {
    __matrix: typeof api;
  }
}
/** axe, as axe-core/axe.min.js sets it (typed here, not on Window: the browser tests type it their way). */
const axeRun = (context: Element, options: unknown) =>
  (window as unknown as { axe: { run(c: Element, o: unknown): Promise<{ violations: AxeResult[] }> } }).axe.run(context, options);

/** Every fixture set on the page: the elements' own, then the deliberately broken one (control). */
const sets: FixtureSet[] = [...(elementSets as FixtureSet[]), brokenSet];
const cell = document.getElementById('cell')!;

/** The axe tags every cell must pass, as in tests/helpers/a11y.ts; color-contrast-enhanced (7:1) is added in the default themes. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'RGAAv4', 'best-practice'];

// ---------------------------------------------------------------- walking the composed tree

/** Every element under `root`, shadow roots included (depth first, in tree order). */
function deepElements(root: ParentNode, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, out);
  }
  return out;
}

/** The parent in the flat tree (slot assignment and shadow hosts followed). */
function flatParent(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node instanceof Text && node.assignedSlot) return node.assignedSlot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** A short, readable path to an element (for messages). */
function describe(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node !== cell && parts.length < 4) {
    const part = node.getAttribute('part');
    const cls = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    parts.unshift(`${node.localName}${part ? `[part=${part}]` : cls}`);
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${parts.join(' > ')}${text ? ` "${text}"` : ''}`;
}

/** Whether an element is rendered (has boxes, not visibility:hidden). */
function rendered(el: Element): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** Whether an element is hidden for sighted users only (the usual visually-hidden pattern). */
function visuallyHidden(el: Element | null): boolean {
  for (let node = el; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    const r = node.getBoundingClientRect();
    if (style.clipPath === 'inset(50%)' || (style.clip && style.clip !== 'auto') || (r.width <= 1 && r.height <= 1 && style.overflow === 'hidden')) return true;
    if (node === cell) return false;
  }
  return false;
}

/** What is in the top layer now: open popovers and dialogs (toggletips, the floating help). */
function topLayer(): Element[] {
  return deepElements(cell).filter((el) => el.matches(':popover-open') || (el instanceof HTMLDialogElement && el.open));
}

// ---------------------------------------------------------------- text-spacing overrides

const spacingCss =
  '*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';
const spacingSheet = new CSSStyleSheet();
spacingSheet.replaceSync(spacingCss);
let spacingOn = false;

/** Applies the WCAG 1.4.12 overrides to the page and to every shadow root, as a citizen's style sheet would. */
function applySpacing(): void {
  if (!spacingOn) return;
  const roots: (Document | ShadowRoot)[] = [document, ...deepElements(document).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  for (const root of roots) if (!root.adoptedStyleSheets.includes(spacingSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacingSheet];
}
// Shadow roots made later (a lazily loaded part, a panel opened) get it too.
new MutationObserver(applySpacing).observe(document.body, { subtree: true, childList: true });

// ---------------------------------------------------------------- live regions

interface Region {
  el: Element;
  before: boolean;
}
let regions: Region[] = [];
const liveSelector = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
const regionObservers: MutationObserver[] = [];
let liveWrites: { region: Element; text: string; existed: boolean }[] = [];
/** Regions made during play, empty at first (their message comes in a later change, as it should). */
const bornEmpty = new WeakSet<Element>();

function liveRegions(): Element[] {
  return deepElements(document.body).filter((el) => el.matches(liveSelector));
}
function regionOf(node: Node): Element | null {
  for (let el: Element | null = node instanceof Element ? node : flatParent(node); el; el = flatParent(el)) if (el.matches(liveSelector)) return el;
  return null;
}

/** Watches every live region and every root from now: each text written into a region is kept, with whether the region was there before. */
function watchLive(): void {
  for (const o of regionObservers.splice(0)) o.disconnect();
  regions = liveRegions().map((el) => ({ el, before: true }));
  liveWrites = [];
  const observe = (root: Node) => {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const touched = new Set<Element>();
        const region = regionOf(record.target);
        if (region) touched.add(region);
        // A region added by this change (itself, or inside what was added).
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(liveSelector)) touched.add(node);
          for (const el of deepElements(node)) if (el.matches(liveSelector)) touched.add(el);
        }
        for (const el of touched) {
          const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
          const existed = regions.some((r) => r.el === el) || bornEmpty.has(el);
          if (text) liveWrites.push({ region: el, text, existed });
          else if (!existed) bornEmpty.add(el);
        }
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    regionObservers.push(observer);
  };
  observe(document.body);
  for (const el of deepElements(document.body)) if (el.shadowRoot) observe(el.shadowRoot);
}

/** Problems with live regions: a message written into a region made in the same change, or a region that assistive technology cannot hear. */
function liveProblems(): string[] {
  const problems: string[] = [];
  for (const write of liveWrites) {
    // Made during play with its text in the same change: screen readers do not announce it.
    if (!write.existed && write.region.isConnected)
      problems.push(`live region created with its message: ${describe(write.region)} "${write.text.slice(0, 50)}"`);
  }
  for (const el of liveRegions()) {
    if (!cell.contains(el) && !el.hasAttribute('data-relais-announcer') && !(el.getRootNode() instanceof ShadowRoot)) continue;
    for (let node: Element | null = el; node; node = flatParent(node)) {
      if (node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none') {
        if ((el.textContent ?? '').trim()) problems.push(`live region with text that is hidden from assistive technology: ${describe(el)}`);
        break;
      }
    }
  }
  return [...new Set(problems)];
}

// ---------------------------------------------------------------- geometry

/** Boxes that clip a node, in the flat tree up to the cell: horizontally when they do not let it show (hidden, clip, or a scroll box, which would mean scrolling in two directions), vertically when hidden or clip. */
function clippers(node: Node): { el: Element; x: boolean; y: boolean }[] {
  const out: { el: Element; x: boolean; y: boolean }[] = [];
  for (let el = flatParent(node); el && el !== cell; el = flatParent(el)) {
    const style = getComputedStyle(el);
    // Out of the flow (the top layer, fixed): its own box is checked against the viewport.
    if (style.position === 'fixed' || el.matches(':popover-open, dialog:modal')) break;
    const x = style.overflowX !== 'visible';
    const y = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (x || y) out.push({ el, x, y });
  }
  return out;
}

/** Reflow and clipping by geometry: no horizontal scroll; every text box inside the viewport and inside each box that clips it. */
function geometry(): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 1)
    problems.push(`horizontal scroll: the page is ${document.documentElement.scrollWidth} px wide for ${vw} px`);
  const walk = (root: Node) => {
    const it = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = it.nextNode() as Text | null; t; t = it.nextNode() as Text | null) {
      if (!t.data.trim()) continue;
      const parent = t.parentElement;
      if (!parent || !rendered(parent) || visuallyHidden(parent)) continue;
      // Text in a slot's default content shows only when nothing is assigned.
      const range = document.createRange();
      range.selectNodeContents(t);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (!rects.length) continue;
      const what = () => `"${t.data.trim().slice(0, 40)}" in ${describe(parent)}`;
      for (const r of rects) {
        if (r.left < -1 || r.right > vw + 1) {
          problems.push(`off screen: ${what()} (${Math.round(r.left)}–${Math.round(r.right)} px, viewport ${vw})`);
          break;
        }
      }
      for (const c of clippers(t)) {
        const box = c.el.getBoundingClientRect();
        const style = getComputedStyle(c.el);
        const left = box.left + parseFloat(style.borderLeftWidth);
        const right = box.right - parseFloat(style.borderRightWidth);
        const top = box.top + parseFloat(style.borderTopWidth);
        const bottom = box.bottom - parseFloat(style.borderBottomWidth);
        const out = rects.some((r) => (c.x && (r.left < left - 1 || r.right > right + 1)) || (c.y && (r.top < top - 1 || r.bottom > bottom + 1)));
        if (out) {
          problems.push(`clipped: ${what()} by ${describe(c.el)}`);
          break;
        }
      }
    }
  };
  walk(cell);
  for (const el of deepElements(cell)) if (el.shadowRoot) walk(el.shadowRoot);
  // Text cut inside its own box (a button whose words do not fit).
  for (const el of deepElements(cell)) {
    if (!(el instanceof HTMLElement) || !rendered(el) || visuallyHidden(el)) continue;
    const style = getComputedStyle(el);
    if (style.overflowX !== 'hidden' && style.overflowX !== 'clip' && style.textOverflow !== 'ellipsis') continue;
    if (el.localName === 'input' || el.localName === 'textarea') continue;
    if (el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim())
      problems.push(`text cut in its box: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
  }
  return [...new Set(problems)];
}

const interactive = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';

/** Targets of Relais's own UI (inside its elements' shadow roots) at least `min` × `min` CSS px; a word in a sentence is excepted (WCAG 2.5.5). */
function targets(min = 44): string[] {
  const problems: string[] = [];
  for (const host of deepElements(cell)) {
    if (!host.shadowRoot || !host.localName.startsWith('relais-')) continue;
    for (const el of host.shadowRoot.querySelectorAll(interactive)) {
      if (!rendered(el) || visuallyHidden(el) || el.closest('[inert]')) continue;
      // A word or a link inside a sentence (WCAG 2.5.5's inline exception): the target, or the element it belongs to, flows in the text.
      if (getComputedStyle(el).display === 'inline' || getComputedStyle(host).display === 'inline') continue;
      // A form control's labels are part of its target: pressing them activates it (a checkbox in its 44 px label).
      const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : [];
      const boxes = [el.getBoundingClientRect(), ...labels.map((l) => l.getBoundingClientRect())];
      if (boxes.some((r) => r.width >= min - 0.5 && r.height >= min - 0.5)) continue;
      const r = boxes[0]!;
      problems.push(`target ${Math.round(r.width)}×${Math.round(r.height)} px < ${min}×${min}: ${describe(el)}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- axe

/** axe in the cell; in forced colours, contrast nodes are checked again with the colour Chromium paints (see tests/helpers/forced-colors.ts). */
async function axe(forced: boolean): Promise<string[]> {
  const rules: Record<string, { enabled: boolean }> = {
    // The cell is a fragment of a page, not a whole page with its landmarks and first heading.
    region: { enabled: false },
    'page-has-heading-one': { enabled: false },
    'landmark-one-main': { enabled: false },
  };
  // 7:1 in the default themes; in forced colours the colours are the citizen's own.
  if (!forced) rules['color-contrast-enhanced'] = { enabled: true };
  const { violations } = await axeRun(cell, { runOnly: { type: 'tag', values: axeTags }, rules, resultTypes: ['violations'] });
  const kept = forced ? violations.flatMap((v) => (v.id === 'color-contrast' ? forcedRecheck(v) : [v])) : violations;
  return kept.map((v) => `axe ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function channels(color: string): [number, number, number] | undefined {
  const m = color.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/) ?? color.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i);
  if (!m) return undefined;
  const hex = color.startsWith('#');
  return [1, 2, 3].map((i) => (hex ? parseInt(m[i]!, 16) : Number(m[i]))) as [number, number, number];
}
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const ca = channels(a);
  const cb = channels(b);
  if (!ca || !cb) return 0;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
function resolveTarget(target: string[]): Element | null {
  let root: Document | ShadowRoot = document;
  let el: Element | null = null;
  for (const selector of target) {
    el = root.querySelector(selector);
    if (!el) return null;
    if (el.shadowRoot) root = el.shadowRoot;
  }
  return el;
}
function forcedRecheck(v: AxeResult): AxeResult[] {
  const nodes = v.nodes.filter((node) => {
    const el = resolveTarget(node.target);
    const data = node.any?.find((c) => c.id === 'color-contrast')?.data;
    if (!el || !data?.bgColor) return true;
    return contrast(getComputedStyle(el).color, data.bgColor) < parseFloat(data.expectedContrastRatio ?? '4.5');
  });
  return nodes.length ? [{ ...v, nodes }] : [];
}

// ---------------------------------------------------------------- the API the runner calls

interface CellOptions {
  lang: 'fr' | 'en';
  scheme: '' | 'light dark';
  spacing: boolean;
}

const api = {
  /** The fixture sets: tag and each fixture's name, whether it has a play() and whether it is hidden. */
  catalogue: () =>
    sets.map((set) => ({
      tag: set.tag,
      defined: Boolean(customElements.get(set.tag)),
      fixtures: set.fixtures.map((f: Fixture & { condition?: string }) => ({
        name: f.name,
        play: Boolean(f.play),
        hidden: Boolean(f.hidden),
        condition: f.condition,
      })),
    })),

  /** Renders fixture `fi` of set `si` in the cell and brings it to its state. */
  async show(si: number, fi: number, options: CellOptions): Promise<{ ms: number; popups: number }> {
    const start = performance.now();
    const set = sets[si]!;
    const f = set.fixtures[fi]!;
    const host = document.createElement('div');
    cell.replaceChildren(host);
    document.querySelectorAll('[data-relais-announcer]').forEach((el) => (el.textContent = ''));
    spacingOn = options.spacing;
    for (const root of [document, ...deepElements(document).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))])
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== spacingSheet);
    const dark = f.dark ? 'dark' : options.scheme;
    cell.setAttribute('lang', options.lang);
    cell.style.cssText = `${dark ? `color-scheme: ${dark};` : ''} background: Canvas; color: CanvasText; padding: 8px`;
    // The whole page in the same scheme (what is under a popup is the page's).
    document.documentElement.style.cssText = `${options.scheme ? `color-scheme: ${options.scheme};` : ''} background: Canvas; color: CanvasText`;
    render(f.render(clockOf(f)), host);
    applySpacing();
    await set.ready(cell);
    applySpacing();
    watchLive();
    await f.play?.(cell);
    applySpacing();
    // Styles adopted late and the last frame.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { ms: Math.round(performance.now() - start), popups: topLayer().length };
  },

  axe,
  geometry,
  targets,
  liveProblems,
  liveCount: () => liveWrites.length,

  /** What is focused: where, how big, whether it is in the cell or a sentinel. */
  /** The scroll offsets of every scrolled box in the cell and its top layer (not the page's own: shots are in page coordinates). */
  scrollState(): [number, number, number][] {
    return deepElements(cell).flatMap((el, i): [number, number, number][] => (el.scrollTop || el.scrollLeft ? [[i, el.scrollTop, el.scrollLeft]] : []));
  },
  /** Puts the cell's boxes back at scroll offsets `scrollState()` gave (focus stays where it is). */
  async setScroll(state: [number, number, number][]): Promise<void> {
    const all = deepElements(cell);
    const wanted = new Map(state.map(([i, top, left]) => [i, [top, left] as const]));
    all.forEach((el, i) => {
      const [top, left] = wanted.get(i) ?? [0, 0];
      if (el.scrollTop !== top) el.scrollTop = top;
      if (el.scrollLeft !== left) el.scrollLeft = left;
    });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  },
  active() {
    const el = deepActive();
    if (!el || el === document.body) return { where: 'body' as const };
    if (el.id === 'start' || el.id === 'end') {
      const r = el.getBoundingClientRect();
      return { where: el.id, box: { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height } };
    }
    const inCell = cell.contains(el) || deepElements(cell).includes(el);
    const rects = [...el.getClientRects()].map((r) => ({ x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height }));
    const r = el.getBoundingClientRect();
    return {
      where: inCell ? ('cell' as const) : ('elsewhere' as const),
      what: describe(el),
      box: { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height },
      rects,
      id: deepElements(cell).indexOf(el),
      // Relais's own part (in one of its shadow roots), not the host page's field around it.
      own: (() => {
        const r = el.getRootNode();
        return r instanceof ShadowRoot && r.host.localName.startsWith('relais-');
      })(),
    };
  },
  /** Puts focus on the sentinel before the cell (unless a modal dialog holds the page). */
  startWalk(): boolean {
    // A modal dialog holds the page: focus leaves the part it is on (the reference shot then shows it unfocused), and Tab comes back into the dialog.
    // (Relais's floating dialog is opened with show() and made modal by hand: aria-modal says so.)
    if (deepElements(cell).some((el) => el.matches('dialog:modal, dialog[open][aria-modal="true"]'))) {
      (deepActive() as HTMLElement | null)?.blur();
      return false;
    }
    (document.getElementById('start') as HTMLButtonElement).focus();
    return true;
  },
  /** How much is shown in the cell and the top layer (a change after focus or hover means content appeared). */
  shown(): number {
    return deepElements(cell).filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden').length;
  },
  popups: () => topLayer().length,
  /** The region of everything shown (cell and top layer), in page coordinates. */
  extent() {
    const boxes = [cell, ...topLayer()].map((el) => el.getBoundingClientRect());
    const left = Math.max(0, Math.min(...boxes.map((b) => b.left)) + scrollX - 12);
    const top = Math.max(0, Math.min(...boxes.map((b) => b.top)) + scrollY - 12);
    const right = Math.max(...boxes.map((b) => b.right)) + scrollX + 12;
    const bottom = Math.max(...boxes.map((b) => b.bottom)) + scrollY + 12;
    return { x: left, y: top, width: Math.min(right, document.documentElement.scrollWidth) - left, height: bottom - top };
  },
  /** The control that opened the top-layer content (aria-expanded="true"), to test Escape from it. */
  openerOf(): { x: number; y: number; what: string } | null {
    const el = deepElements(cell).find((e) => e.getAttribute('aria-expanded') === 'true' && rendered(e));
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, what: describe(el) };
  },
  focusOpener(): boolean {
    const el = deepElements(cell).find((e) => e.getAttribute('aria-expanded') === 'true' && rendered(e)) as HTMLElement | undefined;
    el?.focus();
    return Boolean(el);
  },
  /** The centre of the first top-layer box, to move the pointer onto it. */
  popupPoint(): { x: number; y: number } | null {
    const el = topLayer()[0];
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + Math.min(r.width / 2, 40), y: r.top + Math.min(r.height / 2, 20) };
  },
  deepActiveId: () => {
    const el = deepActive();
    return el ? describe(el) : '';
  },
  /** For the runner's own check that the text-size setting took: the computed font size of the cell. */
  fontSize: () => parseFloat(getComputedStyle(cell).fontSize),
  viewport: () => ({ width: document.documentElement.clientWidth, dpr: devicePixelRatio, height: document.documentElement.scrollHeight }),
};

window.__matrix = api;
document.documentElement.dataset['matrixReady'] = 'true';
