/**
 * Pure logic of `<relais-term>` and `<relais-explainer>` (no DOM): where the
 * toggletip goes, how the field's `aria-describedby` gains and loses our one
 * id, what is read aloud. Tested in Node.
 */
import type { FieldExplainerText, GlossaryText } from '@relais/sdk';

/** A box on screen, in CSS pixels (as `getBoundingClientRect()` gives it). */
export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/** Room kept between the toggletip and the edges of the viewport. */
export const MARGIN = 8;
/** Gap between the word and its toggletip. */
export const GAP = 6;

/**
 * Where the toggletip goes (`position: fixed` coordinates): under the word,
 * aligned with its start, or above it when there is no room below and there
 * is above; always kept inside the viewport (the tip is never wider than the
 * viewport less the margins, its CSS says so).
 */
export function placeTip(
  anchor: Box,
  tip: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl = false,
): { top: number; left: number } {
  const maxLeft = Math.max(MARGIN, viewport.width - tip.width - MARGIN);
  const wanted = rtl ? anchor.right - tip.width : anchor.left;
  const left = Math.min(Math.max(MARGIN, wanted), maxLeft);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - tip.height;
  let top = below;
  if (below + tip.height > viewport.height - MARGIN && above >= MARGIN) top = above;
  // Taller than the room below and above: keep it on screen from the top (it scrolls inside).
  if (top + tip.height > viewport.height - MARGIN && top === below) top = Math.max(MARGIN, Math.min(below, viewport.height - MARGIN - tip.height));
  return { top: Math.round(top), left: Math.round(left) };
}

/** The ids of an `aria-describedby` (or any id list) value. */
export function idTokens(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

/**
 * The field's `aria-describedby` with `id` added last (after the field's own
 * hint and error, which keep their order); `id` is moved to the end if the
 * page added ids after it.
 */
export function withToken(value: string | null | undefined, id: string): string {
  return [...idTokens(value).filter((token) => token !== id), id].join(' ');
}

/** The field's `aria-describedby` without `id` (and nothing else removed); `null` when nothing is left. */
export function withoutToken(value: string | null | undefined, id: string): string | null {
  const rest = idTokens(value).filter((token) => token !== id);
  return rest.length ? rest.join(' ') : null;
}

/** Joins sentences for reading aloud, each ending with a full stop, so the voice pauses between them. */
function sentences(parts: (string | undefined)[]): string {
  return parts
    .map((part) => (part ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((part) => (/[.!?…:]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** What "Écouter" reads for a glossary term: the word, its explanation (plain or easy), the example. */
export function termSpeech(text: GlossaryText, easy: boolean): string {
  return sentences([text.term, easy ? text.easy : text.definition, text.example]);
}

/** What "Écouter" reads for a field: its label, then what, why and where (or the easy version), and the example. */
export function fieldSpeech(text: FieldExplainerText, easy: boolean, headings: { what: string; why: string; where: string; example: string }): string {
  const body = easy
    ? [text.easy]
    : [`${headings.what} : ${text.what}`, text.why && `${headings.why} : ${text.why}`, text.where && `${headings.where} : ${text.where}`];
  return sentences([text.label, ...body, text.example && headings.example]);
}

/** The BCP 47 language the speech synthesis is asked to use for a locale. */
export function speechLang(locale: 'fr' | 'en'): string {
  return locale === 'en' ? 'en-GB' : 'fr-FR';
}
