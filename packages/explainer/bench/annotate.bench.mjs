// Benchmark: annotate() on a 1,000-field form with a 500-entry glossary, at 4×
// CPU slowdown (an old phone), in
// Chromium, through the single-file bundle a page loads (packages/relais/dist/
// relais.js, so <relais-term> is registered and each wrapped word upgrades as
// it would on a real page). Prints the median time; asserts nothing about time.
//
// Run with `npm run bench` (which builds first), or `node packages/explainer/bench/annotate.bench.mjs`
// after `npm run build`. Options: RUNS=60 (timed runs, after one cold run),
// FIELDS=200 (the form's size), CPU=1 (no slowdown).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../../tests/browser.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dist = join(root, 'packages/relais/dist');
const RUNS = Number(process.env.RUNS ?? 40);
const FIELDS = Number(process.env.FIELDS ?? 1000);
const CPU = Number(process.env.CPU ?? 4);
const ENTRIES = 500;

if (!existsSync(join(dist, 'relais.js'))) {
  console.error('annotate bench: packages/relais/dist/relais.js is missing. Run `npm run build` first (or `npm run bench`, which does).');
  process.exit(1);
}

// The page: builds the form and the glossary, then times annotate() on fresh copies of the form.
const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>annotate() bench</title></head>
<body><main id="host"></main>
<script type="module">
import { annotate } from '/relais/relais.js';

// A synthetic glossary of ${ENTRIES} entries: 24 real-looking terms (our own list), then made-up ones.
const real = ["certificat d'immatriculation", 'code de cession', 'numéro de formule', 'justificatif de domicile',
  'titulaire', 'timbre fiscal électronique', 'pré-demande', 'NEPH', 'certificat de cession', 'cession',
  'permis de conduire', 'pièce justificative', 'acte de naissance', "nom d'usage", 'état civil',
  'numéro de dossier', "photo d'identité", "attestation d'hébergement", 'représentant légal', 'contrôle technique',
  "carte nationale d'identité", 'passeport', 'France Services', 'accusé de réception'];
const syllables = ['ba', 'lor', 'mi', 'ten', 'qua', 'vel', 'ro', 'dis', 'pan', 'cu', 'sel', 'tor', 'fa', 'gen', 'ix'];
const made = (i) => {
  let w = '';
  for (let n = i + 7; w.length < 9; n = Math.floor(n / 5) + ((3 * n) % 11)) w += syllables[n % syllables.length];
  return w + (i % 3 === 0 ? ' administratif' : i % 3 === 1 ? ' de dossier' : '');
};
const terms = [...real];
for (let i = 0; terms.length < ${ENTRIES}; i++) terms.push(made(i));
const glossary = terms.map((term, i) => ({
  id: 'terme-' + i,
  domain: 'general',
  fr: { term, variants: i % 4 === 0 ? [term + 's'] : [], definition: 'Définition ' + i + '.', easy: 'Simple ' + i + '.' },
  en: { term: 'term ' + i, definition: 'Definition ' + i + '.', easy: 'Simple ' + i + '.' },
}));

// The form: ${FIELDS} fields in 10 steps, each with a label, a hint of one or two sentences and an input.
// About half the hints name a term (each step uses a few of the real ones, again and again, and now and
// then a made-up one); one field in ten has a link. Only the first use of a term in a step is wrapped.
const sentences = [
  'Recopiez la valeur exactement comme elle est écrite, sans espace.',
  'Vous la trouverez sur le document que vous avez reçu par courrier.',
  "Si vous ne l'avez pas, vous pourrez revenir plus tard : vos réponses sont gardées.",
  'Ce champ est facultatif, mais il accélère le traitement de votre demande.',
  'Utilisez les chiffres et les lettres, sans les tirets.',
  "Indiquez la date sous la forme jour, mois, année, par exemple 14/03/2025.",
];
const form = document.createElement('form');
for (let s = 0; s < 10; s++) {
  const fieldset = document.createElement('fieldset');
  const uses = [0, 1, 2, 3].map((k) => real[(s * 3 + k) % real.length]);
  fieldset.innerHTML = '<legend>Étape ' + (s + 1) + ' sur 10</legend><p>Pour cette étape, gardez sous la main votre ' + uses[0] + ' et votre ' + uses[1] + '.</p>';
  for (let f = 0; f < ${FIELDS} / 10; f++) {
    const i = s * ${FIELDS / 10} + f;
    const term = f % 2 ? uses[f % 4] : f % 7 === 0 ? terms[24 + ((i * 7) % (terms.length - 24))] : '';
    const hint = sentences[i % sentences.length] + (term ? ' Il figure sur votre ' + term + '.' : '');
    const div = document.createElement('div');
    div.innerHTML =
      '<label for="c' + i + '">' + (f % 5 === 1 ? uses[(f + 1) % 4] : 'Champ numéro ' + i) + '</label>' +
      '<p id="c' + i + '-aide">' + hint + '</p>' +
      '<input id="c' + i + '" name="c' + i + '" aria-describedby="c' + i + '-aide">' +
      (i % 10 === 0 ? '<p><a href="#">En savoir plus sur le ' + uses[2] + '</a></p>' : '');
    fieldset.append(div);
  }
  form.append(fieldset);
}
const host = document.getElementById('host');

async function once() {
  const copy = form.cloneNode(true);
  host.replaceChildren(copy);
  // The form itself is laid out before timing starts: only our work is timed.
  copy.getBoundingClientRect();
  const start = performance.now();
  // Once its code is loaded, annotate() does its pass inside the call: this is its own time.
  const promise = annotate(copy, { glossary });
  const time = performance.now() - start;
  const result = await promise;
  const resolved = performance.now() - start;
  // Meanwhile the wrapped words have upgraded; let them render, and lay the page out again.
  await new Promise((resolve) => setTimeout(resolve, 0));
  copy.getBoundingClientRect();
  const painted = performance.now() - start;
  return { time, resolved, painted, wrapped: result.wrapped };
}

const cold = await once();
const times = [];
const painted = [];
let wrapped = 0;
for (let i = 0; i < ${RUNS}; i++) {
  const run = await once();
  times.push(run.time);
  painted.push(run.painted);
  wrapped = run.wrapped;
  await new Promise((resolve) => setTimeout(resolve, 0));
}
window.result = { cold, times, painted, wrapped, fields: form.querySelectorAll('input').length, entries: glossary.length };
</script></body></html>`;

const types = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/' || url.pathname === '/bench.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    return;
  }
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (url.pathname.startsWith('/relais/')) {
    const file = normalize(join(dist, url.pathname.slice('/relais/'.length)));
    if (file.startsWith(dist) && existsSync(file)) {
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      return;
    }
  }
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const found = await findBrowser();
const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
try {
  const tab = await browser.newPage();
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await tab.goto(`http://127.0.0.1:${port}/bench.html`);
  tab.on('console', (message) => {
    if (message.type() === 'error') console.error(`bench page: ${message.text()}`);
  });
  await Promise.race([
    tab.waitForFunction(() => window.result || null, null, { timeout: 120000 }),
    new Promise((_, reject) => tab.on('pageerror', (error) => reject(new Error(`the bench page failed: ${error.message}`)))),
  ]);
  const { cold, times, painted, wrapped, fields, entries } = await tab.evaluate(() => window.result);
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const middle = (list) => {
    const l = [...list].sort((a, b) => a - b);
    return l.length % 2 ? l[(l.length - 1) / 2] : (l[l.length / 2 - 1] + l[l.length / 2]) / 2;
  };
  const median = middle(times);
  const ms = (n) => `${n.toFixed(2)} ms`;
  console.log(`annotate(): ${fields} fields, ${entries} glossary entries, ${wrapped} terms wrapped per run, CPU ×${CPU}, Chromium ${browser.version()}`);
  console.log(
    `  annotate() call (the pass over the form, wrapping included): median ${ms(median)} over ${times.length} runs (min ${ms(sorted[0])}, p90 ${ms(at(0.9))}, max ${ms(sorted[sorted.length - 1])}); target: under 30 ms at 1,000 fields and ×4`,
  );
  console.log(`  until the wrapped words have rendered and the page is laid out: median ${ms(middle(painted))}`);
  console.log(`  first call, until its promise resolves: ${ms(cold.resolved)} (loads the matching code, builds the glossary's trie)`);
} finally {
  await browser.close();
  server.close();
}
