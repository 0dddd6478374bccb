/**
 * `relais-code`: reads help codes back, for an adviser (the same table as
 * `HELP-CODES.md` and the adviser page `examples/conseiller/`).
 *
 *   relais-code <code…> [--lang fr|en] [--easy] [--json]
 *
 * The report goes to stdout, one code per line; nothing goes to stderr but
 * the usage on a usage error (there is no progress to show).
 * Exit codes: 0 every code read, 1 a code misread (the nearest valid codes are
 * listed), 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { decodeHelpCode, describeHelpCode, helpCodeTexts } from './help-code-read.js';
import type { DecodedHelpCode } from './help-code-read.js';

/** Where the command writes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress would be shown only then; this command has none). */
  tty: boolean;
}

const USAGE = `Usage: relais-code <code…> [options]

Reads a help code (four symbols, e.g. 2A-28) back into the procedure and
the step the citizen is at, from the table of packages/sdk/HELP-CODES.md.
Case, spaces, dashes and dots do not matter. A code misread by one symbol
gives the nearest valid codes.

Options:
  --lang fr|en   the language of the report (default: fr)
  --easy         easy-to-read French
  --json         the report as JSON
  -h, --help     this help
  -v, --version  the version

Exit codes: 0 every code read, 1 a code misread, 2 usage error.`;

class UsageError extends Error {}

interface Args {
  codes: string[];
  lang: 'fr' | 'en';
  easy: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Args = { codes: [], lang: 'fr', easy: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '-v' || arg === '--version') return 'version';
    if (arg === '--json') args.json = true;
    else if (arg === '--easy') args.easy = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[++i];
      if (value !== 'fr' && value !== 'en') throw new UsageError(`--lang expects fr or en, got ${value === undefined ? 'nothing' : `"${value}"`}`);
      args.lang = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else args.codes.push(arg);
  }
  if (!args.codes.length) throw new UsageError('give at least one code, e.g. relais-code 2A-28');
  return args;
}

/** What the JSON report says of one code. */
function asJson(decoded: DecodedHelpCode, text: (d: DecodedHelpCode) => string): Record<string, unknown> {
  const out: Record<string, unknown> = { code: decoded.code, valid: decoded.valid, reading: text(decoded) };
  if (decoded.procedure) out['procedure'] = { id: decoded.procedure.id, code: decoded.procedure.code, title: decoded.procedure.title };
  if (decoded.step) out['step'] = { id: decoded.step.id, position: decoded.step.position, symbol: decoded.code[3], title: decoded.step.title };
  if (!decoded.valid) out['suggestions'] = (decoded.suggestions ?? []).map((s) => asJson(s, text));
  return out;
}

/** Runs the command; returns the exit code. Never calls process.exit. */
export function main(argv: string[], io: Io = defaultIo()): number {
  let args: Args | 'help' | 'version';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`relais-code: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (args === 'version') {
    io.out(`${version()}\n`);
    return 0;
  }
  const { lang } = args;
  const texts = helpCodeTexts(lang, args.easy);
  const text = (d: DecodedHelpCode) => describeHelpCode(d, lang, texts);
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const decoded = args.codes.map((code) => decodeHelpCode(code));
  if (args.json)
    io.out(
      `${JSON.stringify(
        decoded.map((d) => asJson(d, text)),
        null,
        2,
      )}\n`,
    );
  else {
    const lines: string[] = [];
    for (const d of decoded) {
      lines.push(`${d.code}${colon}${text(d)}`);
      if (d.valid) continue;
      const near = d.suggestions ?? [];
      if (near.length) {
        lines.push(texts['code.nearest']);
        for (const s of near) lines.push(`  ${s.code}${colon}${text(s)}`);
      } else lines.push(texts['code.noNearest']);
      lines.push(texts['code.askAgain']);
    }
    io.out(`${lines.join('\n')}\n`);
  }
  return decoded.every((d) => d.valid) ? 0 : 1;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

function defaultIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    tty: Boolean(process.stderr.isTTY),
  };
}
