// `npm run size`: each element's define file (packages/*/src/relais-*.ts)
// bundled with its static imports, Lit included, minified (terser) and
// gzipped at level 9. Lazily imported parts (dynamic import()) are listed
// apart and do not count against the element's budget. Exits 1 over budget.
import { readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { treeshake, typescript, workspaceResolve } from './rollup-helpers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * Budgets in bytes, minified + gzip -9, Lit included. Interim: 12 KB since
 * the shared core gained the one lazy-part mechanism (LazyPart, the page's
 * "Plus simple" choice, the shared lang observer), about 1 KB that a page
 * loads once for all its elements; the measurement of what a page really
 * fetches replaces this one (issue 10). Shared chunks count here whole,
 * with what only lazy parts use (the URL check, the 34 00 preset).
 */
const budgets = {};
const defaultBudget = 12 * 1024;

const entries = [];
for (const pkg of readdirSync(`${root}/packages`)) {
  const src = `${root}/packages/${pkg}/src`;
  if (!existsSync(src)) continue;
  for (const file of readdirSync(src)) {
    if (/^relais-[a-z-]+\.ts$/.test(file)) entries.push({ pkg, name: file.replace(/\.ts$/, ''), file: `${src}/${file}` });
  }
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
let failed = false;
const rows = [];
for (const entry of entries) {
  const bundle = await rollup({
    input: entry.file,
    treeshake,
    plugins: [workspaceResolve(), typescript()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser({ format: { comments: false }, ecma: 2020, module: true })],
  });
  await bundle.close();
  const main = output.find((o) => o.type === 'chunk' && o.isEntry);
  // The entry and every chunk it imports statically, transitively: what the
  // browser must load before the element works.
  const byName = new Map(output.map((o) => [o.fileName, o]));
  const staticSet = new Set();
  const visit = (chunk) => {
    if (staticSet.has(chunk)) return;
    staticSet.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(main);
  const staticCode = [...staticSet].map((c) => c.code).join('\n');
  const budget = budgets[entry.name] ?? defaultBudget;
  const size = gz(staticCode);
  const over = size > budget;
  failed ||= over;
  rows.push({
    element: `<${entry.name}>`,
    package: `@relais/${entry.pkg}`,
    min: kb(staticCode.length),
    gzip: kb(size),
    budget: kb(budget),
    status: over ? 'OVER' : 'ok',
  });
  for (const chunk of output) {
    if (staticSet.has(chunk) || chunk.type !== 'chunk') continue;
    rows.push({ element: `  lazy: ${chunk.name}`, package: '', min: kb(chunk.code.length), gzip: kb(gz(chunk.code)), budget: '(apart)', status: '' });
  }
}
console.table(rows);
if (!entries.length) console.log('size: no element define files yet.');
if (failed) {
  console.error('size: an element is over its budget (minified + gzip -9, Lit included).');
  process.exit(1);
}
