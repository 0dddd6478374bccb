// `npm run test:packages` (CI runs it): what an integrator gets from npm,
// checked on the packed tarballs, after `npm run build`.
// 1. `npm pack` every package: each ships dist/, its README, its manifest and
//    its bin, nothing else (no build info, fixtures, tests or sources);
// 2. publint (strict) and @arethetypeswrong/cli (profile esm-only) on each tarball;
// 3. a consumer project in a fresh temporary folder that installs the tarballs:
//    a Vite build of a page that imports one element (one copy of Lit in it);
//    strict `tsc --noEmit` of TypeScript that uses the elements and their events,
//    JSX in React 19 / Preact / Solid, @relais/react and Vue's types (each
//    with errors that must stay errors); the built page in Chromium: the
//    element upgrades and its event reaches `document`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { chromium } from 'playwright-core';
import { findBrowser } from '../browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./consumer', import.meta.url));
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const work = mkdtempSync(join(tmpdir(), 'relais-packages-'));
const keep = process.env.RELAIS_KEEP_TMP === '1';

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.log(`  FAIL  ${name}\n${String(error?.stdout ?? '')}${String(error?.message ?? error).replace(/^/gm, '        ')}`);
  }
}
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// The published packages: every non-private workspace under packages/.
const packages = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
  .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter((p) => !p.json.private);
for (const example of readdirSync(join(root, 'examples'))) {
  const file = join(root, 'examples', example, 'package.json');
  if (existsSync(file) && !JSON.parse(readFileSync(file, 'utf8')).private) {
    failed++;
    console.log(`  FAIL  examples/${example} is not private: an example is never published`);
  }
}

console.log(`Packing ${packages.length} packages into ${work}`);
const packs = join(work, 'packs');
mkdirSync(packs);
const tarballs = {};
for (const { dir, json } of packages) {
  await check(`${json.name}: packs dist/, README, manifest${json.bin ? ', bin' : ''} and nothing else`, async () => {
    const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packs, '-w', `packages/${dir}`], root));
    tarballs[json.name] = join(packs, info.filename);
    const files = info.files.map((f) => f.path);
    // A document the package names in its files (the sdk's HELP-CODES.md, the table a call centre decodes with) ships too.
    const named = new Set((json.files ?? []).filter((f) => /\.md$/.test(f)));
    const allowed = (f) =>
      /^(package\.json|README\.md|LICENSE(\.md)?|custom-elements\.json)$/.test(f) || named.has(f) || /^dist\//.test(f) || (json.bin && /^bin\//.test(f));
    const unexpected = files.filter((f) => !allowed(f) || /\.tsbuildinfo$|\.d\.ts\.map$|fixture|\.test\.|[/]test[/]/.test(f));
    if (unexpected.length) throw new Error(`unexpected files: ${unexpected.join(', ')}`);
    const needed = ['README.md', 'package.json', ...(json.customElements ? [json.customElements] : [])];
    if (json.customElements) {
      needed.push('dist/jsx.d.ts', 'dist/jsx-react.d.ts', 'dist/jsx-preact.d.ts', 'dist/jsx-solid.d.ts', 'dist/vue.d.ts');
      needed.push('dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', 'dist/web-types.json');
    }
    const missing = needed.filter((f) => !files.includes(f));
    if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  });
}

console.log('publint (strict) and attw (profile esm-only)');
for (const { json } of packages) {
  if (!tarballs[json.name]) continue;
  await check(`${json.name}: publint`, async () => {
    const tarball = new Uint8Array(readFileSync(tarballs[json.name])).buffer;
    const { messages, pkg } = await publint({ pack: { tarball }, strict: true, level: 'suggestion' });
    if (messages.length) throw new Error(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`).join('\n'));
  });
  await check(`${json.name}: attw`, async () => {
    run(
      process.execPath,
      [bin('@arethetypeswrong/cli', 'dist/index.js'), tarballs[json.name], '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji', '--no-color'],
      root,
    );
  });
}

console.log('Consumer project');
const app = join(work, 'app');
cpSync(fixtures, app, { recursive: true });
const appJson = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
for (const [name, file] of Object.entries(tarballs)) appJson.dependencies[name] = `file:${file}`;
writeFileSync(join(app, 'package.json'), `${JSON.stringify(appJson, null, 2)}\n`);

await check('installs the tarballs (npm install, from the cache when it can)', async () => {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  const lits = run('npm', ['ls', 'lit', '--all', '--parseable'], app).trim().split('\n').filter(Boolean);
  if (lits.length !== 1) throw new Error(`one lit expected in node_modules, found ${lits.length}:\n${lits.join('\n')}`);
});

await check('Vite builds a page that imports one element, with one copy of Lit', async () => {
  run(process.execPath, [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn'], app);
  const assets = readdirSync(join(app, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
  const code = assets.map((f) => readFileSync(join(app, 'dist', 'assets', f), 'utf8')).join('\n');
  for (const marker of ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions']) {
    const count = code.split(marker).length - 1;
    if (count !== 1) throw new Error(`${marker} appears ${count} times in the bundle: Lit is bundled ${count} times`);
  }
  if (code.includes('relais-steps')) throw new Error('the page imports <relais-help> only, yet <relais-steps> is in its bundle');
});

const tsc = (project) => run(process.execPath, [bin('typescript', 'bin/tsc'), '-p', project], app);
await check('tsc --noEmit (strict, bundler resolution): elements, events, config', async () => tsc('tsconfig.json'));
await check('tsc --noEmit (strict, node16 resolution): the same file', async () => tsc('tsconfig.node16.json'));
await check('tsc --noEmit: React 19 JSX (<relais-help> tags) and @relais/react components', async () => tsc('tsconfig.react.json'));
await check('tsc --noEmit: Preact JSX', async () => tsc('tsconfig.preact.json'));
await check('tsc --noEmit: Solid JSX', async () => tsc('tsconfig.solid.json'));
await check('tsc --noEmit: Vue GlobalComponents', async () => tsc('tsconfig.vue.json'));
await check('the "must fail" file fails: a wrong attribute value and a wrong event detail are errors', async () => {
  let output = '';
  try {
    tsc('tsconfig.fails.json');
  } catch (error) {
    output = String(error.stdout);
  }
  // fails.ts line 4: an unknown detail field; fails.tsx line 6: a value outside the attribute's type; line 7: the same detail in @relais/react.
  for (const expected of ['fails.ts(4,', 'fails.tsx(6,', 'fails.tsx(7,']) {
    if (!output.includes(expected)) throw new Error(`no error reported at ${expected}:\n${output}`);
  }
});

await check('editor data: JetBrains web-types named in package.json, VS Code custom data, with attributes, values and docs', async () => {
  const installed = (name, file) => JSON.parse(readFileSync(join(app, 'node_modules', name, file), 'utf8'));
  for (const { json } of packages.filter((p) => p.json.customElements)) {
    const pkg = installed(json.name, 'package.json');
    if (!pkg['web-types']) throw new Error(`${json.name}: no "web-types" in package.json`);
    const webTypes = installed(json.name, pkg['web-types']);
    if (webTypes.name !== json.name) throw new Error(`${json.name}: web-types names ${webTypes.name}`);
    const html = installed(json.name, 'dist/vscode.html-custom-data.json');
    const tags = html.tags.map((t) => t.name);
    const elements = webTypes.contributions.html.elements.map((e) => e.name);
    if (!tags.length || tags.join() !== elements.join()) throw new Error(`${json.name}: VS Code tags ${tags} / web-types elements ${elements}`);
  }
  const help = installed('@relais/help', 'dist/vscode.html-custom-data.json').tags.find((t) => t.name === 'relais-help');
  const variant = help?.attributes.find((a) => a.name === 'variant');
  if (variant?.values?.map((v) => v.name).join() !== 'inline,floating' || !variant.description)
    throw new Error(`relais-help variant in VS Code data: ${JSON.stringify(variant)}`);
  const webHelp = installed('@relais/help', 'dist/web-types.json').contributions.html.elements.find((e) => e.name === 'relais-help');
  if (!webHelp?.attributes?.some((a) => a.name === 'points-src') || !webHelp.events?.some((e) => e.name === 'relais-help-open')) {
    throw new Error(`relais-help in web-types: ${JSON.stringify(webHelp).slice(0, 300)}`);
  }
});

await check('the built page in Chromium: <relais-help> upgrades, and relais-help-open reaches document', async () => {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = join(app, 'dist', decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
    if (!path.startsWith(join(app, 'dist')) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const found = await findBrowser();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    const elsewhere = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => !r.url().startsWith(origin) && elsewhere.push(r.url()));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => customElements.get('relais-help') && document.querySelector('relais-help')?.shadowRoot, null, { timeout: 10000 });
    const button = page.locator('relais-help').getByRole('button', { expanded: false });
    await button.first().click({ timeout: 10000 });
    const opened = await page.waitForFunction(() => window.__relaisOpened, null, { timeout: 10000 });
    const detail = await opened.jsonValue();
    if (detail.variant !== 'inline') throw new Error(`relais-help-open detail: ${JSON.stringify(detail)}`);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (elsewhere.length) throw new Error(`requests to other origins: ${elsewhere.join(', ')}`);
  } finally {
    await browser.close();
    server.close();
  }
});

if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
