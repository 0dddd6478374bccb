/**
 * Shared accessibility helpers for browser tests: one axe setup (WCAG 2.0–2.2
 * A/AA, RGAA v4, best practice) and Chromium's own accessibility tree.
 */
import 'axe-core/axe.min.js';
import { executeServerCommand } from '@web/test-runner-commands';

declare global {
  interface Window {
    axe: {
      run(context: Element | Document, options: unknown): Promise<{ violations: AxeViolation[] }>;
    };
  }
}

/** One axe violation, trimmed to what a failing test should print. */
export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The axe tags every fixture must pass. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'RGAAv4', 'best-practice'];

/**
 * Runs axe on `context` with the shared tags. Rules turned off, and why:
 * - region: fixtures are fragments, not whole pages with landmarks.
 * - page-has-heading-one, landmark-one-main: same reason.
 */
export async function axeViolations(context: Element | Document = document): Promise<AxeViolation[]> {
  const result = await window.axe.run(context, axeOptions);
  return result.violations;
}

/** The options every axe run uses (see axeViolations). */
export const axeOptions = {
  runOnly: { type: 'tag', values: axeTags },
  rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
  resultTypes: ['violations'],
};

/**
 * Runs axe inside a same-origin frame (a whole example page, with its own
 * styles), with the shared options: axe is loaded into the frame first.
 */
export async function axeViolationsInFrame(frame: HTMLIFrameElement): Promise<AxeViolation[]> {
  // The frame's own window: axe is there only once loaded into it.
  const win: (Omit<Window, 'axe'> & { axe?: Window['axe'] }) | null = frame.contentWindow;
  if (!win) throw new Error('axeViolationsInFrame: the frame has no window');
  if (!win.axe) {
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(frame.contentDocument!, axeOptions);
  return result.violations;
}

/** A readable summary of violations, for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

/** A node of Chromium's accessibility tree, as the a11y-tree command returns it. */
export interface AXNode {
  role: string;
  name: string;
  description?: string;
  value?: string | number;
  states: Record<string, unknown>;
  children: AXNode[];
}

/** Chromium's accessibility tree under the first element matching `selector` (through shadow roots). */
export function a11yTree(selector: string): Promise<AXNode> {
  return executeServerCommand<AXNode, { selector: string }>('a11y-tree', { selector });
}

/** Every node of a tree, depth first. */
export function flatten(node: AXNode): AXNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

/** Nodes with a role (and, if given, a name matching). */
export function findAll(tree: AXNode, role: string, name?: string | RegExp): AXNode[] {
  return flatten(tree).filter(
    (n) => n.role === role && (name === undefined || (typeof name === 'string' ? n.name.replace(/\s+/g, ' ').trim() === name : name.test(n.name))),
  );
}

/** The text a screen reader would meet, in order: names of nodes that have one. */
export function spoken(tree: AXNode): string[] {
  return flatten(tree)
    .filter((n) => n.name && !['generic', 'InlineTextBox'].includes(n.role))
    .map((n) => `${n.role}: ${n.name.replace(/\s+/g, ' ').trim()}`);
}

/** Normalises white space (no-break spaces included) for text comparisons. */
export function norm(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
