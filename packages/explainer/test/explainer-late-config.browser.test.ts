/**
 * A page config's field explainers set after an explainer is open: the
 * merge needs every default topic, fetched then. While it loads, the open
 * panel keeps its text (a citizen reading it, or a screen reader in it,
 * must not lose it), then shows the page's text. Its own file, so that the
 * page starts with only the element's own topic loaded.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { configure, resetConfigStore } from '@relais/core';
import { defaultExplainers } from '@relais/sdk/glossary/default-explainers.js';
import { norm } from '../../../tests/helpers/a11y.js';
import { explainerPanel, explainersReady, openExplainer, render, toggle } from '../../../tests/helpers/explainer.js';

const FORMULE = defaultExplainers.find((e) => e.id === 'numero-formule')!;
const CHANGED = 'Il est écrit en haut, à droite de la carte grise.';

describe('<relais-explainer> and a config that comes late', () => {
  afterEach(() => resetConfigStore());

  it('an open explanation stays on screen while the page config loads, then shows its text', async () => {
    const container = await render(html`<label for="formule">Numéro de formule</label><input id="formule" />
      <relais-explainer for="formule" topic="numero-formule"></relais-explainer>`);
    const [el] = await explainersReady(container);
    const panel = await openExplainer(el!);
    expect(norm(panel.textContent)).to.contain(norm(FORMULE.fr.what));

    // Every change to the shadow root is checked: the button and the panel's text never go away.
    const blanks: string[] = [];
    const watch = new MutationObserver(() => {
      if (!toggle(el!)) blanks.push('the button went away');
      else if (!explainerPanel(el!)?.querySelector('dl')) blanks.push('the panel lost its text');
    });
    watch.observe(el!.shadowRoot!, { childList: true, subtree: true, characterData: true });
    configure({ explainers: { 'numero-formule': { fr: { what: CHANGED } } } });
    await el!.updateComplete;
    expect(toggle(el!), 'the button, just after configure()').to.not.equal(null);
    expect(explainerPanel(el!)?.querySelector('dl'), 'the text, just after configure()').to.not.equal(null);

    await waitUntil(() => norm(explainerPanel(el!)?.textContent).includes(CHANGED), "the page config's text never showed", { timeout: 5000 });
    watch.disconnect();
    expect(blanks).to.deep.equal([]);
    expect(el!.open).to.equal(true);
  });
});
