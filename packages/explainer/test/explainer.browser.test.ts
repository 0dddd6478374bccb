import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure, resetConfigStore } from '@relais/core';
import { defaultExplainers } from '@relais/sdk/glossary/default-explainers.js';
import { resetEasyPreference } from '@relais/core';
import { fixtures as explainerFixtures } from '../src/explainer.fixtures.js';
import { a11yTree, axeViolations, describeViolations, findAll, norm, spoken } from '../../../tests/helpers/a11y.js';
import type { AXNode } from '../../../tests/helpers/a11y.js';
import { recordWarnings } from '../../../tests/helpers/help.js';
import { buttonIn, explainerPanel, explainersReady, openExplainer, render, stubSpeech, toggle } from '../../../tests/helpers/explainer.js';

const FORMULE = defaultExplainers.find((e) => e.id === 'numero-formule')!;
const HINT = '11 caractères, par exemple 2013AB12345.';
const ERROR = 'Erreur : ce numéro a 11 caractères.';
const TOGGLE = "Qu'est-ce que c'est ? Où le trouver ? (Numéro de formule)";

/** The first AX node with `role` (and `name`), or a failure that prints what is there. */
function one(tree: AXNode, role: string, name?: string | RegExp): AXNode {
  const found = findAll(tree, role, name);
  expect(found, `no ${role} ${String(name ?? '')} in:\n${spoken(tree).join('\n')}`).to.have.length.greaterThan(0);
  return found[0]!;
}

/** A field with a hint and an error, and (unless `explainer` is false) the explainer under it. */
const field = (explainer = true) =>
  html`<label for="formule">Numéro de formule</label>
    <p id="formule-aide">${HINT}</p>
    <p id="formule-erreur">${ERROR}</p>
    <input id="formule" name="numero_formule" type="text" aria-describedby="formule-aide formule-erreur" aria-invalid="true" />
    ${explainer ? html`<relais-explainer for="formule" topic="numero-formule"></relais-explainer>` : ''}
    <button id="after" type="button">Après</button>`;

/** The field's description, as Chromium's accessibility tree gives it. */
async function description(): Promise<string> {
  return norm((await a11yTree('#formule')).description);
}

describe('<relais-explainer>', () => {
  afterEach(() => {
    resetConfigStore();
    resetEasyPreference();
  });

  describe("the field's accessible description", () => {
    it('gains the one-sentence summary after its own hint and error, and loses only that when the explainer goes', async () => {
      const container = await render(field(false));
      const input = container.querySelector('input')!;
      expect(await description()).to.equal(norm(`${HINT} ${ERROR}`));

      const explainer = document.createElement('relais-explainer');
      explainer.setAttribute('for', 'formule');
      explainer.setAttribute('topic', 'numero-formule');
      input.after(explainer);
      await explainersReady(container);
      expect(await description()).to.equal(norm(`${HINT} ${ERROR} ${FORMULE.fr.summary}`));
      expect(input.getAttribute('aria-describedby')).to.equal(`formule-aide formule-erreur ${explainer.summaryId}`);
      // The summary lives in the page (light DOM), hidden, right after the element.
      const summary = document.getElementById(explainer.summaryId)!;
      expect(summary.previousElementSibling).to.equal(explainer);
      expect(summary.hidden).to.equal(true);

      explainer.remove();
      await waitUntil(() => input.getAttribute('aria-describedby') === 'formule-aide formule-erreur', 'our id was not removed');
      expect(document.getElementById(explainer.summaryId)).to.equal(null);
      expect(await description()).to.equal(norm(`${HINT} ${ERROR}`));
    });

    it('keeps the summary last when the page rewrites aria-describedby (an error appears)', async () => {
      const container = await render(html`<label for="formule">Numéro de formule</label>
        <p id="formule-aide">${HINT}</p>
        <p id="formule-erreur" hidden>${ERROR}</p>
        <input id="formule" aria-describedby="formule-aide" />
        <relais-explainer for="formule" topic="numero-formule"></relais-explainer>`);
      const [explainer] = await explainersReady(container);
      expect(await description()).to.equal(norm(`${HINT} ${FORMULE.fr.summary}`));
      const input = container.querySelector('input')!;
      // The page's own script, as many do: it sets the whole attribute.
      container.querySelector<HTMLElement>('#formule-erreur')!.hidden = false;
      input.setAttribute('aria-describedby', 'formule-aide formule-erreur');
      await waitUntil(() => input.getAttribute('aria-describedby')!.endsWith(explainer!.summaryId), 'the summary was not put back');
      expect(input.getAttribute('aria-describedby')).to.equal(`formule-aide formule-erreur ${explainer!.summaryId}`);
      expect(await description()).to.equal(norm(`${HINT} ${ERROR} ${FORMULE.fr.summary}`));
    });

    it('a field with no aria-describedby gets only the summary, and none again afterwards', async () => {
      const container = await render(html`<label for="plaque">Numéro d'immatriculation</label><input id="plaque" />
        <relais-explainer for="plaque" topic="numero-immatriculation"></relais-explainer>`);
      const [explainer] = await explainersReady(container);
      const input = container.querySelector('input')!;
      const summary = defaultExplainers.find((e) => e.id === 'numero-immatriculation')!.fr.summary;
      expect(norm((await a11yTree('#plaque')).description)).to.equal(norm(summary));
      explainer!.remove();
      await waitUntil(() => !input.hasAttribute('aria-describedby'), 'the attribute was left behind');
    });

    it('the description check sees a broken link (control): a summary id that points nowhere adds nothing', async () => {
      await render(html`<label for="formule">Numéro de formule</label>
        <p id="formule-aide">${HINT}</p>
        <input id="formule" aria-describedby="formule-aide relais-explainer-summary-nowhere" />`);
      expect(await description()).to.equal(norm(HINT));
    });

    it('follows the config: a changed summary, and the English text inside lang="en"', async () => {
      configure({ explainers: { 'numero-formule': { fr: { summary: 'Il est en haut de la carte grise.' } } } });
      const container = await render(html`${field()}
        <div lang="en"><label for="f-en">Form number</label><input id="f-en" /><relais-explainer for="f-en" topic="numero-formule"></relais-explainer></div>`);
      await explainersReady(container);
      await waitUntil(async () => (await description()).endsWith('Il est en haut de la carte grise.'), 'the config summary was not used', { timeout: 5000 });
      expect(norm((await a11yTree('#f-en')).description)).to.equal(norm(FORMULE.en.summary));
    });
  });

  describe('the disclosure', () => {
    it('is a collapsed button named for the field, controlling the panel', async () => {
      const container = await render(field());
      const [el] = await explainersReady(container);
      const tree = await a11yTree('.explainer-test');
      const button = one(tree, 'button', TOGGLE);
      expect(button.states['expanded']).to.equal(false);
      expect(el!.shadowRoot!.getElementById(toggle(el!)!.getAttribute('aria-controls')!)).to.equal(explainerPanel(el!));
      expect(explainerPanel(el!)!.hidden).to.equal(true);
    });

    it('Enter opens it with what, why, where, a picture that says where to look, and an example; Space closes', async () => {
      const container = await render(field());
      const [el] = await explainersReady(container);
      toggle(el!)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => explainerPanel(el!)!.querySelector('dl'), 'Enter did not open it');
      const panel = explainerPanel(el!)!;
      const text = norm(panel.textContent);
      for (const part of [FORMULE.fr.what, FORMULE.fr.why, FORMULE.fr.where, `Exemple : ${FORMULE.fr.example}`]) expect(text).to.contain(norm(part));
      const tree = await a11yTree('.explainer-test');
      expect(one(tree, 'button', TOGGLE).states['expanded']).to.equal(true);
      one(tree, 'image', FORMULE.fr.picture!.alt);
      one(tree, 'term', 'Ce qui est demandé');
      one(tree, 'term', 'Où le trouver');
      expect(el!.shadowRoot!.activeElement, 'focus stays on the button').to.equal(toggle(el!));
      await sendKeys({ press: 'Space' });
      await waitUntil(() => explainerPanel(el!)!.hidden, 'Space did not close it');
    });

    it('fires relais-explainer-open and relais-explainer-close with the topic', async () => {
      const container = await render(field());
      const [el] = await explainersReady(container);
      const opened = oneEvent(container, 'relais-explainer-open');
      toggle(el!)!.click();
      const open = await opened;
      expect(open.detail).to.deep.equal({ topic: 'numero-formule' });
      expect(open.bubbles && open.composed).to.equal(true);
      const closed = oneEvent(container, 'relais-explainer-close');
      toggle(el!)!.click();
      expect((await closed).detail).to.deep.equal({ topic: 'numero-formule' });
    });

    it('"Plus simple" shows the easy-to-read version, remembered for the page', async () => {
      const container = await render(field());
      const [el] = await explainersReady(container);
      const panel = await openExplainer(el!);
      buttonIn(panel, 'Plus simple')!.click();
      await el!.updateComplete;
      expect(buttonIn(panel, 'Plus simple')!.getAttribute('aria-pressed')).to.equal('true');
      expect(norm(panel.textContent)).to.contain(norm(FORMULE.fr.easy));
      expect(panel.querySelector('dl')).to.equal(null);
      // A second explainer on the page opens in the easy version too.
      const other = await render(html`<label for="g">Code</label><input id="g" /><relais-explainer for="g" topic="code-cession"></relais-explainer>`);
      const [second] = await explainersReady(other);
      const secondPanel = await openExplainer(second!);
      expect(norm(secondPanel.textContent)).to.contain(norm(defaultExplainers.find((e) => e.id === 'code-cession')!.fr.easy));
    });

    it('"Écouter" reads the French explanation with lang fr-FR', async () => {
      const speech = stubSpeech();
      try {
        const container = await render(field());
        const [el] = await explainersReady(container);
        const panel = await openExplainer(el!);
        buttonIn(panel, 'Écouter')!.click();
        expect(speech.spoken).to.have.length(1);
        const { text, lang } = speech.spoken[0]!;
        expect(lang).to.equal('fr-FR');
        expect(norm(text)).to.contain(norm(FORMULE.fr.label));
        expect(norm(text)).to.contain(norm(FORMULE.fr.what));
        expect(norm(text)).to.contain(norm(FORMULE.fr.where));
        expect(norm(text)).to.contain('Exemple : 2013AB12345');
      } finally {
        speech.restore();
      }
    });

    it('"Écouter" is not shown where the browser cannot read aloud', async () => {
      const speech = stubSpeech(false);
      try {
        const container = await render(field());
        const [el] = await explainersReady(container);
        const panel = await openExplainer(el!);
        expect(buttonIn(panel, 'Écouter')).to.equal(undefined);
        expect(buttonIn(panel, 'Plus simple')).to.exist;
      } finally {
        speech.restore();
      }
    });
  });

  describe('bad input', () => {
    it('an unknown topic: the fallback content stays, the field is untouched, one warning says how to fix it', async () => {
      const warnings = recordWarnings();
      try {
        const container = await render(html`<label for="x">X</label><input id="x" aria-describedby="x-aide" /><p id="x-aide">Aide</p>
          <relais-explainer for="x" topic="numero-formul"><a href="/aide">Aide sur ce champ</a></relais-explainer>`);
        await waitUntil(() => warnings.calls.some((c) => c.includes('numero-formul')), 'no warning', { timeout: 5000 });
        const el = container.querySelector('relais-explainer')!;
        await el.updateComplete;
        expect(toggle(el)).to.equal(null);
        expect(container.querySelector('input')!.getAttribute('aria-describedby')).to.equal('x-aide');
        const tree = await a11yTree('.explainer-test');
        one(tree, 'link', 'Aide sur ce champ');
        expect(warnings.calls.filter((c) => c.includes('numero-formul'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('no field with that id: the explainer still works, one warning names the id', async () => {
      const warnings = recordWarnings();
      try {
        const container = await render(html`<relais-explainer for="nulle-part" topic="numero-formule"></relais-explainer>`);
        await waitUntil(() => warnings.calls.some((c) => c.includes('"nulle-part"')), 'no warning', { timeout: 3000 });
        const el = container.querySelector('relais-explainer')!;
        expect(toggle(el)).to.exist;
        expect(document.getElementById(el.summaryId)).to.equal(null);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('is accessible (axe)', () => {
    for (const f of explainerFixtures) {
      it(`${f.name}`, async () => {
        const container = await render(f.render(new Date()));
        const [el] = await explainersReady(container);
        if (f.open) await openExplainer(el!);
        const violations = await axeViolations(container);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      });
    }
  });
});
