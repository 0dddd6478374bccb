// Benchmark: relais-lint on 100 form pages, through the built command (the
// committed bin file, as `npx relais-lint` runs it). The pages are written to a
// temporary folder: 100 variants of the carte-grise example form (each with its
// own step texts and hints, so nothing is cached between pages). Prints the
// median wall time of the whole command and the time per page; asserts nothing
// about time.
//
// Run with `npm run bench` (which builds first), or `node packages/plain/bench/lint.bench.mjs`
// after `npm run build`. Options: RUNS=5 (timed runs, after one cold run), PAGES=100.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'packages/plain/bin/relais-lint.js');
const RUNS = Number(process.env.RUNS ?? 5);
const PAGES = Number(process.env.PAGES ?? 100);

if (!existsSync(join(root, 'packages/plain/dist/cli.js'))) {
  console.error('lint bench: packages/plain/dist/cli.js is missing. Run `npm run build` first (or `npm run bench`, which does).');
  process.exit(1);
}

const form = readFileSync(join(root, 'examples/carte-grise/index.html'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'relais-lint-bench-'));
let bytes = 0;
for (let i = 0; i < PAGES; i++) {
  // Each page its own: numbered titles and hints, one more paragraph of a different length.
  const extra = `<p class="intro">Page ${i + 1}\u00a0: ${'Vous pouvez revenir plus tard, vos réponses sont gardées sur cet appareil. '.repeat(1 + (i % 4))}</p>`;
  const page = form.replace('<h1>', `<h1>Démarche ${i + 1}\u00a0: `).replace('</main>', `${extra}\n</main>`);
  writeFileSync(join(dir, `page-${String(i).padStart(3, '0')}.html`), page);
  bytes += Buffer.byteLength(page);
}

const once = () => {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) {
    console.error(run.stdout.slice(0, 2000), run.stderr);
    throw new Error(`relais-lint exited ${run.status}`);
  }
  return { ms, report: JSON.parse(run.stdout) };
};

try {
  const cold = once();
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(once().ms);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const pages = cold.report.pages;
  const texts = pages.reduce((n, p) => n + p.texts.length, 0);
  const sentences = pages.reduce((n, p) => n + p.texts.reduce((m, t) => m + t.sentences.length, 0), 0);
  const findings = pages.reduce((n, p) => n + p.texts.reduce((m, t) => m + t.findings.length, 0), 0);
  console.log(
    `relais-lint on ${pages.length} form pages (${(bytes / 1024).toFixed(0)} KB of HTML, ${texts} texts, ${sentences} sentences, ${findings} findings)`,
  );
  console.log(`  whole command (node start, parse, score, JSON report): cold ${cold.ms.toFixed(0)} ms, median of ${RUNS} ${median.toFixed(0)} ms`);
  console.log(`  per page: ${(median / pages.length).toFixed(1)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
