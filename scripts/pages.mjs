// What a page really loads, measured in Chromium: a static server for the
// repository (with /relais/ mapped to the bundle, as a site serves it), the
// browser, and a recorder of every request with its request depth (the page
// is 1, what it loads 2, what those load 3…) and its gzipped size. Shared by
// `npm run size` and `npm run bench:host`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../tests/browser.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * Serves the repository on 127.0.0.1: `/relais/` is packages/relais/dist/;
 * `pages` are extra pages by path (generated HTML); `delay(path)` may hold
 * a response back (ms), to stand in for a slow network; `rewrite(path, text)`
 * may change a text file as it is served (a benchmark marking a script's start).
 */
export async function serve({ pages = {}, delay = () => 0, rewrite = (_path, body) => body } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const wait = delay(path);
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' });
      res.end(pages[path]);
      return;
    }
    const file = path.startsWith('/relais/') ? join(root, 'packages/relais/dist', path.slice(8)) : join(root, normalize(path));
    try {
      if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      const body = await readFile(file);
      const type = extname(file);
      res.end(type === '.js' || type === '.html' ? rewrite(path, body.toString('utf8')) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Chromium, the one the tests use. */
export async function launch() {
  const found = await findBrowser();
  return chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
}

/** Bytes of a file once gzipped at level 9 (what a server sends). */
const gzCache = new Map();
export async function gzBytes(url, origin) {
  if (gzCache.has(url)) return gzCache.get(url);
  const res = await fetch(url.startsWith('http') ? url : `${origin}${url}`);
  const size = gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  gzCache.set(url, size);
  return size;
}

/**
 * Records the requests of a page (through the DevTools protocol, which says
 * who asked for each one): `requests()` gives each with its depth, `since(n)`
 * those after the n-th, `idle(ms)` resolves once nothing was asked for `ms`.
 */
export async function recorder(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const list = [];
  const depthOf = new Map();
  let last = Date.now();
  let inflight = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    last = Date.now();
    inflight++;
    const from = e.initiator?.url || e.initiator?.stack?.callFrames?.[0]?.url || e.initiator?.stack?.parent?.callFrames?.[0]?.url;
    const depth = e.type === 'Document' ? 1 : (depthOf.get(from) ?? 1) + 1;
    if (!depthOf.has(e.request.url)) depthOf.set(e.request.url, depth);
    list.push({ url: e.request.url, type: e.type, depth, id: e.requestId, at: Date.now() });
  });
  const done = () => {
    last = Date.now();
    inflight = Math.max(0, inflight - 1);
  };
  cdp.on('Network.loadingFinished', done);
  cdp.on('Network.loadingFailed', done);
  return {
    requests: () => list,
    async idle(ms = 1500, timeout = 15000) {
      const start = Date.now();
      while (inflight > 0 || Date.now() - last < ms) {
        if (Date.now() - start > timeout) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/** The JavaScript of a request list: count, gzipped bytes, deepest request. */
export async function jsOf(requests, origin, filter = () => true) {
  const js = requests.filter((r) => r.type === 'Script' && filter(r));
  const unique = [...new Map(js.map((r) => [r.url, r])).values()];
  let bytes = 0;
  for (const r of unique) bytes += await gzBytes(r.url, origin);
  return { requests: unique.length, bytes, depth: Math.max(1, ...requests.map((r) => r.depth)), files: unique.map((r) => new URL(r.url).pathname) };
}

export const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
