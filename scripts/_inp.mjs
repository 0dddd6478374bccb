// Ad-hoc (not committed): INP of opening the help panel / a toggletip, split into delay / processing / presentation.
import { launch, root, serve } from './pages.mjs';
const runs = Number(process.env.RUNS ?? 7);
const base = await (await import('node:fs/promises')).readFile(`${root}examples/carte-grise/index.html`, 'utf8');
const server = await serve({ pages: { '/examples/carte-grise/bench-with.html': process.env.FLOAT ? base.replace('<relais-help ', '<relais-help variant="floating" ') : base } });
const browser = await launch();
const rows = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 860 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.addInitScript(() => { window.__ev = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) window.__ev.push({ id: e.interactionId, name: e.name, d: e.duration, ps: e.processingStart - e.startTime, pe: e.processingEnd - e.startTime }); }).observe({ type: 'event', durationThreshold: 16, buffered: true }); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${server.origin}/examples/carte-grise/bench-with.html`, { waitUntil: 'load' });
  await page.waitForTimeout(2500);
  const click = async (sel) => { await page.locator(sel).first().click(); await page.waitForTimeout(1000); return page.evaluate(() => { const ev = window.__ev; window.__ev = []; const m = ev.reduce((a, e) => (e.d > (a?.d ?? -1) ? e : a), undefined); const clickE = ev.find((e) => e.name === 'click'); return m ? { d: m.d, click: clickE ? Math.round(clickE.pe - clickE.ps) : 0, pres: Math.round(m.d - Math.max(...ev.filter(e=>e.id===m.id).map(e=>e.pe))) } : { d: 0 }; }); };
  const help = await click(process.env.SEL ?? 'relais-help >> button.trigger');
  await page.keyboard.press('Escape'); await page.waitForTimeout(300);
  const term = await click('relais-term >> button.term');
  rows.push({ help: help.d, helpClick: help.click, helpPres: help.pres, term: term.d, termClick: term.click, termPres: term.pres });
  await context.close();
}
console.table(rows);
const med = (k) => { const s = rows.map((r) => r[k]).sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
console.log('median help', med('help'), 'click-processing', med('helpClick'), 'presentation', med('helpPres'), '| term', med('term'), med('termClick'), med('termPres'));
await browser.close(); await server.close();
