import { expect, waitUntil } from '@open-wc/testing';

// The loader (relais.js, the built bundle as a site serves it), in a page of
// its own: it fetches nothing for elements the page does not have; it finds
// the ones added later, in the document and inside open shadow roots the page
// creates (even when the element comes into the root after it was made); it
// leaves closed shadow roots alone (it cannot see them) and does not watch
// the shadow roots of Relais's own elements (they load what they render).

const bundleUrl = '/relais/relais.js';

/** The Relais files this page has fetched so far. */
const fetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/relais/'));
const rendered = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector) ?? null;
/** A shadow root the page makes, on a box of its own in the page. */
function pageShadowRoot(mode: ShadowRootMode): ShadowRoot {
  const host = document.createElement('div');
  host.className = 'loader-test';
  document.body.append(host);
  return host.attachShadow({ mode });
}

describe('the loader (relais.js)', function () {
  this.timeout(20000);
  before(async () => {
    await import(bundleUrl);
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('.loader-test')) el.remove();
  });

  it('on a page with no Relais element, fetches only itself', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetched()).to.deep.equal(['/relais/relais.js']);
    expect(customElements.get('relais-steps')).to.equal(undefined);
  });

  it('an element added to the page later is fetched and upgraded, and only its own files come', async () => {
    const box = document.createElement('div');
    box.className = 'loader-test';
    box.innerHTML = '<relais-steps procedure="ants/carte-grise/changement-titulaire" no-persist><p>Étapes</p></relais-steps>';
    document.body.append(box);
    const steps = box.querySelector('relais-steps')!;
    await waitUntil(() => rendered(steps, '[part="heading"]'), '<relais-steps> added later never rendered', { timeout: 10000 });
    const files = fetched();
    expect(
      files.some((f) => f.includes('relais-steps')),
      files.join('\n'),
    ).to.equal(true);
    expect(
      files.filter((f) => /relais-(help|term|explainer)/.test(f)),
      'files of elements the page does not have',
    ).to.deep.equal([]);
  });

  it('inside an open shadow root the page creates: an element there at once, and one put there afterwards', async () => {
    const root = pageShadowRoot('open');
    root.innerHTML = '<p>La <relais-term term="certificat-immatriculation">carte grise</relais-term> à votre nom.</p>';
    const term = root.querySelector('relais-term')!;
    await waitUntil(() => rendered(term, 'button.term'), '<relais-term> in a shadow root never rendered', { timeout: 10000 });

    // Later, into the same root: the root is followed, not only read once.
    const later = document.createElement('relais-explainer');
    later.setAttribute('topic', 'numero-formule');
    root.append(later);
    await waitUntil(() => rendered(later, 'button.toggle'), '<relais-explainer> put in the shadow root later never rendered', { timeout: 10000 });
  });

  it('inside a closed shadow root, an element is not seen (the page must load its entry file itself)', async () => {
    const root = pageShadowRoot('closed');
    root.innerHTML = '<relais-help><a href="tel:3400">Appelez le 34 00</a></relais-help>';
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(customElements.get('relais-help')).to.equal(undefined);
    expect(fetched().filter((f) => f.includes('relais-help'))).to.deep.equal([]);
    // Its fallback stays: the phone link is there for the citizen.
    expect(root.querySelector('a[href="tel:3400"]')).to.not.equal(null);
  });

  it("does not follow Relais's own shadow roots: what an element renders inside does not make the loader fetch", async () => {
    const root = pageShadowRoot('open');
    const steps = document.createElement('relais-steps');
    steps.setAttribute('procedure', 'ants/carte-grise/changement-titulaire');
    steps.setAttribute('no-persist', '');
    root.append(steps);
    await waitUntil(() => rendered(steps, '[part="heading"]'), '<relais-steps> never rendered', { timeout: 10000 });
    // A Relais element in a Relais element's shadow root is that element's business (as the help panel's finder is).
    const before = fetched().length;
    const inner = document.createElement('relais-help');
    steps.shadowRoot!.append(inner);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      fetched()
        .slice(before)
        .filter((f) => f.includes('relais-help')),
      'the loader fetched for an element inside a Relais shadow root',
    ).to.deep.equal([]);
    inner.remove();
  });
});
