import { expect, html, waitUntil } from '@open-wc/testing';
import { validateConfig } from '@relais/sdk';
import { configure, pageConfig, resetConfigStore } from '../src/config-store.js';
import { defineHelp, openHelp, panel, renderHelp } from '../../../tests/helpers/help.js';
import { norm } from '../../../tests/helpers/a11y.js';

/** Adds a `<script type="application/json" data-relais-config>` to the page. */
function addScript(config: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset['relaisConfig'] = '';
  script.textContent = JSON.stringify(config);
  document.head.append(script);
  return script;
}

const TUESDAY_10H = new Date('2026-11-24T09:00:00Z');

describe('page config: configure() and <script data-relais-config> merge deeply', () => {
  let scripts: HTMLScriptElement[] = [];
  before(() => defineHelp());
  afterEach(() => {
    for (const script of scripts) script.remove();
    scripts = [];
    resetConfigStore();
  });

  it('merges objects key by key and replaces lists, scripts in document order, then configure()', () => {
    scripts = [
      addScript({ locale: 'fr', help: { channels: [{ id: 'a', kind: 'faq', label: 'A', href: '/a' }], phone: { price: 'Gratuit' } } }),
      addScript({ help: { channels: [{ id: 'b', kind: 'faq', label: 'B', href: '/b' }] } }),
    ];
    resetConfigStore();
    configure({ easy: true, help: { phone: { display: '34 00' } } });
    expect(pageConfig()).to.deep.equal({
      locale: 'fr',
      easy: true,
      // The second script's list replaces the first's; configure() adds to the phone, keeps the channels.
      help: { channels: [{ id: 'b', kind: 'faq', label: 'B', href: '/b' }], phone: { price: 'Gratuit', display: '34 00' } },
    });
    // A new configure() replaces the previous one, not the scripts.
    configure({ locale: 'en' });
    expect(pageConfig()).to.deep.equal({
      locale: 'en',
      help: { channels: [{ id: 'b', kind: 'faq', label: 'B', href: '/b' }], phone: { price: 'Gratuit' } },
    });
  });

  it("keeps the page's written channel in the help panel when configure() changes the phone's hours", async () => {
    scripts = [addScript({ help: { channels: [{ id: 'ecrire', kind: 'written', label: 'Écrire au service', href: '/contact' }] } })];
    resetConfigStore();
    configure({ help: { phone: { hours: { weekly: [{ days: ['tue'], opens: '09:00', closes: '12:00' }] } } } });
    const { el } = await renderHelp(html`<relais-help .now=${TUESDAY_10H}><a href="tel:3400">34 00</a></relais-help>`);
    await openHelp(el);
    const links = [...panel(el)!.querySelectorAll('a')].map((a) => [norm(a.textContent), a.getAttribute('href')]);
    expect(links).to.deep.include(['Écrire au service', '/contact']);
    // configure()'s hours are in use too (the test browser may be in another zone: "(heure de Paris)").
    expect(norm(panel(el)!.querySelector('.status')?.textContent)).to.match(/^Ouvert jusqu'à 12 h/);
  });

  it('reports an unknown preset id with "did you mean" in the browser too, and keeps the 34 00 line', async () => {
    const result = validateConfig({ preset: 'ants/cni/predemande' });
    expect(result.messages).to.deep.equal(['preset: expected a known preset id, got "ants/cni/predemande" (did you mean "ants/cni/pre-demande"?)']);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      configure({ preset: 'ants/cni/predemande' });
      const { el } = await renderHelp(html`<relais-help .now=${TUESDAY_10H}><a href="tel:3400">34 00</a></relais-help>`);
      const link = await openHelp(el);
      expect(link.getAttribute('href')).to.equal('tel:3400');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('did you mean "ants/cni/pre-demande"'))).to.have.length(1);
  });

  it('catches hours that close before they open: the panel says the hours are not known rather than something wrong', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      configure({ help: { phone: { number: '0800000000', hours: { weekly: [{ days: ['tue'], opens: '19:00', closes: '07:45' }] } } } });
      const { el } = await renderHelp(html`<relais-help .now=${TUESDAY_10H}><a href="tel:3400">34 00</a></relais-help>`);
      await openHelp(el);
      expect(norm(panel(el)!.querySelector('.muted')?.textContent)).to.equal('Horaires non connus');
      // Marked as running past midnight, the same hours are read: closed at 10:00, opens at 19:00.
      configure({ help: { phone: { number: '0800000000', hours: { weekly: [{ days: ['tue'], opens: '19:00', closes: '07:45', overnight: true }] } } } });
      const status = () => norm(panel(el)?.querySelector('.status')?.textContent);
      await waitUntil(() => status(), 'the status of the marked hours', { timeout: 3000 });
      expect(status()).to.match(/^Fermé — ouvre aujourd'hui à 19 h/);
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('or "overnight": true for hours that run past midnight'))).to.have.length(1);
  });
});
