// `npm run size`: what a page really fetches, measured in Chromium. For each
// element, a page with only that element and the one tag
// `<script type="module" async src="/relais/relais.js">`: the JavaScript it
// fetches (gzipped, level 9) until the element is usable — rendered, then its
// first press answered without a new request — and how deep the chain of
// requests goes (the page is 1). Then the example page with every element,
// before any interaction. Budgets are checked; exit 1 over budget.
// A second table lists each file of the bundle, for whoever looks for the fat;
// `npm run size -- --files` also lists, per page, the files it fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { gzBytes, jsOf, kb, launch, recorder, root, serve } from './pages.mjs';

const KB = 1024;
/**
 * Budgets CI holds (exit 1 over them), and the targets the project aims at
 * (issue 10: an element usable within 15 KB, goal 12; the example page within
 * 40 KB). Where a target is not met yet, the budget is what the code does
 * today, so that nothing grows unnoticed; the table shows both.
 *
 * The page's budget moved from 84 to 88 KB with issue 15 (the closed line,
 * the relay services, the merged steps and the checklist: 83.4 → 87.2 KB),
 * then down to 78 KB and an element's to 38 KB when the glossary and the
 * field explainers came apart by language (a French page never fetches their
 * English texts): the example page 87.2 → 74.8 KB, <relais-term> 41.9 →
 * 32.7 KB, <relais-explainer> 26.6 → 23.6 KB. The glossary's French then
 * came apart into an index and each entry's texts (a page fetches those of
 * its terms only, at idle): <relais-term> 33.8 → 29.5 KB, the example page
 * 75.6 → 73.3 KB.
 */
const budgets = { loader: 3 * KB, element: 38 * KB, page: 78 * KB, depth: 3 };
const targets = { element: 15 * KB, page: 40 * KB };

const fallback = '<a href="tel:3400">Besoin d\'aide ? Appelez le 34 00</a>';
const page = (body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Relais: size</title>
<script type="module" async src="/relais/relais.js"></script></head><body><main>${body}</main></body></html>`;

/** A glossary entry's texts: asked for when the page is idle after the term has rendered (bytes counted, depth not). */
const glossaryTexts = /\/relais-glossary-text-/;

/** Each element alone: its markup, when it is rendered, and its first press. */
const cases = [
  {
    tag: 'relais-help',
    body: `<relais-help procedure="ants/carte-grise/changement-titulaire">${fallback}</relais-help>`,
    rendered: () => document.querySelector('relais-help')?.shadowRoot?.querySelector('button.trigger'),
    press: () => document.querySelector('relais-help').shadowRoot.querySelector('button.trigger').click(),
    answered: () => document.querySelector('relais-help')?.shadowRoot?.querySelector('a.call'),
  },
  {
    tag: 'relais-help-points',
    body: `<relais-help-points points-src="/examples/carte-grise/points/points.json"><a href="https://www.france-services.gouv.fr">Carte des France Services</a></relais-help-points>`,
    rendered: () => document.querySelector('relais-help-points')?.shadowRoot?.querySelector('[part="search"]'),
    press: () => {
      const root = document.querySelector('relais-help-points').shadowRoot;
      root.querySelector('input').focus();
    },
    // Focus in the field fetches the search (the citizen is about to type): what it needs is there before Enter.
    answered: () => true,
  },
  {
    tag: 'relais-steps',
    body: `<relais-steps procedure="ants/carte-grise/changement-titulaire" no-persist><p>Étapes de la démarche</p></relais-steps>`,
    rendered: () => document.querySelector('relais-steps')?.shadowRoot?.querySelector('[part="heading"]'),
    press: () => document.querySelector('relais-steps').shadowRoot.querySelector('[part="toggle"]').click(),
    answered: () => document.querySelector('relais-steps')?.shadowRoot?.querySelector('ol li'),
  },
  {
    tag: 'relais-term',
    body: `<p>Demandez au vendeur le <relais-term>code de cession</relais-term> avant de commencer.</p>`,
    // Rendered: the word is a button and the glossary's index has it (a word not in it stays plain text). Its texts, a
    // file of their own (and the one they share), are asked for when the page is idle after that: counted in the
    // bytes until usable (the press must still be answered without a new request), not in the render's depth.
    rendered: () => document.querySelector('relais-term')?.shadowRoot?.querySelector('button.term') && document.querySelector('relais-term').found,
    afterRender: glossaryTexts,
    press: () => document.querySelector('relais-term').shadowRoot.querySelector('button.term').click(),
    // Shown: the explanation may be rendered out of sight before the press (the pointer or focus on the word).
    answered: () => document.querySelector('relais-term')?.shadowRoot?.querySelector('.tip:popover-open #text'),
  },
  {
    tag: 'relais-explainer',
    body: `<label for="numero-formule">Numéro de formule</label><input id="numero-formule"><relais-explainer for="numero-formule"></relais-explainer>`,
    rendered: () => document.querySelector('relais-explainer')?.shadowRoot?.querySelector('button.toggle'),
    press: () => document.querySelector('relais-explainer').shadowRoot.querySelector('button.toggle').click(),
    answered: () => document.querySelector('relais-explainer')?.shadowRoot?.querySelector('[part="panel"] dl, [part="panel"] p'),
  },
];

const pages = Object.fromEntries(cases.map((c) => [`/size/${c.tag}.html`, page(c.body)]));
const server = await serve({ pages });
const browser = await launch();
let failed = false;
const rows = [];
/** `--files`: each page's fetched files, largest first (where the bytes go). */
const listFiles = process.argv.includes('--files');
const fetchedFiles = [];
async function noteFiles(name, files) {
  if (!listFiles) return;
  const sized = await Promise.all(files.map(async (f) => ({ file: f.replace(/^\/relais\//, ''), gzip: await gzBytes(f, server.origin) })));
  fetchedFiles.push({ name, files: sized.sort((a, b) => b.gzip - a.gzip) });
}
const check = (value, budget) => {
  const over = value > budget;
  failed ||= over;
  return over ? 'OVER' : 'ok';
};

try {
  for (const c of cases) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const rec = await recorder(tab);
    await tab.goto(`${server.origin}/size/${c.tag}.html`);
    await tab.waitForFunction(c.rendered, undefined, { timeout: 15000 });
    // The depth that counts is the first render's: what comes after (the first press's part, fetched when the page is idle) adds bytes but no wait.
    const renderDepth = (
      await jsOf(
        rec.requests().filter((r) => !c.afterRender?.test(new URL(r.url).pathname)),
        server.origin,
      )
    ).depth;
    await rec.idle(1500);
    const before = rec.requests().length;
    await tab.evaluate(c.press);
    await tab.waitForFunction(c.answered, undefined, { timeout: 15000 });
    await rec.idle(800);
    const after = rec
      .requests()
      .slice(before)
      .filter((r) => r.type === 'Script');
    const js = await jsOf(rec.requests(), server.origin);
    const usable = await jsOf(rec.requests().slice(0, before), server.origin);
    rows.push({
      page: `<${c.tag}> alone`,
      'JS until usable': kb(usable.bytes),
      requests: usable.requests,
      depth: renderDepth,
      'after the press': after.length ? `${after.length} more (${kb(js.bytes - usable.bytes)})` : 'none',
      budget: kb(budgets.element),
      target: usable.bytes <= targets.element ? 'met' : `${kb(targets.element)} (not yet)`,
      status: [check(usable.bytes, budgets.element), check(renderDepth, budgets.depth), after.length ? 'press waited' : 'ok'].find((s) => s !== 'ok') ?? 'ok',
    });
    if (after.length) failed = true;
    await noteFiles(`<${c.tag}> alone, until usable`, usable.files);
    await context.close();
  }

  // The example page, with all five elements, before any interaction.
  const context = await browser.newContext();
  const tab = await context.newPage();
  const rec = await recorder(tab);
  await tab.goto(`${server.origin}/examples/carte-grise/index.html`);
  const upgraded = () =>
    ['relais-help', 'relais-steps', 'relais-explainer', 'relais-term'].every((tag) => {
      const el = document.querySelector(tag);
      return el?.shadowRoot?.querySelector('button, [part="heading"]');
    });
  await tab.waitForFunction(upgraded, undefined, { timeout: 15000 });
  const relais = (r) => new URL(r.url).pathname.startsWith('/relais/');
  const depth = Math.max(
    1,
    ...rec
      .requests()
      .filter((r) => relais(r) && !glossaryTexts.test(new URL(r.url).pathname))
      .map((r) => r.depth),
  );
  await rec.idle(1500);
  const all = await jsOf(rec.requests(), server.origin, relais);
  await noteFiles('the carte-grise example, before any interaction', all.files);
  rows.push({
    page: 'carte-grise example (5 elements)',
    'JS until usable': kb(all.bytes),
    requests: all.requests,
    depth,
    'after the press': '(no press)',
    budget: kb(budgets.page),
    target: all.bytes <= targets.page ? 'met' : `${kb(targets.page)} (not yet)`,
    status: check(all.bytes, budgets.page) === 'ok' && check(depth, budgets.depth) === 'ok' ? 'ok' : 'OVER',
  });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const loader = gzipSync(readFileSync(`${root}packages/relais/dist/relais.js`), { level: 9 }).length;
console.log('What a page fetches (Chromium; JavaScript gzipped -9; depth: the page is 1):');
console.table([{ file: 'relais.js (the loader)', gzip: kb(loader), budget: kb(budgets.loader), status: check(loader, budgets.loader) }]);
console.table(rows);
for (const { name, files } of fetchedFiles) {
  console.log(`${name}:`);
  console.table(files.map((f) => ({ file: f.file, gzip: kb(f.gzip) })));
}

// Second table: each file of the bundle.
const dist = `${root}packages/relais/dist`;
const files = readdirSync(dist)
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: f, gzip: gzipSync(readFileSync(`${dist}/${f}`), { level: 9 }).length }))
  .sort((a, b) => b.gzip - a.gzip);
console.log('Every file of packages/relais/dist (gzipped -9), largest first:');
console.table(files.map((f) => ({ file: f.file, gzip: kb(f.gzip) })));

if (failed) {
  console.error(
    `size: over budget (relais.js ≤ ${kb(budgets.loader)}; an element usable ≤ ${kb(budgets.element)}; the example page ≤ ${kb(budgets.page)}; depth ≤ ${budgets.depth}; the first press needs no new request).`,
  );
  process.exit(1);
}
