/**
 * Helpers for browser tests of `<relais-term>`, `<relais-explainer>` and
 * `annotate()`: render, wait for readiness (the kit, then the glossary or
 * explainers data), open, reach into the shadow root, stub speech synthesis.
 * Waits are on conditions, never fixed sleeps.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RelaisExplainer } from '../../packages/explainer/src/explainer.js';
import type { RelaisTerm } from '../../packages/explainer/src/term.js';
import '../../packages/explainer/src/relais-term.js';
import '../../packages/explainer/src/relais-explainer.js';

/** Renders `template` in a fresh container. */
export async function render(template: TemplateResult, style = ''): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div class="explainer-test" style=${style}>${template}</div>`);
}

/** The word's button (once upgraded). */
export function word(el: RelaisTerm): HTMLButtonElement | null {
  return el.shadowRoot?.querySelector<HTMLButtonElement>('button.term') ?? null;
}

/** The toggletip. */
export function tip(el: RelaisTerm): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('.tip') ?? null;
}

/** Whether the toggletip is shown (in the top layer, or shown by the fallback). */
export function tipShown(el: RelaisTerm): boolean {
  const t = tip(el);
  return Boolean(t && (t.matches(':popover-open') || (!t.hasAttribute('popover') && !t.hidden)) && t.getClientRects().length);
}

/** Waits until every `<relais-term>` in `container` has its button and the glossary (the entry) is there. */
export async function termsReady(container: ParentNode): Promise<RelaisTerm[]> {
  const terms = [...container.querySelectorAll('relais-term')];
  await waitUntil(() => terms.every((t) => word(t) && t.entry), '<relais-term> never became ready (button and glossary entry)', { timeout: 5000 });
  await Promise.all(terms.map((t) => t.updateComplete));
  return terms;
}

/** Opens a term's explanation and waits until it is shown. */
export async function openTerm(el: RelaisTerm): Promise<HTMLElement> {
  await el.show();
  await waitUntil(() => tipShown(el), 'the toggletip never showed', { timeout: 5000 });
  return tip(el)!;
}

/** Waits until a term's explanation is closed. */
export async function termClosed(el: RelaisTerm): Promise<void> {
  await waitUntil(() => !el.open && !tipShown(el), 'the toggletip never closed', { timeout: 5000 });
}

/** A button of the open toggletip or explainer panel, by its visible text. */
export function buttonIn(root: ParentNode | null | undefined, text: string): HTMLButtonElement | undefined {
  return [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent.replace(/\s+/g, ' ').trim() === text);
}

/** The explainer's disclosure button. */
export function toggle(el: RelaisExplainer): HTMLButtonElement | null {
  return el.shadowRoot?.querySelector<HTMLButtonElement>('button.toggle') ?? null;
}

/** The explainer's panel. */
export function explainerPanel(el: RelaisExplainer): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('[part="panel"]') ?? null;
}

/** Waits until every `<relais-explainer>` in `container` shows its button and has linked its summary. */
export async function explainersReady(container: ParentNode): Promise<RelaisExplainer[]> {
  const list = [...container.querySelectorAll('relais-explainer')];
  await waitUntil(
    () => list.every((e) => toggle(e) && document.getElementById(e.summaryId)?.textContent),
    '<relais-explainer> never became ready (button and summary)',
    { timeout: 5000 },
  );
  await Promise.all(list.map((e) => e.updateComplete));
  return list;
}

/** Opens an explainer and waits for its panel's content. */
export async function openExplainer(el: RelaisExplainer): Promise<HTMLElement> {
  el.show();
  await waitUntil(() => explainerPanel(el)?.querySelector('dl, p'), 'the explainer panel never showed', { timeout: 5000 });
  await el.updateComplete;
  return explainerPanel(el)!;
}

/** What a stubbed speech synthesis was asked to say. */
export interface SpeechLog {
  spoken: { text: string; lang: string }[];
  cancelled: number;
  restore(): void;
}

/**
 * Replaces the browser's speech synthesis (the `speechSynthesis` object and
 * the `SpeechSynthesisUtterance` constructor) with a recorder; `supported:
 * false` takes it away, as in a browser without it.
 */
export function stubSpeech(supported = true): SpeechLog {
  const log: SpeechLog = { spoken: [], cancelled: 0, restore };
  class Utterance {
    text: string;
    lang = '';
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    speak: (u: Utterance) => log.spoken.push({ text: u.text, lang: u.lang }),
    cancel: () => {
      log.cancelled++;
    },
    getVoices: () => [],
  };
  const saved = {
    speechSynthesis: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
    SpeechSynthesisUtterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: supported ? synth : undefined, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: supported ? Utterance : undefined, configurable: true, writable: true });
  function restore(): void {
    for (const [name, descriptor] of Object.entries(saved)) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete (window as unknown as Record<string, unknown>)[name];
    }
  }
  return log;
}
