/**
 * Help codes, the adviser's side: reading a code back into its procedure and
 * step (with the nearest valid readings of a code misheard by one symbol),
 * and saying it in words; the table and the documentation advisers read
 * codes with (`HELP-CODES.md`). Apart from `help-code.ts` (making codes), so that a
 * widget that shows a code does not load the reading and its texts.
 */
import { format } from './format.js';
import { HELP_CODE_ALPHABET, HELP_CODE_UNKNOWN as UNKNOWN, helpCode, isValidHelpCode, normaliseHelpCode } from './help-code.js';
import { codeMessages } from './messages/code.js';
import type { LocalisedTitle, ProcedureInfo } from './procedures.js';
import { procedures } from './procedures.js';

const value = (symbol: string): number => HELP_CODE_ALPHABET.indexOf(symbol);
/** Number of step symbols (every symbol before the one for "unknown"). */
const MAX_STEPS = value(UNKNOWN);

/** What a help code means, as returned by {@link decodeHelpCode}. */
export interface DecodedHelpCode {
  /** The normalised code (`XX-XX`), or the input as given if it could not be normalised. */
  code: string;
  /** `false` if the input is not four alphabet symbols or its check symbol is wrong. */
  valid: boolean;
  /** The procedure, when the code is valid and its two first symbols are in the table. */
  procedure?: ProcedureInfo;
  /**
   * The step, when known; `index` is its 0-based position in `procedure.steps`
   * (its symbol), `position` its 1-based place in the order the citizen goes
   * through the steps (`procedure.order`, else `steps`).
   */
  step?: { id: string; title: LocalisedTitle; index: number; position: number };
  /**
   * For a code that is not valid: the valid codes of known procedures that
   * differ from it by one symbol (a symbol misheard, or one outside the
   * alphabet such as `0` or `B`), each decoded. Empty when there is none.
   */
  suggestions?: DecodedHelpCode[];
}

/** The 1-based place of a step in the order the citizen goes through the procedure. */
function positionOf(procedure: ProcedureInfo, id: string, index: number): number {
  const at = procedure.order ? procedure.order.indexOf(id) : -1;
  return (at >= 0 ? at : index) + 1;
}

/** Decodes a code known to be four alphabet symbols with a right check symbol. */
function decodeValid(code: string, table: readonly ProcedureInfo[]): DecodedHelpCode {
  const decoded: DecodedHelpCode = { code, valid: true };
  const procedure = table.find((p) => p.code === code.slice(0, 2));
  if (procedure) {
    decoded.procedure = procedure;
    const index = value(code.charAt(3));
    const step = code.charAt(3) === UNKNOWN ? undefined : procedure.steps[index];
    if (step) decoded.step = { id: step.id, title: step.title, index, position: positionOf(procedure, step.id, index) };
  }
  return decoded;
}

/**
 * The valid readings one symbol away from `symbols` (four characters, dash
 * left out): at most one per position, as the check symbol allows one value
 * there. Only readings that name a procedure of `table`, and a step of it or
 * "step unknown", are kept: the others would mean nothing to the adviser.
 */
function nearest(symbols: string, table: readonly ProcedureInfo[]): DecodedHelpCode[] {
  const outside = [...symbols].map((c, i) => (value(c) < 0 ? i : -1)).filter((i) => i >= 0);
  if (outside.length > 1) return [];
  // The check symbol first: it is the likeliest slip, and changing it keeps the procedure and step as heard.
  const positions = outside.length ? outside : [3, 2, 1, 0];
  const found: DecodedHelpCode[] = [];
  for (const at of positions) {
    for (const symbol of HELP_CODE_ALPHABET) {
      if (symbol === symbols[at]) continue;
      const candidate = symbols.slice(0, at) + symbol + symbols.slice(at + 1);
      const code = `${candidate.slice(0, 2)}-${candidate.slice(2)}`;
      if (!isValidHelpCode(code)) continue;
      const decoded = decodeValid(code, table);
      if (decoded.procedure && (decoded.step || candidate[2] === UNKNOWN)) found.push(decoded);
    }
  }
  // Known steps first (the sort keeps the order of the positions tried).
  return found.sort((a, b) => Number(Boolean(b.step)) - Number(Boolean(a.step)));
}

/**
 * Reads a help code back: normalises it, verifies the check symbol, then looks
 * the procedure and step up in `table`. An invalid code never yields a
 * procedure or step (it would likely be the wrong one); it gives instead the
 * nearest valid readings, one symbol away (`suggestions`).
 */
export function decodeHelpCode(input: string, table: readonly ProcedureInfo[] = procedures): DecodedHelpCode {
  const code = normaliseHelpCode(input);
  if (code && isValidHelpCode(code)) return decodeValid(code, table);
  const symbols = String(input)
    .toUpperCase()
    .replace(/[\s.\-‐‑–—]/g, '');
  const suggestions = symbols.length === 4 ? nearest(symbols, table) : [];
  return { code: code ?? input, valid: false, suggestions };
}

/** The `code.*` texts (French, English, easy-to-read French), or a catalogue's overrides of them. */
export type HelpCodeTexts = { readonly [K in keyof (typeof codeMessages)['fr']]: string };

/** The `code.*` texts for a locale, easy-to-read if asked (French only). */
export function helpCodeTexts(locale: 'fr' | 'en', easy = false): HelpCodeTexts {
  if (locale === 'en') return codeMessages.en;
  return easy ? codeMessages.frEasy : codeMessages.fr;
}

/** A procedure's title as one phrase: "Carte grise : changement de titulaire" → "Carte grise — changement de titulaire". */
export function procedureName(title: string): string {
  return title.replace(/\s*:\s*/, ' — ');
}

/**
 * What a decoded code says, in one line: "Carte grise — changement de
 * titulaire — étape 1 : Votre véhicule", "… — étape inconnue", "Code mal lu".
 */
export function describeHelpCode(decoded: DecodedHelpCode, locale: 'fr' | 'en' = 'fr', texts: HelpCodeTexts = helpCodeTexts(locale)): string {
  if (!decoded.valid) return texts['code.misread'];
  const { procedure, step } = decoded;
  if (!procedure) return decoded.code.startsWith(UNKNOWN + UNKNOWN) ? texts['code.noProcedure'] : texts['code.otherTable'];
  const name = procedureName(procedure.title[locale]);
  if (!step) return format(texts['code.stepUnknown'], { procedure: name });
  return format(texts['code.reading'], { procedure: name, position: step.position, step: step.title[locale] });
}

/** One procedure in {@link helpCodeTable}, with French titles. */
export interface HelpCodeTableEntry {
  /** Procedure id. */
  procedure: string;
  /** Its two symbols. */
  code: string;
  /** French title. */
  title: string;
  /** Its steps, with the step symbol of each. */
  steps: { symbol: string; id: string; title: string }[];
}

/**
 * The table an adviser needs to read codes by hand, with French titles:
 * procedure symbols, and for each step its symbol. Integrators with their own
 * procedures publish this for their own `table`.
 */
export function helpCodeTable(table: readonly ProcedureInfo[] = procedures): HelpCodeTableEntry[] {
  return table.map((p) => ({
    procedure: p.id,
    code: p.code,
    title: p.title.fr,
    steps: p.steps.slice(0, MAX_STEPS).map((s, i) => ({
      symbol: HELP_CODE_ALPHABET.charAt(i),
      id: s.id,
      title: s.title.fr,
    })),
  }));
}

/**
 * The adviser documentation (`packages/sdk/HELP-CODES.md`) for `table`, in
 * Markdown. Written to disk by `scripts/help-codes-doc.mjs`; a test keeps the
 * committed file equal to this.
 */
export function helpCodesMarkdown(table: readonly ProcedureInfo[] = procedures): string {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const symbols = [...HELP_CODE_ALPHABET];
  const first = table[0];
  const example = first && first.steps[1] ? helpCode(first.id, first.steps[1].id, table) : '';
  const lines = [
    '# Help codes',
    '',
    '<!-- Generated by `node packages/sdk/scripts/help-codes-doc.mjs` from `src/procedures.ts`. Do not edit by hand. -->',
    '',
    'A help code is four symbols shown as `XX-XX`. The Relais widget shows it next to the 34 00 phone number.',
    'A caller stuck in an on-line procedure reads it aloud, and the adviser knows which procedure and which',
    'step the caller is at, without asking them to describe their screen.',
    '',
    '- It holds no personal data: it is computed only from the procedure id and the step id.',
    '- It is neither random nor time-based: the same procedure and step always give the same code.',
    '',
    '## How a code is built',
    '',
    'The 16 symbols neither look nor sound alike in French (no `0`/`O`, `1`/`I`/`L`, `B`/`D`/`P`/`T`…).',
    'Each has a value:',
    '',
    row(['Symbol', ...symbols.map((s) => `\`${s}\``)]),
    row(['---', ...symbols.map(() => '---')]),
    row(['Value', ...symbols.map((_, i) => String(i))]),
    '',
    '1. Symbols 1 and 2: the procedure (tables below). `ZZ`: the page did not say which procedure.',
    '   A procedure missing from these tables gets two symbols derived from an FNV-1a hash of its id,',
    '   never equal to a code listed here; whoever runs that procedure publishes its own table.',
    "2. Symbol 3: the step, by its position in the procedure's steps (1st step `2`, 2nd step `3`, …).",
    '   `Z`: the step is not known.',
    '3. Symbol 4: the check symbol. With v1, v2, v3 the values of the first three symbols, it is the',
    '   symbol whose value is `8·v1 ⊕ 4·v2 ⊕ 2·v3`, computed in GF(16) (addition is XOR, products are',
    '   taken modulo x⁴ + x + 1). By hand: start with c = 0; for each of the first three symbols, set',
    '   c to c XOR its value, then double c: if c < 8, c becomes 2c, otherwise (2c − 16) XOR 3.',
    '',
    'Any single wrong symbol, and any swap of two neighbouring symbols, gives a wrong check symbol.',
    '',
    '## Decoding a code',
    '',
    '1. Write the code down as the caller reads it. Case, spaces, dashes and dots do not matter.',
    '   A symbol outside the alphabet (`0`, `O`, `1`, `I`…) was misheard: ask again.',
    '2. If the check symbol does not match, ask the caller to read the code again, one symbol at a time.',
    '3. Look up symbols 1 and 2 (procedure) and symbol 3 (step) in the tables below.',
    '',
    '`decodeHelpCode()` from `@relais/sdk` does all three steps.' + (example ? ` Example: \`${example}\` is step 2 of “${first!.title.fr}”.` : ''),
    'So do the command `npx relais-code <code>` (it also prints the nearest valid codes when one symbol was misheard)',
    'and the adviser page `examples/conseiller/`.',
    '',
    'In the tables, `N°` is the step as the citizen counts it (“étape 1”, “étape 2”…): the order they go through',
    "the procedure. It can differ from the symbol's order, since steps added later get the next free symbol.",
    '',
    '## Procedures',
  ];
  for (const p of helpCodeTable(table)) {
    const info = table.find((t) => t.id === p.procedure);
    lines.push('', `### \`${p.code}\` ${p.title}`, '', `Procedure id: \`${p.procedure}\``, '');
    lines.push(row(['Step symbol', 'Step id', 'N°', 'Étape', 'Full code']), row(['---', '---', '---', '---', '---']));
    p.steps.forEach((s, index) => {
      const position = info ? positionOf(info, s.id, index) : index + 1;
      lines.push(row([`\`${s.symbol}\``, `\`${s.id}\``, String(position), s.title, `\`${helpCode(p.procedure, s.id, table)}\``]));
    });
    lines.push(row([`\`${UNKNOWN}\``, '—', '—', 'Étape inconnue', `\`${helpCode(p.procedure, undefined, table)}\``]));
  }
  return lines.join('\n') + '\n';
}
