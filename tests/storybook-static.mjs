// `npm run test:storybook` (CI, after `npm run build-storybook`): the static
// Storybook in storybook-static/ served from a local folder, opened in
// Chromium. It makes no request to any other origin (no telemetry, no font or
// "what's new" fetch); the Introduction lists every element of the manifest;
// each element's Accessibility page and the whole-form story render; the
// toolbar has the FALC, theme and text-size switches; the onboarding
// checklist is off.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'storybook-static');
if (!existsSync(join(site, 'index.html'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  let path = join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (path.endsWith('/')) path = join(path, 'index.html');
  if (!path.startsWith(site) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

let passed = 0;
let failed = 0;
const found = await findBrowser();
const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
const elsewhere = new Set();
const context = await browser.newContext();
context.on('request', (r) => {
  if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) elsewhere.add(r.url());
});
const page = await context.newPage();

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ok    ${name}`);
  } catch (error) {
    failed++;
    console.log(
      `  FAIL  ${name}\n        ${String(error?.message ?? error)
        .split('\n')
        .join('\n        ')}`,
    );
  }
}
/** Opens a docs page or story alone (the preview iframe), and waits for it to render. */
async function preview(id, viewMode = 'docs') {
  await page.goto(`${origin}/iframe.html?id=${id}&viewMode=${viewMode}`);
  await page.waitForSelector(viewMode === 'docs' ? '.sbdocs-content h1' : '#storybook-root > *', { timeout: 20000 });
}

await check('the manager: toolbar switches for FALC, theme, text size and viewports (320 px phone, tablet, desktop); no onboarding checklist', async () => {
  await page.goto(`${origin}/?path=/story/widgets-relais-help--closed`);
  for (const name of [/Easy-to-read \(FALC\)/, /State site/, /Text size/, /Language/])
    await page.getByRole('button', { name }).first().waitFor({ timeout: 20000 });
  await page
    .getByRole('button', { name: /Viewport/ })
    .first()
    .click({ timeout: 10000 });
  for (const option of ['Téléphone 320 px', 'Tablette 768 px', 'Ordinateur 1280 px']) await page.getByText(option).first().waitFor({ timeout: 5000 });
  await page.keyboard.press('Escape');
  // The checklist shows only while Storybook runs in dev mode: read the feature flag the build wrote into the manager.
  const checklist = await page.evaluate(() => window.FEATURES?.sidebarOnboardingChecklist);
  if (checklist !== false) throw new Error(`FEATURES.sidebarOnboardingChecklist is ${checklist}: the onboarding checklist would show`);
});

await check(`the Introduction lists every element of the manifest (${tags.length})`, async () => {
  await preview('introduction--docs');
  const text = await page.locator('.sbdocs-content').innerText();
  const missing = tags.filter((tag) => !text.includes(`<${tag}>`));
  if (missing.length) throw new Error(`not listed: ${missing.join(', ')}`);
  if (/when their packages land|will come/i.test(text)) throw new Error('the Introduction still says elements will come');
});

for (const tag of tags) {
  await check(`Accessibility/${tag}: keyboard, screen reader and RGAA sections render`, async () => {
    await preview(`accessibility-${tag}--docs`);
    const text = await page.locator('.sbdocs-content').innerText();
    for (const word of ['RGAA', /keyboard|clavier|Tab/i]) {
      if (typeof word === 'string' ? !text.includes(word) : !word.test(text)) throw new Error(`no ${word} on the page`);
    }
  });
}

await check('Pages/Formulaire carte grise: every element upgrades in the whole-form story', async () => {
  await preview('pages-formulaire-carte-grise--whole-form', 'story');
  for (const tag of tags) {
    await page.waitForFunction((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.childElementCount, tag, { timeout: 15000 });
  }
});

await check('previews use a sans-serif font, not the serif default', async () => {
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  if (!/sans-serif/.test(font) || /^"?Times/.test(font)) throw new Error(`body font: ${font}`);
});

await check("the State design system's theme loads its CSS (Storybook only) and paints the widgets", async () => {
  await page.goto(`${origin}/iframe.html?id=widgets-relais-help--closed&viewMode=story&globals=theme:dsfr`);
  await page.waitForFunction(() => document.querySelector('relais-help')?.shadowRoot?.querySelector('button.trigger'), null, { timeout: 15000 });
  await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--background-action-high-blue-france').trim(), null, {
    timeout: 10000,
  });
  const font = await page.evaluate(() => getComputedStyle(document.querySelector('relais-help').shadowRoot.querySelector('button.trigger')).fontFamily);
  if (!font.includes('Marianne')) throw new Error(`help button font with the State design system: ${font}`);
});

await check('no request to any other origin', async () => {
  if (elsewhere.size) throw new Error([...elsewhere].join('\n'));
});

await browser.close();
server.close();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
