// `npm run bench:host`: what Relais costs the page that embeds it, measured
// the way a citizen on an old phone gets it. The carte-grise example with and
// without Relais (the same page, its Relais tags left out), alternating, in
// Chromium at 412 px, 4× CPU slowdown, a slow 4G network (150 ms, 1.6 Mbit/s
// down) and an empty cache; then a heavy host (200 more fields). Prints
// medians with min–max and the with/without ratio: LCP, CLS (and which
// elements shifted), TBT, when the host's own script starts, the load event,
// JavaScript bytes and requests, request depth; and with Relais, the
// interaction to next paint of opening the help panel and a toggletip (a mouse
// that rests on the control before the click), and of a toggletip tapped.
// Prints figures; asserts nothing about time. `--runs N` (default 7).
import { jsOf, kb, launch, recorder, root, serve } from './pages.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const example = '/examples/carte-grise/index.html';
const vitals = '/node_modules/web-vitals/dist/web-vitals.attribution.js';

/** The example without Relais: its script tags and elements' upgrade left out (their fallbacks stay, as without JavaScript). */
function withoutRelais(html) {
  return html
    .replace(/<script type="module"[^>]*src="\/relais\/relais\.js"[^>]*><\/script>/, '')
    .replace(/<script type="module" src="explain\.js"><\/script>/, '');
}

/** 200 more fields in the form's first step, for a heavy host. */
function heavy(html) {
  const fields = Array.from(
    { length: 200 },
    (_, i) => `<p class="field"><label for="extra-${i}">Information ${i + 1} sur le véhicule</label><input id="extra-${i}" name="extra-${i}"></p>`,
  ).join('');
  return html.replace('</fieldset>', `${fields}</fieldset>`);
}

const base = await (await import('node:fs/promises')).readFile(`${root}${example.slice(1)}`, 'utf8');
const pages = {
  '/bench/with.html': base,
  '/bench/without.html': withoutRelais(base),
  '/bench/heavy-with.html': heavy(base),
  '/bench/heavy-without.html': heavy(withoutRelais(base)),
};
// The pages live beside the example, so that its relative links (style.css, form.js, points/) work.
const at = (name) => `/examples/carte-grise/bench-${name}`;
const served = Object.fromEntries(Object.entries(pages).map(([path, html]) => [at(path.slice(7)), html]));
const server = await serve({
  pages: served,
  // The host's own script says when it starts.
  rewrite: (path, text) => (path.endsWith('/carte-grise/form.js') ? `performance.mark('host-script');\n${text}` : text),
});

/** Set on every page before it loads: layout shifts with their elements, long tasks, event timings. */
function observe() {
  const w = window;
  w.__shifts = [];
  w.__long = [];
  w.__events = [];
  const name = (node) => {
    if (!node || node.nodeType !== 1) return node?.nodeName ?? '?';
    const host = node.getRootNode?.().host;
    const own = `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`;
    return host ? `${host.localName} > ${own}` : own;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (!e.hadRecentInput) w.__shifts.push({ value: e.value, at: e.startTime, nodes: (e.sources ?? []).map((s) => name(s.node)) });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) w.__events.push({ id: e.interactionId, name: e.name, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

async function measure(browser, name, interact) {
  const context = await browser.newContext({ viewport: { width: 412, height: 860 }, deviceScaleFactor: 2, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  const rec = await recorder(page);
  await page.goto(`${server.origin}${at(name)}`, { waitUntil: 'load' });
  await rec.idle(1500, 30000);
  const out = await page.evaluate(async (url) => {
    const { onLCP, onCLS } = await import(url);
    const lcp = await new Promise((resolve) => onLCP((m) => resolve(m.value), { reportAllChanges: true }));
    const cls = await new Promise((resolve) => onCLS((m) => resolve(m.value), { reportAllChanges: true }));
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tbt = window.__long.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    return { lcp, cls, tbt, host: performance.getEntriesByName('host-script')[0]?.startTime ?? NaN, load: nav.loadEventStart, shifts: window.__shifts };
  }, vitals);
  const js = await jsOf(rec.requests(), server.origin);
  const result = { ...out, js: js.bytes, requests: js.requests, depth: js.depth };
  if (interact) {
    // A real press, then time for the event timing to be written. With a mouse, the pointer comes onto the
    // control and rests there 300 ms before the click, as a hand does; a tap (touch) has no such moment.
    const press = async (selector, how = 'click', nth = 0) => {
      const target = page.locator(selector).nth(nth);
      if (how === 'tap') await target.tap();
      else {
        await target.hover();
        await page.waitForTimeout(300);
        await target.click();
      }
      await page.waitForTimeout(1200);
      return page.evaluate(() => {
        const byId = new Map();
        for (const e of window.__events) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
        const last = [...byId.keys()].pop();
        window.__events = [];
        return last === undefined ? 0 : byId.get(last);
      });
    };
    result.inpHelp = await press('relais-help >> button.trigger');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    result.inpTerm = await press('relais-term >> button.term');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    // Another word than the one clicked (that one was made ready when the pointer came onto it).
    result.inpTap = await press('relais-term >> button.term >> visible=true', 'tap', 1);
  }
  await context.close();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs, f) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '—');
const num = (n) => n.toFixed(3);

const browser = await launch();
try {
  for (const [label, withName, withoutName] of [
    ['carte-grise example', 'with.html', 'without.html'],
    ['heavy host (+200 fields)', 'heavy-with.html', 'heavy-without.html'],
  ]) {
    const w = [];
    const wo = [];
    for (let i = 0; i < runs; i++) {
      w.push(await measure(browser, withName, true));
      wo.push(await measure(browser, withoutName, false));
    }
    const pick = (list, key) => list.map((r) => r[key]);
    const ratio = (key) => {
      const a = median(pick(w, key));
      const b = median(pick(wo, key));
      return b ? `×${(a / b).toFixed(2)}` : a ? '+' : '=';
    };
    console.log(`\n${label}: ${runs} runs each, alternating; 412 px, CPU ×4, 150 ms, 1.6 Mbit/s, empty cache (median (min–max))`);
    console.table([
      { metric: 'LCP', with: range(pick(w, 'lcp'), ms), without: range(pick(wo, 'lcp'), ms), ratio: ratio('lcp') },
      {
        metric: 'CLS',
        with: range(pick(w, 'cls'), num),
        without: range(pick(wo, 'cls'), num),
        ratio: `added ${num(median(pick(w, 'cls')) - median(pick(wo, 'cls')))}`,
      },
      { metric: 'TBT', with: range(pick(w, 'tbt'), ms), without: range(pick(wo, 'tbt'), ms), ratio: ratio('tbt') },
      { metric: "host's own script starts", with: range(pick(w, 'host'), ms), without: range(pick(wo, 'host'), ms), ratio: ratio('host') },
      { metric: 'load event', with: range(pick(w, 'load'), ms), without: range(pick(wo, 'load'), ms), ratio: ratio('load') },
      { metric: 'JavaScript (gzip)', with: range(pick(w, 'js'), kb), without: range(pick(wo, 'js'), kb), ratio: ratio('js') },
      { metric: 'JavaScript requests', with: range(pick(w, 'requests'), String), without: range(pick(wo, 'requests'), String), ratio: ratio('requests') },
      { metric: 'request depth', with: range(pick(w, 'depth'), String), without: range(pick(wo, 'depth'), String), ratio: '' },
      { metric: 'INP, opening the help panel', with: range(pick(w, 'inpHelp'), ms), without: '', ratio: '' },
      { metric: 'INP, opening a toggletip', with: range(pick(w, 'inpTerm'), ms), without: '', ratio: '' },
      { metric: 'INP, a toggletip tapped (touch)', with: range(pick(w, 'inpTap'), ms), without: '', ratio: '' },
    ]);
    const shifted = new Map();
    for (const r of w) for (const s of r.shifts) for (const n of s.nodes) shifted.set(n, (shifted.get(n) ?? 0) + s.value / runs);
    const named = [...shifted].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(
      named.length
        ? `  what shifted (with Relais, mean per run): ${named.map(([n, v]) => `${n} ${v.toFixed(3)}`).join('; ')}`
        : '  nothing shifted (with Relais)',
    );
  }
} finally {
  await browser.close();
  await server.close();
}
