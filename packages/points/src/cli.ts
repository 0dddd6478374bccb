/**
 * `relais-points`: builds the published points file from the official exports.
 *
 *   relais-points build <files or folders…> --out DIR [--postcodes communes.csv]
 *
 * The report goes to stdout; a progress bar to stderr, only on a terminal.
 * Exit codes: 0 done, 1 unusable input (or nothing to publish), 2 usage error.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildGeoTable, locator } from './geocode.js';
import type { GeoTable } from './geocode.js';
import { buildPointsFiles, POINTS_FORMAT } from './format.js';
import type { SourceSummary } from './format.js';
import { detectFormat, loadSource } from './loaders.js';
import type { Loaded, LoadOptions, MediationFilter, SourceFormat } from './loaders.js';
import { mergeLoaded } from './merge.js';

/** Where the command writes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  tty: boolean;
  cwd: string;
}

const USAGE = `Usage: relais-points build <input files or folders…> --out DIR [options]

Builds DIR/points.json and its side files (one file per département, and the
geocoding table with --postcodes) from:
  - the national list of France Services (CSV, columns id_fs, lib_fs, h_lundi…);
  - the lieux de médiation numérique standard (CSV with "|" between values, or JSON).
Folders are searched for .csv and .json files (node_modules, dist and
dot-folders are skipped).

Options:
  --out DIR              where to write (required)
  --postcodes FILE       communes CSV (code_postal, commune, lat, lng…): enables
                         postcode and commune search without a service, and places
                         rows that have no coordinates
  --service NAME         keep lieux offering this service (repeatable), e.g.
                         "Aide aux démarches administratives" (France Services
                         and préfectures always offer that one)
  --typologie CODES      keep lieux of these typology codes, e.g. PREF,RFS
  --programme NAME       keep lieux of this national programme (repeatable)
  --inline               the places in points.json itself, not in shards (small
                         lists); the geocoding table stays in side files
  --date YYYY-MM-DD      the build date written in points.json (default: today)
  --json                 print the report as JSON
  --verbose              list every repaired field, not only counts
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 done, 1 unusable input, 2 usage error.`;

interface Args {
  inputs: string[];
  out?: string;
  postcodes?: string;
  filter: MediationFilter;
  inline: boolean;
  date?: string;
  json: boolean;
  verbose: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { inputs: [], filter: {}, inline: false, json: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inlineValue] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inlineValue ?? argv[++i];
      if (v === undefined || (inlineValue === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--out':
        args.out = value();
        break;
      case '--postcodes':
        args.postcodes = value();
        break;
      case '--service':
        (args.filter.services ??= []).push(value());
        break;
      case '--programme':
        (args.filter.programmes ??= []).push(value());
        break;
      case '--typologie':
        (args.filter.typologie ??= []).push(
          ...value()
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
        break;
      case '--date': {
        const d = value();
        if (!/^\d{4}-\d\d-\d\d$/.test(d)) throw new UsageError(`--date expects YYYY-MM-DD, got "${d}"`);
        args.date = d;
        break;
      }
      case '--inline':
        args.inline = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--verbose':
        args.verbose = true;
        break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
        args.inputs.push(arg);
    }
  }
  return args;
}

/** .csv and .json files under a folder, skipping node_modules, dist and dot-folders. */
function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') found.push(...walk(path));
    } else if (/\.(csv|json)$/i.test(entry.name)) found.push(path);
  }
  return found;
}

const FORMAT_NAMES: Record<SourceFormat, string> = {
  'france-services': 'France Services list',
  'mediation-csv': 'lieux de médiation numérique, CSV',
  'mediation-json': 'lieux de médiation numérique, JSON',
};
const REASONS: Record<string, string> = {
  'no-location': 'no usable location',
  'no-name': 'no name',
  'duplicate-id': 'id seen twice in the file',
  duplicate: 'same place as in an earlier source',
  filtered: 'left out by the filter',
};

const kb = (n: number): string => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(2)} MB`);

function counts<T>(items: T[], key: (item: T) => string): [string, number][] {
  const map = new Map<string, number>();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + 1);
  return [...map].sort((a, b) => b[1] - a[1]);
}

/** A progress bar on stderr, only on a terminal. */
function progress(io: Io): { step: (label: string, done: number, total: number) => void; end: () => void } {
  let shown = false;
  return {
    step(label, done, total) {
      if (!io.tty) return;
      const width = 24;
      const filled = total ? Math.round((done / total) * width) : width;
      io.err(`\r${label.slice(0, 40).padEnd(40)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
      shown = true;
    },
    end() {
      if (shown) io.err('\r\u001b[2K');
      shown = false;
    },
  };
}

/** Runs the command; returns the exit code. Never calls process.exit. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    io.out(`${version()}\n`);
    return 0;
  }
  let args: Args;
  try {
    if (command !== 'build') throw new UsageError(command ? `unknown command "${command}"` : 'no command');
    // Asking for help wins over any other flag, even an unknown one.
    if (rest.includes('-h') || rest.includes('--help')) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    args = parseArgs(rest);
    if (!args.out) throw new UsageError('--out DIR is required');
    if (!args.inputs.length) throw new UsageError('give at least one input file or folder');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`relais-points: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  return build(args, io);
}

/** Said on stderr when a points file is built without a geocoding table. */
const NO_POSTCODES =
  'no --postcodes: the points file has no geocoding table, so <relais-help-points> cannot search by postcode or commune (only by the citizen\'s location, or with a geocoder service), and hides its "48000 ou Mende" hint. Add --postcodes communes.csv (the national communes and postcodes file, open data).';

function build(args: Args, io: Io): number {
  const bar = progress(io);
  const problems: string[] = [];
  // Inputs: files as named; folders walked.
  const files: { path: string; named: boolean }[] = [];
  for (const input of args.inputs) {
    const path = resolve(io.cwd, input);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      problems.push(`${input}: no such file or folder`);
      continue;
    }
    if (isDir) files.push(...walk(path).map((p) => ({ path: p, named: false })));
    else files.push({ path, named: true });
  }
  let geo: GeoTable | undefined;
  if (args.postcodes) {
    try {
      geo = buildGeoTable(readFileSync(resolve(io.cwd, args.postcodes), 'utf8'));
      if (!geo.postcodes.size) problems.push(`${args.postcodes}: no usable commune rows`);
    } catch (error) {
      problems.push(`${args.postcodes}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  const loads: Loaded[] = [];
  const ignored: string[] = [];
  files.forEach(({ path, named }, i) => {
    const name = relative(io.cwd, path) || basename(path);
    bar.step(`reading ${basename(path)}`, i, files.length);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      problems.push(`${name}: cannot be read (${(error as Error).message})`);
      return;
    }
    if (!named && !detectFormat(text, path)) {
      ignored.push(name);
      return;
    }
    const options: LoadOptions = { source: name, filter: args.filter };
    if (geo) options.locate = locator(geo);
    try {
      loads.push(loadSource(text, options));
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  });
  bar.step('reading', files.length, files.length);
  bar.end();
  if (!files.length && !problems.length) problems.push('no .csv or .json file found in the folders given');
  const points = problems.length ? [] : mergeLoaded(loads);
  if (!problems.length && !points.length) problems.push('no place could be kept: nothing to publish');
  if (problems.length) {
    if (args.json) io.out(`${JSON.stringify({ ok: false, problems, sources: loads.map((l) => l.report) }, null, 2)}\n`);
    else io.out(`relais-points build: nothing written.\n${problems.map((p) => `  ${p}\n`).join('')}`);
    return 1;
  }

  const sources: SourceSummary[] = loads.map((l) => ({ name: basename(l.report.source), format: l.report.format, rows: l.report.rows, kept: l.report.kept }));
  const output = buildPointsFiles(points, { geo, sources, built: args.date, inline: args.inline });
  const outDir = resolve(io.cwd, args.out!);
  let raw = 0;
  let gz = 0;
  try {
    removePrevious(outDir);
    let n = 0;
    for (const [file, value] of output) {
      bar.step('writing', n++, output.size);
      const target = join(outDir, file);
      mkdirSync(dirname(target), { recursive: true });
      const text = JSON.stringify(value);
      writeFileSync(target, text);
      raw += Buffer.byteLength(text);
      gz += gzipSync(text, { level: 9 }).length;
    }
    bar.end();
  } catch (error) {
    bar.end();
    io.out(`relais-points build: could not write ${relative(io.cwd, outDir) || outDir}: ${(error as Error).message}\n`);
    return 1;
  }

  const rows = loads.reduce((s, l) => s + l.report.rows, 0);
  const skipped = loads.flatMap((l) => l.report.skipped);
  const outName = relative(io.cwd, outDir) || '.';
  // Without --postcodes the file has no geocoding table: the finder can search only by location (or with a geocoder service).
  const warnings = geo ? [] : [NO_POSTCODES];
  for (const warning of warnings) io.err(`relais-points: warning: ${warning}\n`);
  if (args.json) {
    io.out(
      `${JSON.stringify({ ok: true, out: outName, rows, kept: points.length, skipped: skipped.length, files: output.size, bytes: raw, gzipBytes: gz, geocoding: Boolean(geo), warnings, ignored, sources: loads.map((l) => l.report) }, null, 2)}\n`,
    );
    return 0;
  }
  const lines: string[] = [`relais-points build → ${outName}`];
  for (const { report } of loads) {
    lines.push(`  ${report.source} (${FORMAT_NAMES[report.format]}): ${report.rows} rows read, ${report.kept} kept, ${report.skipped.length} skipped`);
    for (const [reason, n] of counts(report.skipped, (s) => s.reason)) lines.push(`    skipped, ${REASONS[reason] ?? reason}: ${n}`);
    for (const s of report.skipped.filter((x) => x.reason !== 'filtered' && x.reason !== 'duplicate')) {
      lines.push(`      row ${s.row}${s.name ? ` "${s.name}"` : ''}: ${s.detail}`);
    }
    const repaired = report.repairs.filter((r) => r.action === 'repaired');
    const kept = report.repairs.filter((r) => r.action === 'kept');
    for (const [what, n] of counts(
      repaired,
      (r) =>
        `${r.field}: ${r.detail
          .replace(/\d+ padding/, 'padding')
          .replace(/centroid of .*/, 'centroid of its postcode')
          .replace(/written as .*/, 'tidied')
          .replace(/not a web link.*/, 'not a web link, left out')}`,
    )) {
      lines.push(`    repaired, ${what}: ${n}`);
    }
    if (kept.length)
      lines.push(
        `    kept as written (could not be read), ${counts(kept, (r) => r.field)
          .map(([f, n]) => `${f}: ${n}`)
          .join(', ')}`,
      );
    if (args.verbose) for (const r of report.repairs) lines.push(`      row ${r.row} ${r.id} ${r.field}: ${r.detail}`);
  }
  for (const name of ignored) lines.push(`  ${name}: not a help-points file, ignored`);
  const byReason = counts(skipped, (s) => s.reason).map(([r, n]) => `${n} ${REASONS[r] ?? r}`);
  lines.push(`Total: ${rows} rows read, ${points.length} kept, ${skipped.length} skipped${byReason.length ? ` (${byReason.join(', ')})` : ''}.`);
  lines.push(`Wrote ${join(outName, 'points.json')} and ${output.size - 1} side files: ${kb(raw)} (${kb(gz)} gzipped).`);
  if (geo) lines.push(`Geocoding table: ${geo.postcodes.size} postcodes, ${geo.names.length} commune names.`);
  io.out(`${lines.join('\n')}\n`);
  return 0;
}

/** Removes the files a previous build wrote in `dir` (listed by its points.json), so none goes stale. */
function removePrevious(dir: string): void {
  let previous: { format?: string; shards?: { file: string }[]; geocoding?: Record<string, { file: string; keys: string[] }> };
  try {
    previous = JSON.parse(readFileSync(join(dir, 'points.json'), 'utf8')) as typeof previous;
  } catch {
    return;
  }
  if (previous?.format !== POINTS_FORMAT) return;
  const names = [
    ...(previous.shards ?? []).map((s) => s.file),
    ...Object.values(previous.geocoding ?? {}).flatMap((g) => (g?.keys ?? []).map((k) => g.file.replace('{key}', k))),
  ];
  for (const name of names) {
    const path = resolve(dir, String(name));
    // Only files inside the output folder.
    if (path.startsWith(`${dir}/`) && /\.json$/.test(path)) rmSync(path, { force: true });
  }
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
