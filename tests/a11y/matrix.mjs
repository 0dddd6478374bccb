// The accessibility matrix (`npm run test:a11y`): every fixture of every
// element (packages/*/src/*.fixtures.ts, found by file name; each brought to
// its state by its own play()) × light, dark, forced colours × French,
// English × 320 px, 1280 px at 200 % text, 400 % zoom (320 px at device
// pixel ratio 4), text-spacing overrides (at 320 px). In each cell: axe (WCAG
// 2.0–2.2 A/AA, RGAAv4, best practice; 7:1 text in the default themes), no
// horizontal scroll and no text clipped (geometry), targets ≥ 44×44, a focus
// indicator of 3:1 on every Tab stop (focused and unfocused screenshots
// compared), no keyboard trap, top-layer content persistent, hoverable and
// dismissable with Escape, live regions made before their message. Then the
// broken fixtures (tests/a11y/broken.fixtures.ts): each must be caught.
// One Chromium, one page per worker (each in its own context, so its own
// renderer process), reused; cells in parallel.
import { readdirSync, mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import pngjs from 'pngjs';
import { findBrowser } from '../browser.mjs';

// Without the trailing slash: the server's containment check adds the separator itself.
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = join(root, 'node_modules', '.cache', 'relais-matrix');
const started = performance.now();
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7); // a tag, or tag:fixture
const workers = Number(args.find((a) => a.startsWith('--workers='))?.slice(10) ?? Math.max(2, Math.min(8, cpus().length * 3))); // mostly waiting (the 1 s persistence, screenshots): more pages than cores

// ---------------------------------------------------------------- the page bundle

const fixtureFiles = readdirSync(join(root, 'packages')).flatMap((pkg) => {
  const dir = join(root, 'packages', pkg, 'src');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.fixtures.ts'))
        .map((f) => join(dir, f))
    : [];
});
const defineFiles = readdirSync(join(root, 'packages')).flatMap((pkg) => {
  const dir = join(root, 'packages', pkg, 'src');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^relais-[a-z-]+\.ts$/.test(f))
        .map((f) => join(dir, f))
    : [];
});
const virtual = {
  name: 'matrix-fixtures',
  setup(b) {
    b.onResolve({ filter: /^relais-matrix:fixtures$/ }, () => ({ path: 'fixtures', namespace: 'matrix' }));
    b.onLoad({ filter: /.*/, namespace: 'matrix' }, () => ({
      resolveDir: root,
      loader: 'ts',
      contents: [
        ...defineFiles.map((f) => `import ${JSON.stringify(f)};`),
        ...fixtureFiles.map((f, i) => `import { fixtureSet as s${i} } from ${JSON.stringify(f)};`),
        `export const sets = [${fixtureFiles.map((_, i) => `s${i}`).join(', ')}];`,
      ].join('\n'),
    }));
  },
};
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { page: join(root, 'tests/a11y/page.ts') },
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  outdir: out,
  conditions: ['source', 'browser'],
  tsconfig: join(root, 'tsconfig.test.json'),
  plugins: [virtual],
  // The packages' sideEffects name their built define files (dist/); the matrix bundles the sources, whose define files must stay.
  ignoreAnnotations: true,
  logLevel: 'warning',
});
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Matrice</title>
<style>body{margin:0;font-family:sans-serif} #start,#end{margin:4px;min-height:44px} #start{margin-bottom:16px} #end{margin-top:16px}</style></head>
<body><button id="start" type="button">Début</button><div id="cell"></div><button id="end" type="button">Fin</button>
<script type="module" src="/__matrix/page.js"></script></body></html>`,
);

// ---------------------------------------------------------------- a static server (the repo, read only, and the bundle)

const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const base = path.startsWith('/__matrix/') ? out : root;
  const file = resolve(base, `.${path.replace(/^\/__matrix/, '')}`);
  if (!file.startsWith(base + sep) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  try {
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- the matrix

const colours = [
  {
    name: 'light',
    scheme: '',
    media: [
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'forced-colors', value: 'none' },
    ],
  },
  {
    name: 'dark',
    scheme: 'light dark',
    media: [
      { name: 'prefers-color-scheme', value: 'dark' },
      { name: 'forced-colors', value: 'none' },
    ],
  },
  {
    name: 'forced',
    scheme: '',
    media: [
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'forced-colors', value: 'active' },
    ],
  },
];
const langs = ['fr', 'en'];
const conditions = [
  { name: '320px', width: 320, dpr: 1, text: 16, spacing: false },
  { name: '1280px-200%text', width: 1280, dpr: 1, text: 32, spacing: false },
  { name: '400%zoom', width: 320, dpr: 4, text: 16, spacing: false },
  { name: 'text-spacing', width: 320, dpr: 1, text: 16, spacing: true },
];

const browserInfo = await findBrowser();
const browser = await chromium.launch({ executablePath: browserInfo.executablePath, args: browserInfo.args, headless: true });

/** A worker: one page, reused for every cell it runs, in a context of its own (so a renderer process of its own: pages of one context share one). */
async function worker() {
  const context = await browser.newContext({ viewport: null });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  // A file the fixture asks for and the server does not have: the cell would check a state the fixture does not mean (an error message instead of results).
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} for ${new URL(r.url()).pathname}`);
  });
  await page.goto(`${origin}/__matrix/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.matrixReady === 'true');
  let metrics = '';
  let media = '';
  let text = 0;
  return {
    page,
    cdp,
    errors,
    async set(colour, condition, height = 2000) {
      const m = `${condition.width}x${height}@${condition.dpr}`;
      if (m !== metrics) {
        await cdp.send('Emulation.setDeviceMetricsOverride', { width: condition.width, height, deviceScaleFactor: condition.dpr, mobile: false });
        metrics = m;
      }
      if (colour.name !== media) {
        await cdp.send('Emulation.setEmulatedMedia', { features: colour.media });
        media = colour.name;
      }
      if (condition.text !== text) {
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: condition.text, fixed: Math.round(condition.text * 0.8125) } });
        text = condition.text;
      }
    },
  };
}

const { PNG } = pngjs;
/** Time per phase, summed over cells (printed with --profile). */
const phases = {};
const spent = (name, t) => (phases[name] = (phases[name] ?? 0) + performance.now() - t);
async function shot(w, clip, dpr) {
  const t = performance.now();
  const { data } = await w.cdp.send('Page.captureScreenshot', {
    format: 'png',
    optimizeForSpeed: true,
    clip: { ...clip, scale: 1 / dpr },
    captureBeyondViewport: false,
  });
  const png = PNG.sync.read(Buffer.from(data, 'base64'));
  spent('screenshot', t);
  return png;
}
const lin = (v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
const lum = (d, i) => 0.2126 * lin(d[i]) + 0.7152 * lin(d[i + 1]) + 0.0722 * lin(d[i + 2]);
const ratio = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const clipOf = (box) => {
  const x = Math.max(0, Math.floor(box.x - 8));
  const y = Math.max(0, Math.floor(box.y - 8));
  return { x, y, width: Math.ceil(box.x + box.width + 8) - x, height: Math.ceil(box.y + box.height + 8) - y };
};

/**
 * Pixels of the focused shot that differ by at least 3:1 from both the
 * unfocused shot after focus moved on and the reference taken before the
 * walk (so a neighbour's ring or a popup that closed does not count), against
 * the area of a 2 CSS px perimeter of the part (WCAG 2.4.13). Where the next
 * stop's own ring lies (its box and 8 px around, `next`), the shot after
 * focus moved on shows that ring, not the part unfocused: there the
 * reference alone says (a term's ring touching the field under it).
 */
function indicator(focused, after, reference, clip, refClip, rects, next) {
  let count = 0;
  const ring = next && { left: next.x - 8, top: next.y - 8, right: next.x + next.width + 8, bottom: next.y + next.height + 8 };
  for (let y = 0; y < focused.height; y++) {
    for (let x = 0; x < focused.width; x++) {
      const i = (y * focused.width + x) * 4;
      const lf = lum(focused.data, i);
      const px = clip.x + x;
      const py = clip.y + y;
      const underNext = ring && px >= ring.left && px < ring.right && py >= ring.top && py < ring.bottom;
      if (after && !underNext && ratio(lf, lum(after.data, i)) < 3) continue;
      const rx = clip.x + x - refClip.x;
      const ry = clip.y + y - refClip.y;
      if (
        reference &&
        rx >= 0 &&
        ry >= 0 &&
        rx < reference.width &&
        ry < reference.height &&
        ratio(lf, lum(reference.data, (ry * reference.width + rx) * 4)) < 3
      )
        continue;
      count++;
    }
  }
  // The part's perimeter: its box (a link that wraps over two lines is one part).
  const box = rects.reduce(
    (b, r) => ({ left: Math.min(b.left, r.x), top: Math.min(b.top, r.y), right: Math.max(b.right, r.x + r.width), bottom: Math.max(b.bottom, r.y + r.height) }),
    { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity },
  );
  const needed = 4 * (box.right - box.left + (box.bottom - box.top));
  return { count, needed: Math.round(needed) };
}

async function press(w, key) {
  const t = performance.now();
  await w.page.keyboard.press(key);
  spent('keys', t);
}

/** One cell: returns its problems. */
async function runCell(w, cell) {
  const { si, fi, colour, lang, condition } = cell;
  const problems = [];
  const M = async (fn, ...a) => {
    const t = performance.now();
    try {
      return await w.page.evaluate(([name, a]) => window.__matrix[name](...a), [fn, a]);
    } finally {
      spent(fn, t);
    }
  };
  await w.set(colour, condition);
  w.errors.length = 0;
  const shown = await M('show', si, fi, { lang, scheme: colour.scheme, spacing: condition.spacing });
  const shownAt = performance.now();
  const { height } = await M('viewport');
  if (height > 2000) await w.set(colour, condition, height + 40);
  if (condition.text === 32 && (await M('fontSize')) < 31) problems.push('the 200 % text setting did not take');
  problems.push(...(await M('axe', colour.name === 'forced')));
  problems.push(...(await M('geometry')), ...(await M('targets')), ...(await M('liveProblems')));

  // Content in the top layer (a toggletip, the floating dialog): persistent, hoverable, dismissable.
  if (shown.popups) {
    const wait = 1000 - (performance.now() - shownAt);
    const t = performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    spent('persistence wait', t);
    if ((await M('popups')) < shown.popups) problems.push('top-layer content did not persist for 1 s');
    const opener = await M('openerOf');
    const onto = await M('popupPoint');
    if (opener && onto) {
      await w.page.mouse.move(opener.x, opener.y);
      await w.page.mouse.move(onto.x, onto.y, { steps: 4 });
      if ((await M('popups')) < shown.popups) problems.push('top-layer content closed when the pointer moved onto it');
      await w.page.mouse.move(0, 0);
    }
    const modal = !(await w.page.evaluate(() => !document.querySelector('#cell') || true)) || !(await M('focusOpener'));
    await press(w, 'Escape');
    // A modal dialog hides a frame after focus went back to its button (help.panel.ts): wait for the top layer to change, up to 1 s.
    await w.page.waitForFunction((n) => window.__matrix.popups() < n, shown.popups, { timeout: 1000 }).catch(() => {});
    if ((await M('popups')) >= shown.popups) problems.push(`Escape did not close the top-layer content${modal ? ' (focus inside it)' : ''}`);
    if (!modal && !(await M('deepActiveId'))) problems.push('Escape lost the focus');
    // Back to the state shown, for the walk.
    await M('show', si, fi, { lang, scheme: colour.scheme, spacing: condition.spacing });
  }

  // The keyboard walk: every stop has a visible indicator; Tab leaves the cell (Escape allowed once from a modal).
  await M('startWalk');
  const refClip = await M('extent');
  const reference = await shot(w, refClip, condition.dpr);
  const refScroll = await M('scrollState');
  let prev;
  const seen = new Map();
  let escaped = false;
  let reached = false;
  const check = async (stop, next) => {
    // When moving focus on closed a popup (a toggletip closes when focus leaves it), what is under it is no "unfocused" state: the reference alone says.
    // Where moving focus on scrolled a container (Tab wrapping to the top of a long dialog), the part is shot again with that container scrolled back as it was: the same picture, unfocused.
    const scrolled = await M('scrollState');
    const moved = JSON.stringify(scrolled) !== JSON.stringify(stop.scroll);
    if (moved) await M('setScroll', stop.scroll);
    let after = (await M('popups')) === stop.popups ? await shot(w, stop.clip, condition.dpr) : null;
    if (moved) await M('setScroll', scrolled);
    if ((await M('popups')) !== stop.popups) after = null;
    const t = performance.now();
    // The reference was shot before the walk: it shows this place only if nothing has scrolled since.
    const sameAsReference = JSON.stringify(stop.scroll) === JSON.stringify(refScroll);
    const { count, needed } = indicator(stop.focused, after, sameAsReference ? reference : null, stop.clip, refClip, stop.rects, next);
    spent('indicator', t);
    if (count < needed && process.env.MATRIX_DEBUG) {
      const dir = join(out, 'debug');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${cell.name.replace(/\W+/g, '_')}-${stop.id}.json`), JSON.stringify({ clip: stop.clip, refClip, next }));
      for (const [n, img] of Object.entries({ focused: stop.focused, after, reference }).filter(([, v]) => v))
        writeFileSync(join(dir, `${cell.name.replace(/\W+/g, '_')}-${stop.id}-${n}.png`), PNG.sync.write(img));
    }
    if (count < needed) problems.push(`focus: no visible indicator of 3:1 on ${stop.what} (${count} px changed, ${needed} needed)`);
  };
  for (let step = 0; step < 80; step++) {
    await press(w, 'Tab');
    const a = await M('active');
    if (a.where === 'end') {
      reached = true;
      if (prev) await check(prev, a.box);
      prev = undefined;
      break;
    }
    if (a.where !== 'cell') continue;
    if (prev && prev.id !== a.id) await check(prev, a.box);
    if (seen.has(a.id)) {
      seen.set(a.id, seen.get(a.id) + 1);
      if (seen.get(a.id) > 2) {
        if (escaped) break;
        escaped = true;
        await press(w, 'Escape');
      }
      prev = undefined;
      continue;
    }
    seen.set(a.id, 1);
    const clip = clipOf(a.box);
    // The focus indicator is checked on Relais's own parts; the host page's fields around a fixture are the page's.
    prev = a.own
      ? { id: a.id, what: a.what, clip, rects: a.rects, popups: await M('popups'), scroll: await M('scrollState'), focused: await shot(w, clip, condition.dpr) }
      : undefined;
  }
  if (prev) await check(prev);
  if (!reached) problems.push(`keyboard trap: Tab never left the cell (${seen.size} stops)`);
  problems.push(...w.errors);
  return { problems: [...new Set(problems)], stops: seen.size, live: await M('liveCount') };
}

/**
 * CPU seconds used by this process and the browser's (Linux: /proc), a figure
 * that does not depend on what else the machine runs: on a machine of its
 * own, the wall time is at least this divided by the cores.
 */
function cpuOfTree() {
  if (process.platform !== 'linux') return undefined;
  const tick = 100; // USER_HZ on Linux
  const stats = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.push({ pid: Number(pid), ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / tick });
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of stats) if (!mine.has(s.pid) && mine.has(s.ppid)) grew = mine.add(s.pid) && true;
  }
  return Math.round(stats.filter((s) => mine.has(s.pid)).reduce((n, s) => n + s.cpu, 0));
}

// ---------------------------------------------------------------- run

const pool = await Promise.all(Array.from({ length: workers }, worker));
const catalogue = await pool[0].page.evaluate(() => window.__matrix.catalogue());
const brokenIndex = catalogue.length - 1;
const undefinedTags = catalogue
  .slice(0, brokenIndex)
  .filter((s) => !s.defined)
  .map((s) => s.tag);
const cells = [];
catalogue.slice(0, brokenIndex).forEach((set, si) => {
  if (only && !only.split(':')[0].split(',').includes(set.tag)) return;
  set.fixtures.forEach((f, fi) => {
    if (only?.includes(':') && f.name !== only.split(':')[1]) return;
    for (const condition of conditions)
      for (const colour of colours)
        for (const lang of langs) cells.push({ si, fi, colour, lang, condition, name: `${set.tag}/${f.name} ${colour.name} ${lang} ${condition.name}` });
  });
});
// Controls: each broken fixture in the light French cell of its condition, and in forced colours for the walk.
const controls = catalogue[brokenIndex].fixtures.map((f, fi) => {
  const condition = conditions.find((c) => c.name === (f.condition ?? '1280px-200%text')) ?? conditions[0];
  return { si: brokenIndex, fi, colour: colours[0], lang: 'fr', condition, name: `control ${f.name} ${condition.name}` };
});
const expected = await pool[0].page.evaluate(() => null);
void expected;
const caughtBy = Object.fromEntries((await pool[0].page.evaluate(() => window.__matrix.catalogue())).at(-1).fixtures.map((f) => [f.name, null]));
void caughtBy;

const failures = [];
const queue = [...controls, ...cells];
let done = 0;
const results = [];
await Promise.all(
  pool.map(async (w) => {
    for (let cell = queue.shift(); cell; cell = queue.shift()) {
      const t0 = performance.now();
      let result;
      try {
        result = await runCell(w, cell);
      } catch (error) {
        result = { problems: [`the cell could not run: ${error.message.split('\n')[0]}`], stops: 0, live: 0 };
      }
      const ms = Math.round(performance.now() - t0);
      done++;
      results.push({ ...cell, ...result, ms });
      const control = cell.si === brokenIndex;
      const ok = control ? result.problems.length > 0 : result.problems.length === 0;
      if (!control) {
        if (!ok) failures.push({ name: cell.name, problems: result.problems });
        console.log(
          `${ok ? 'ok  ' : 'FAIL'} ${String(done).padStart(4)}/${cells.length + controls.length} ${cell.name} (${result.stops} stops, ${ms} ms)${ok ? '' : `\n       ${result.problems.join('\n       ')}`}`,
        );
      }
    }
  }),
);

// Each control must be caught by its own check.
const brokenFixtures = await import('./broken-expectations.mjs');
for (const r of results.filter((x) => x.si === brokenIndex)) {
  const name = catalogue[brokenIndex].fixtures[r.fi].name;
  const want = brokenFixtures.expectations[name];
  const hit = r.problems.some((p) => p.startsWith(want));
  console.log(`${hit ? 'ok  ' : 'FAIL'} control ${name}: ${hit ? `caught (${want})` : `NOT caught by "${want}"; got: ${r.problems.join(' | ') || 'nothing'}`}`);
  if (!hit) failures.push({ name: `control ${name}`, problems: [`not caught by ${want}`] });
}
if (undefinedTags.length)
  failures.push({ name: 'definitions', problems: [`fixture sets whose element is not defined on the page: ${undefinedTags.join(', ')}`] });

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const cpuSeconds = cpuOfTree();
const summary = {
  cells: cells.length,
  controls: controls.length,
  fixtures: catalogue.slice(0, brokenIndex).reduce((n, s) => n + s.fixtures.length, 0),
  elements: catalogue.slice(0, brokenIndex).map((s) => s.tag),
  failed: failures.length,
  seconds: Number(seconds),
  cpuSeconds,
  workers,
  stops: results.reduce((n, r) => n + r.stops, 0),
};
writeFileSync(join(out, 'last-run.json'), JSON.stringify(summary, null, 2));
console.log(
  `\nAccessibility matrix: ${summary.cells} cells (${summary.fixtures} fixtures of ${summary.elements.length} elements × 3 colour modes × 2 languages × 4 conditions) and ${summary.controls} controls in ${seconds} s on ${workers} worker(s) (${cpuSeconds ?? '?'} CPU s); ${summary.stops} Tab stops checked.`,
);
if (args.includes('--profile'))
  console.log(
    Object.entries(phases)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `  ${k}: ${(v / 1000).toFixed(1)} s`)
      .join('\n'),
  );
console.log(`${results.length - failures.length} passed, ${failures.length} failed`);
await browser.close();
server.close();
process.exit(failures.length ? 1 : 0);
