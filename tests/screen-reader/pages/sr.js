// Shared by the scenario pages. The runner's server holds the page's load
// event (an async script, /__sr/hold.js) until this says the Relais elements
// have rendered: Orca's Say All on load then reads the widgets, not their
// fallback, in every run. Opened from any other static server, the pages
// work the same, without the hold.

/** The clock of every scenario: Sunday 22 November 2026, 10:00 in Paris (the 34 00 line is closed). */
export const SUNDAY = new Date('2026-11-22T10:00:00+01:00');

for (const el of document.querySelectorAll('relais-help, relais-help-points')) el.now = SUNDAY;

const idle = () => new Promise((resolve) => (window.requestIdleCallback ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 200)));

/** An element has rendered when its shadow root holds more than its fallback slot. */
const rendered = (el) => Boolean(el.shadowRoot && [...el.shadowRoot.children].some((c) => c.localName !== 'slot' && c.localName !== 'style'));

// Module scripts run before DOMContentLoaded: by then every script of the page has run (and set srSetup).
const parsed = new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));

async function ready() {
  await parsed;
  const elements = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('relais-'));
  await Promise.all([...new Set(elements().map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
  // Page-specific setup (annotate(), a config), then every element rendered.
  if (typeof window.srSetup === 'function') await window.srSetup();
  const t0 = Date.now();
  while (!elements().every(rendered) && Date.now() - t0 < 6000) await new Promise((r) => setTimeout(r, 25));
  await Promise.all(elements().map((el) => el.updateComplete));
  // What the elements fetch at idle (the help panel, the list of steps, the glossary).
  await idle();
  await new Promise((r) => setTimeout(r, 150));
}

ready()
  .catch((error) => console.error('[sr] page not ready:', error))
  .finally(() => {
    document.documentElement.dataset.srReady = '';
    fetch('/__sr/ready', { method: 'POST' }).catch(() => {});
  });
