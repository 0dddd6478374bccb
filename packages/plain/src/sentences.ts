/**
 * Cutting French text into sentences and words, for readability measures.
 *
 * - A sentence ends at . ! ? or … followed by white space and a capital
 *   letter, a digit, an opening quote or bracket, or the end of the text; so
 *   "Besoin d'aide ? Parler à une personne" is two sentences, "Vendu le… à… h"
 *   one. A blank line ends a sentence too. Abbreviations such as "M.", "ex.",
 *   "etc." or "n°" do not end one before a lower-case word.
 * - A word is a run of characters between white spaces (no-break spaces
 *   included) that holds a letter, a digit or a placeholder (`{place}`); an
 *   elided article stays with its word ("l'acheteur" is one word), a
 *   hyphenated word is one word ("rendez-vous"), and so is a code
 *   ("AB-123-CD"), and so are digit groups joined by no-break spaces
 *   ("34 00", "06 12 34 56 78"). Signs said aloud ("€", "%") count as words.
 */
import { syllables } from './syllables.js';

/** One word: where it is, as written (punctuation around it left out), and its syllables. */
export interface Word {
  start: number;
  end: number;
  text: string;
  syllables: number;
}

/** One sentence: where it is, its text (trimmed) and its words. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  words: Word[];
}

const SPACE = /[\s\u00a0\u202f\u2009]/u;
const SAID_SIGNS = new Set(['€', '%', '&', '@', '+']);
const EDGE = /^[^\p{L}\p{N}{}€%&@+]+|[^\p{L}\p{N}{}€%&@+]+$/gu;

/** The words of a text (or of a part of it, from `offset`). */
export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && SPACE.test(text[i]!)) i++;
    const from = i;
    while (i < n && !SPACE.test(text[i]!)) i++;
    // Digit groups joined by no-break spaces are one number: "34 00", "06 12 34 56 78".
    while (/^\p{N}+$/u.test(text.slice(from, i).replace(/[\u00a0\u202f]/gu, '')) && /[\u00a0\u202f]/u.test(text[i] ?? '') && /\p{N}/u.test(text[i + 1] ?? '')) {
      i++;
      while (i < n && !SPACE.test(text[i]!)) i++;
    }
    if (i === from) continue;
    const raw = text.slice(from, i);
    const lead = raw.length - raw.replace(/^[^\p{L}\p{N}{}€%&@+]+/u, '').length;
    const clean = raw.replace(EDGE, '');
    if (!clean) continue;
    if (!/[\p{L}\p{N}]/u.test(clean) && !SAID_SIGNS.has(clean) && !/^\{\w+\}$/.test(clean)) continue;
    const start = offset + from + lead;
    out.push({ start, end: start + clean.length, text: clean, syllables: syllables(clean) });
  }
  return out;
}

const ABBREVIATIONS = new Set(['m', 'mme', 'mlle', 'ex', 'etc', 'cf', 'env', 'p', 'pp', 'n', 'no', 'art', 'al', 'av', 'bd', 'st', 'ste', 'dr', 'me', 'mr']);

/** The index after the closing quotes and brackets that follow a sentence's final mark at `i`. */
function afterClosers(text: string, i: number): number {
  let j = i;
  for (;;) {
    const ch = text[j];
    if (ch === undefined) return j;
    if (/[»”"')\]]/u.test(ch)) j++;
    else if ((ch === '\u00a0' || ch === '\u202f') && /[»”]/u.test(text[j + 1] ?? '')) j += 2;
    else return j;
  }
}

/** Whether a sentence ends after the final mark at `markStart` (its closers end at `j`). */
function endsAt(text: string, j: number, markStart: number): boolean {
  if (j >= text.length) return true;
  if (!SPACE.test(text[j]!)) return false;
  let k = j;
  while (k < text.length && SPACE.test(text[k]!)) k++;
  if (k >= text.length) return true;
  const next = text[k]!;
  if (text[markStart] === '.') {
    const before = /(\p{L}+)$/u.exec(text.slice(0, markStart));
    if (before && ABBREVIATIONS.has(before[1]!.toLowerCase()) && !/\p{Lu}/u.test(next)) return false;
  }
  return /[\p{Lu}\p{N}«“"([{]/u.test(next);
}

const BLANK_LINE = /\n[ \t]*\n/y;

/** The sentences of a text, with their words. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      const s = start + lead;
      const ws = words(body, s);
      if (ws.length) out.push({ start: s, end: s + body.length, text: body, words: ws });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    BLANK_LINE.lastIndex = i;
    if (ch === '\n' && BLANK_LINE.test(text)) {
      push(i);
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      const markStart = i;
      let j = i + 1;
      while (j < text.length && /[.!?…]/u.test(text[j]!)) j++;
      const e = afterClosers(text, j);
      if (endsAt(text, e, markStart)) {
        push(e);
        i = e - 1;
      } else i = j - 1;
    }
  }
  push(text.length);
  return out;
}
