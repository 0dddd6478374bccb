/**
 * Help codes: four symbols (`XX-XX`) a caller reads aloud to a 34 00 adviser
 * so the adviser knows which procedure and which step the caller is at.
 *
 * A code is computed only from a procedure id and a step id: no personal data,
 * no randomness, no time. Same procedure and step, same code.
 *
 * Layout: procedure (2 symbols) + step (1 symbol) + check (1 symbol).
 *
 * The check symbol is a weighted sum in GF(16) (XOR as addition, polynomial
 * x⁴ + x + 1), weights α³, α², α for the three first symbols (α = 2). The
 * weights are non-zero (any single wrong symbol changes the sum) and pairwise
 * distinct, α included with the check symbol's own weight 1 (any swap of two
 * neighbours changes it). A plain integer sum modulo 16 cannot do both: every
 * weight would have to be odd, so neighbouring weights would differ by an even
 * number and swapping two symbols whose values differ by 8 would go unnoticed.
 */
import type { ProcedureInfo } from './procedures.js';
import { procedures } from './procedures.js';

/**
 * The 16 help-code symbols, in value order (`2` is 0, `Z` is 15). Chosen so that
 * no two look or sound alike when read aloud in French: no 0/O, 1/I/L, and none
 * of B D P T V G J N S F E U…
 */
export const HELP_CODE_ALPHABET = '23456789ACHKMRXZ';

/** Symbol used for "unknown": the step symbol when the step is unknown, and `ZZ` for no procedure. */
export const HELP_CODE_UNKNOWN = 'Z';
const UNKNOWN = HELP_CODE_UNKNOWN;
/** Number of step symbols available (the last symbol means "unknown"). */
const MAX_STEPS = 15;

const value = (symbol: string): number => HELP_CODE_ALPHABET.indexOf(symbol);

const isSymbols = (text: string, length: number): boolean => text.length === length && [...text].every((c) => value(c) >= 0);

/** Check symbol of three symbols: Horner's rule in GF(16), i.e. α³·v1 ⊕ α²·v2 ⊕ α·v3. */
function checkSymbol(symbols: string): string {
  let c = 0;
  for (const symbol of symbols) {
    c ^= value(symbol);
    c = ((c << 1) ^ (c & 8 ? 0x13 : 0)) & 15;
  }
  return HELP_CODE_ALPHABET.charAt(c);
}

/** Procedure symbols for an id missing from `table`: FNV-1a hash, then the next free code. */
function hashedProcedureCode(id: string, table: readonly ProcedureInfo[]): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  let slot = (h ^ (h >>> 8) ^ (h >>> 16) ^ (h >>> 24)) & 255;
  const taken = new Set(table.map((p) => p.code));
  taken.add(UNKNOWN + UNKNOWN);
  for (let i = 0; i < 256; i++, slot = (slot + 1) & 255) {
    const code = HELP_CODE_ALPHABET.charAt(slot >> 4) + HELP_CODE_ALPHABET.charAt(slot & 15);
    if (!taken.has(code)) return code;
  }
  return UNKNOWN + UNKNOWN;
}

/**
 * The help code (`XX-XX`) for a procedure and step.
 *
 * - A procedure in `table` gets its own `code`; its step gets the symbol at the
 *   step's position in `steps` (1st step `2`, 2nd `3`, …).
 * - A procedure missing from `table` gets two symbols derived from an FNV-1a
 *   hash of its id, moved on to the next free pair so it never equals a code of
 *   `table` (nor `ZZ`). Those codes mean nothing to an adviser who only has the
 *   built-in table: integrators with their own procedures pass their own
 *   `table` here and publish its `helpCodeTable()` to the advisers.
 * - No procedure gives `ZZ`; an unknown or absent step gives `Z`.
 *
 * Only ids are read: nothing else can end up in the code. Never throws.
 */
export function helpCode(procedure?: string, step?: string, table: readonly ProcedureInfo[] = procedures): string {
  // Called from plain JavaScript too: an id that is not a string is no id.
  if (typeof procedure !== 'string') procedure = undefined;
  if (typeof step !== 'string') step = undefined;
  const info = procedure ? table.find((p) => p.id === procedure) : undefined;
  const head = info && isSymbols(info.code, 2) ? info.code : procedure ? hashedProcedureCode(procedure, table) : UNKNOWN + UNKNOWN;
  const index = info && step ? info.steps.findIndex((s) => s.id === step) : -1;
  const body = head + (index >= 0 && index < MAX_STEPS ? HELP_CODE_ALPHABET[index] : UNKNOWN);
  return `${head}-${body[2]}${checkSymbol(body)}`;
}

/**
 * Tidies a code as typed or heard: ignores case, spaces, dashes and dots.
 * Returns `XX-XX`, or `undefined` if it is not exactly four alphabet symbols
 * (a `0`, `O`, `1`, `I`… means it was misheard). Does not verify the check
 * symbol: use {@link decodeHelpCode} for that.
 */
export function normaliseHelpCode(input: string): string | undefined {
  const text = String(input)
    .toUpperCase()
    .replace(/[\s.\-‐‑–—]/g, '');
  return isSymbols(text, 4) ? `${text.slice(0, 2)}-${text.slice(2)}` : undefined;
}

/** Whether a normalised code (`XX-XX`) has the right check symbol. */
export function isValidHelpCode(code: string): boolean {
  return code.length === 5 && isSymbols(code.slice(0, 2) + code.slice(3), 4) && checkSymbol(code.slice(0, 2) + code[3]) === code[4];
}

/**
 * The code as it should be read aloud, e.g. `2A-3K` → `2, A, 3, K`: one symbol
 * at a time, dash left out. The commas make screen readers pause between
 * symbols. Both locales give the same text today, as every symbol is said the
 * same way on its own; the locale is there for a later, spelled-out version.
 */
export function spellHelpCode(code: string, _locale: 'fr' | 'en'): string {
  const text = normaliseHelpCode(code) ?? String(code).trim();
  return [...text.replace(/-/g, '')].join(', ');
}
