/**
 * Text normalisation for matching French administrative words: case, accents,
 * ligatures and apostrophes do not count ("Numéro" = "numero", "cœur" =
 * "coeur", "d’immatriculation" = "d'immatriculation"), and simple plurals are
 * folded onto the singular ("cartes grises" = "carte grise"). Offsets always
 * refer to the original text, so that a match can be wrapped where it is.
 */

/** One word of a text: where it is in the original, and its matching key. */
export interface Token {
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** Folded (lower case, no accents) and singular: the key used for matching. */
  key: string;
}

const folded = new Map<string, string>();
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/**
 * How one character counts for matching: its folded form (lower case, no
 * accents, ligatures spelt out) if it is part of a word, `undefined` if it
 * separates words. Combining accents count as part of a word, folded to ''.
 */
export function foldChar(ch: string): string | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 128) {
    if (code >= 97 && code <= 122) return ch;
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code >= 48 && code <= 57) return ch;
    return undefined;
  }
  const known = folded.get(ch);
  if (known !== undefined) return known === '\u0000' ? undefined : known;
  let out: string | undefined;
  if (MARK.test(ch)) out = '';
  else if (LETTER_OR_DIGIT.test(ch)) {
    out = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
  }
  folded.set(ch, out ?? '\u0000');
  return out;
}

/** The text folded for comparison: lower case, no accents, typographic apostrophes made plain, spaces collapsed. */
export function fold(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f !== undefined) {
      if (space && out) out += ' ';
      space = false;
      out += f;
    } else if (APOSTROPHES.includes(ch)) {
      out += "'";
      space = false;
    } else space = true;
  }
  return out;
}

/** Apostrophes a text may use: straight, typographic (U+2019), and look-alikes. */
export const APOSTROPHES = "'\u2019\u2018\u02bc\u2032\u00b4`";

/**
 * The singular of a folded French word, for the simple plurals forms use:
 * "-s" ("cartes" → "carte"), "-x" after "au", "eu", "ou" ("bureaux" →
 * "bureau"), "-aux" → "-al" ("fiscaux" → "fiscal"). Short words (three
 * letters or fewer) are kept, so that "des", "pas" or "CNI" stay themselves.
 * Applied on both sides (glossary and text), so irregular cases still meet.
 */
export function singular(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  const last = word.charCodeAt(n - 1);
  if (last === 115 /* s */) return word.charCodeAt(n - 2) === 115 ? word : word.slice(0, -1);
  if (last === 120 /* x */) {
    if (word.endsWith('eaux')) return word.slice(0, -1);
    if (word.endsWith('aux')) return `${word.slice(0, -3)}al`;
    if (word.endsWith('eux') || word.endsWith('oux')) return word.slice(0, -1);
  }
  return word;
}

/**
 * Splits a text into words (letters and digits; apostrophes, hyphens, spaces
 * and punctuation separate them), each with its offsets in the original text
 * and its matching key.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let start = -1;
  let key = '';
  for (let i = 0; i < n; i++) {
    let ch = text[i]!;
    const code = ch.charCodeAt(0);
    // A character outside the Basic Multilingual Plane: keep the pair together.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) ch = text.slice(i, i + 2);
    const f = foldChar(ch);
    if (f !== undefined) {
      if (start < 0) {
        start = i;
        key = '';
      }
      key += f;
    } else if (start >= 0) {
      tokens.push({ start, end: i, key: singular(key) });
      start = -1;
    }
    i += ch.length - 1;
  }
  if (start >= 0) tokens.push({ start, end: n, key: singular(key) });
  return tokens;
}

/**
 * Whether the text between two words lets them belong to one term: spaces,
 * apostrophes and hyphens do ("certificat d'immatriculation", "pré-demande");
 * other punctuation does not ("carte. Grise" is not "carte grise").
 */
export function joins(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const ok =
      code === 32 ||
      code === 9 ||
      code === 10 ||
      code === 13 ||
      code === 0xa0 ||
      code === 0x202f ||
      code === 0x2009 ||
      code === 45 /* - */ ||
      code === 0x2010 ||
      code === 0x2011 ||
      APOSTROPHES.includes(text[i]!);
    if (!ok) return false;
  }
  return true;
}

/** Whether a word is written in capitals (an acronym such as "NEPH"): it has letters and no lower-case one. */
export function isCapitals(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase();
}
