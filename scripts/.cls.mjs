import { launch, serve } from './pages.mjs';
const server = await serve();
const b = await launch();
for (const width of [320, 412, 1280]) {
  const ctx = await b.newContext({ viewport: { width, height: 860 } });
  const p = await ctx.newPage();
  await p.addInitScript(() => {
    window.__s = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        window.__s.push({
          v: e.value.toFixed(4),
          t: Math.round(e.startTime),
          src: (e.sources || []).map((s) => {
            const n = s.node;
            const h = n?.getRootNode?.().host;
            return `${h ? h.localName + '>' : ''}${n?.localName ?? n?.nodeName}${n?.id ? '#' + n.id : ''}${n?.className && typeof n.className === 'string' ? '.' + n.className.split(' ')[0] : ''} ${s.previousRect.height}->${s.currentRect.height} y${s.previousRect.y}->${s.currentRect.y}`;
          }),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.goto(server.origin + '/examples/carte-grise/index.html');
  await p.waitForTimeout(4000);
  console.log('== width', width);
  for (const s of await p.evaluate(() => window.__s)) console.log(JSON.stringify(s));
  await ctx.close();
}
await b.close();
await server.close();
