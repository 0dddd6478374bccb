import { launch, serve } from './pages.mjs';
const server = await serve();
const b = await launch();
for (const width of [320, 360, 412, 600, 800, 1280]) {
  const ctx = await b.newContext({ viewport: { width, height: 860 } });
  const p = await ctx.newPage();
  await p.goto(server.origin + '/examples/carte-grise/index.html');
  await p.waitForTimeout(2500);
  const h = await p.evaluate(() =>
    ['relais-help', 'relais-steps', 'relais-explainer'].map((t) => {
      const e = document.querySelector(t);
      const r = e.getBoundingClientRect();
      const fs = parseFloat(getComputedStyle(document.documentElement).fontSize);
      return `${t} ${Math.round(r.height)}px=${(r.height / fs).toFixed(2)}rem`;
    }),
  );
  console.log(width, h.join(' | '));
  await ctx.close();
}
await b.close();
await server.close();
