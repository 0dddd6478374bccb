import { expect, waitUntil } from '@open-wc/testing';
import { urlCorpus } from '../packages/sdk/test/url-corpus.js';

// What ends up in the page: the built bundle (/relais/relais.js, as a site
// serves it) given every link of the corpus, in the help panel's channels
// (through the config) and in a glossary entry (through a property, which
// skips the validator). No unsafe link may reach an href.

interface Bundle {
  configure(config: unknown): void;
}
const bundleUrl = '/relais/relais.js';
const allowed = ['https:', 'http:', 'tel:', 'mailto:'];

/** Every href in `root` (shadow roots included), as the browser reads it. */
function hrefs(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.hasAttribute('href')) out.push(el.getAttribute('href')!);
    if (el.shadowRoot) out.push(...hrefs(el.shadowRoot));
  }
  return out;
}

/** Whether the browser would treat `href` as a safe link on this page. */
function browserSafe(href: string): boolean {
  const url = new URL(href, document.baseURI);
  if (!allowed.includes(url.protocol)) return false;
  return /^[a-z][a-z0-9+.-]*:/i.test(href.trim()) || url.origin === location.origin;
}

describe('links in the built bundle', () => {
  let bundle: Bundle;
  before(async () => {
    bundle = (await import(bundleUrl)) as Bundle;
  });
  afterEach(() => {
    document.body.replaceChildren();
    bundle.configure(undefined);
  });

  it('the help panel renders a configured channel only when its link is safe', async () => {
    const openWith = async (href: string) => {
      bundle.configure({ help: { channels: [{ id: 'lien', kind: 'other', label: 'Lien à tester', href }] } });
      document.body.innerHTML = '<relais-help><a href="tel:3400">Appelez le 34 00</a></relais-help>';
      const help = document.body.firstElementChild as HTMLElement & { show(): Promise<void> };
      await waitUntil(() => help.shadowRoot?.querySelector('button.trigger'), 'the help button', { timeout: 5000 });
      await help.show();
      await waitUntil(() => help.shadowRoot?.querySelector('a.call')?.checkVisibility({ visibilityProperty: true }), 'the panel', { timeout: 5000 });
      return () => [...help.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Lien à tester');
    };
    // The validator loads on demand with the first page config: wait for it once, so that each case below is decided by it.
    const warm = await openWith('/aide');
    await waitUntil(warm, 'the validator to load and the channel to show', { timeout: 5000 });
    for (const c of urlCorpus) {
      const found = (await openWith(c.value))();
      expect(Boolean(found), `${JSON.stringify(c.value)} (${c.why})`).to.equal(c.safe);
      for (const href of hrefs(document.body)) expect(browserSafe(href), `rendered ${JSON.stringify(href)} for ${c.why}`).to.equal(true);
      document.body.replaceChildren();
    }
  });

  it('a glossary entry given by property (no validator) never renders an unsafe "En savoir plus"', async () => {
    for (const c of urlCorpus) {
      const entry = {
        id: 'siv',
        domain: 'vehicule',
        link: c.value,
        fr: { term: 'SIV', definition: 'Le fichier national des véhicules.', easy: 'Le fichier des voitures.' },
        en: { term: 'SIV', definition: 'The national vehicle register.', easy: 'The list of cars.' },
      };
      document.body.innerHTML = '<p>Le <relais-term term="siv">SIV</relais-term> garde votre carte grise.</p>';
      const term = document.querySelector('relais-term') as HTMLElement & { glossary: unknown; show(): Promise<void> };
      term.glossary = [entry];
      await waitUntil(() => term.shadowRoot?.querySelector('button.term'), 'the term button', { timeout: 5000 });
      await term.show();
      await waitUntil(() => term.shadowRoot?.querySelector('#text'), 'the explanation', { timeout: 5000 });
      const more = term.shadowRoot!.querySelector<HTMLAnchorElement>('.tip a[href]');
      expect(Boolean(more), `${JSON.stringify(c.value)} (${c.why})`).to.equal(c.safe);
      for (const href of hrefs(document.body)) expect(browserSafe(href), `rendered ${JSON.stringify(href)} for ${c.why}`).to.equal(true);
      document.body.replaceChildren();
    }
  });

  it('the check can fail: the browser itself runs a link with a leading control character', () => {
    // What the old check let through: the browser reads it as javascript:.
    expect(new URL('\u0001javascript:alert(1)', document.baseURI).protocol).to.equal('javascript:');
    expect(browserSafe('\u0001javascript:alert(1)')).to.equal(false);
    expect(new URL('/\\evil.example/x', document.baseURI).host).to.equal('evil.example');
    expect(browserSafe('/\\evil.example/x')).to.equal(false);
  });
});
