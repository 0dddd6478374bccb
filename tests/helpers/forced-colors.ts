/**
 * axe in forced-colors mode (Windows high contrast, `emulateMedia({ forcedColors: 'active' })`).
 *
 * axe takes the text colour from `-webkit-text-fill-color`, which Chromium does
 * not force: it keeps the author's colour while `color` and `background-color`
 * are forced, so axe compares an unforced foreground with a forced background
 * (axe-core issue #3978, axe-core-npm issue #1067). On a `color-scheme: dark`
 * part of the page that reports light-grey text on white, although Chromium
 * paints forced black on white.
 *
 * This runs the shared axe setup unchanged, then re-checks each color-contrast
 * node with the colour Chromium does use (computed `color`) against the
 * background axe found. Nodes that really lack contrast (e.g. with
 * `forced-color-adjust: none`) are still reported.
 */
import { axeViolations } from './a11y.js';
import type { AxeViolation } from './a11y.js';

interface ContrastData {
  bgColor?: string;
  expectedContrastRatio?: string;
}
interface ContrastNode {
  target: string[];
  any?: { id: string; data?: ContrastData }[];
}

/** The element a (shadow-piercing) axe target names. */
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

function channels(color: string): [number, number, number] | undefined {
  const hex = color.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgb = color.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

function relativeLuminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two CSS colours (`#rrggbb` or `rgb()`); 0 when one cannot be read. */
export function contrast(a: string, b: string): number {
  const ca = channels(a);
  const cb = channels(b);
  if (!ca || !cb) return 0;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether a color-contrast node passes once the forced (painted) text colour is used. */
function passesWithForcedColor(node: ContrastNode): boolean {
  const el = resolveTarget(node.target);
  const data = node.any?.find((check) => check.id === 'color-contrast')?.data;
  if (!el || !data?.bgColor) return false;
  const expected = parseFloat(data.expectedContrastRatio ?? '4.5');
  return contrast(getComputedStyle(el).color, data.bgColor) >= expected;
}

/** axe violations in forced-colors mode, without the known -webkit-text-fill-color false positive. */
export async function axeViolationsForcedColors(context: Element | Document = document): Promise<AxeViolation[]> {
  if (!matchMedia('(forced-colors: active)').matches) throw new Error('axeViolationsForcedColors: forced colours are not active');
  const violations = await axeViolations(context);
  return violations.flatMap((violation) => {
    if (violation.id !== 'color-contrast') return [violation];
    const nodes = (violation.nodes as unknown as ContrastNode[]).filter((node) => !passesWithForcedColor(node));
    return nodes.length ? [{ ...violation, nodes }] : [];
  });
}
