/**
 * `relais-lint`: how hard the French of a form is to read, before it is
 * published.
 *
 *   relais-lint <files or folders…> [--format text|json|html] [--min-score N] [--max-level L]
 *
 * The report goes to stdout; a progress bar to stderr, only on a terminal.
 * Exit codes: 0 done (thresholds met), 1 a threshold failed or a file could
 * not be used, 2 usage error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defaultGlossary } from '@relais/sdk/glossary/default-glossary.js';
import { LEVELS, parseLevel } from './readability.js';
import { fileKind, lintSource } from './lint/lint.js';
import type { FileKind, LintOptions } from './lint/lint.js';
import { checkPage, htmlReport, jsonReport, textReport } from './lint/report.js';
import type { LintRun, Thresholds } from './lint/report.js';
import { SourceError } from './lint/sources.js';

/** Where the command writes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  tty: boolean;
  cwd: string;
}

const USAGE = `Usage: relais-lint <files or folders…> [options]

Scores the French a citizen reads (Kandel–Moles and LIX) and lists what makes
it hard: long or hard sentences, passive voice, nouns made from verbs,
administrative words (with the plain word or the glossary's explanation),
acronyms not written out, and the easy-to-read (FALC) rules.

Reads HTML forms (title, headings, labels, legends, hints, paragraphs, list
items, buttons, error messages, title and aria-label attributes), JSON message
catalogues (every string, by its key; keys named "easy" or "falc", and what is
under them, are easy-to-read) and plain text files (one text per paragraph).
Folders are searched for .html, .htm, .json and .txt files (node_modules, dist
and dot-folders are skipped; JSON files that are not catalogues are ignored).

Options:
  --format text|json|html   the report's format (default: text)
  --min-score N             fail when a page's Kandel–Moles score is below N
  --max-level L             fail when a page is harder than level L: 1 to 7, or
                            ${LEVELS.map((l) => l.id).join(', ')}
  --max-words N             longest sentence, in words (default: 20)
  --easy                    every text is easy-to-read (FALC): sentences of 12
                            words at most, a score of 80, no acronym
  -h, --help                this help
  -v, --version             the version

Exit codes: 0 done, 1 a threshold failed or a file could not be used, 2 usage error.`;

interface Args {
  inputs: string[];
  format: 'text' | 'json' | 'html';
  thresholds: Thresholds;
  maxWords?: number;
  easy: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Args = { inputs: [], format: 'text', thresholds: {}, easy: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const number = (min: number, max: number): number => {
      const v = value();
      const n = Number(v);
      if (!v.trim() || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag} expects a number from ${min} to ${max}, got "${v}"`);
      return n;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'html') throw new UsageError(`--format expects text, json or html, got "${v}"`);
        args.format = v;
        break;
      }
      case '--min-score':
        args.thresholds.minScore = number(-100, 200);
        break;
      case '--max-level': {
        const v = value();
        const level = parseLevel(v);
        if (!level) throw new UsageError(`--max-level expects 1 to 7 or one of ${LEVELS.map((l) => l.id).join(', ')}, got "${v}"`);
        args.thresholds.maxLevel = level.level;
        break;
      }
      case '--max-words':
        args.maxWords = Math.round(number(3, 100));
        break;
      case '--easy':
        args.easy = true;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
        args.inputs.push(arg);
    }
  }
  if (!args.inputs.length) throw new UsageError('give at least one file or folder');
  return args;
}

/** Files relais-lint reads under a folder, skipping node_modules, dist and dot-folders. */
export function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') found.push(...walk(path));
    } else if (entry.isFile() && fileKind(entry.name)) found.push(path);
  }
  return found;
}

/** A progress bar on stderr, only on a terminal and for more than a few files. */
function progress(io: Io, total: number): { step: (done: number, label: string) => void; end: () => void } {
  const show = io.tty && total > 10;
  let shown = false;
  return {
    step(done, label) {
      if (!show) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      io.err(`\r${label.slice(-40).padEnd(40)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
      shown = true;
    },
    end() {
      if (shown) io.err('\r\u001b[2K');
      shown = false;
    },
  };
}

const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot be read (${(error as Error).message})`;
};

/** Runs the command; returns the exit code. Never calls process.exit. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let args: Args | 'help' | 'version';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`relais-lint: ${error.message}\n\n${USAGE}\n`);
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
  const run: LintRun = { ok: true, version: version(), thresholds: args.thresholds, pages: [], problems: [], ignored: [] };
  const name = (path: string) => relative(io.cwd, path) || path;
  const files: { path: string; named: boolean; kind: FileKind }[] = [];
  for (const input of args.inputs) {
    const path = resolve(io.cwd, input);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      run.problems.push({ file: input, message: reason(error) });
      continue;
    }
    if (isDir) {
      const found = walk(path);
      if (!found.length) run.problems.push({ file: input, message: 'no .html, .htm, .json or .txt file in this folder' });
      for (const p of found) files.push({ path: p, named: false, kind: fileKind(p)! });
    } else {
      const kind = fileKind(path);
      if (!kind) run.problems.push({ file: input, message: 'not a file relais-lint reads (expected .html, .htm, .json or .txt)' });
      else files.push({ path, named: true, kind });
    }
  }
  const options: LintOptions = { glossary: defaultGlossary, easy: args.easy, ...(args.maxWords ? { maxWords: args.maxWords } : {}) };
  if (args.thresholds.minScore !== undefined) options.minSentenceScore = Math.min(60, args.thresholds.minScore);
  const bar = progress(io, files.length);
  files.forEach((file, i) => {
    bar.step(i, name(file.path));
    let content: string;
    try {
      content = readFileSync(file.path, 'utf8');
    } catch (error) {
      run.problems.push({ file: name(file.path), message: reason(error) });
      return;
    }
    try {
      run.pages.push(checkPage(lintSource(name(file.path), content, file.kind, options), args.thresholds));
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      // In a folder, a JSON file that is not a catalogue (data, settings) is not an error.
      if (!file.named && file.kind === 'json') run.ignored.push({ file: name(file.path), message: error.message });
      else run.problems.push({ file: name(file.path), message: error.message });
    }
  });
  bar.step(files.length, 'done');
  bar.end();
  if (!files.length && !run.problems.length) run.problems.push({ file: args.inputs.join(' '), message: 'nothing to lint' });
  run.ok = run.problems.length === 0 && run.pages.every((p) => p.passed);
  io.out(args.format === 'json' ? jsonReport(run) : args.format === 'html' ? htmlReport(run) : textReport(run));
  return run.ok ? 0 : 1;
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
    cwd: process.cwd(),
  };
}
