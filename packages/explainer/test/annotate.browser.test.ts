import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure, resetConfigStore } from '@relais/core';
import type { GlossaryEntry } from '@relais/sdk';
import { annotate } from '../src/annotate.js';
import { a11yTree, axeViolations, describeViolations, findAll, flatten, norm } from '../../../tests/helpers/a11y.js';
import type { AXNode } from '../../../tests/helpers/a11y.js';
import { termsReady } from '../../../tests/helpers/explainer.js';

/** A small glossary of our own, so that these tests do not depend on the default one's wording. */
const entry = (id: string, term: string, variants: string[] = []): GlossaryEntry => ({
  id,
  domain: 'vehicle',
  fr: { term, variants, definition: `Définition de ${term}.`, easy: `${term}, en simple.` },
  en: { term, definition: `Definition of ${term}.`, easy: `${term}, simply.` },
});
const glossary = [
  entry('certificat-immatriculation', "certificat d'immatriculation", ['carte grise']),
  entry('certificat-cession', 'certificat de cession'),
  entry('code-cession', 'code de cession'),
  entry('cession', 'cession'),
  entry('numero-formule', 'numéro de formule'),
  entry('justificatif-domicile', 'justificatif de domicile'),
  entry('titulaire', 'titulaire'),
];

/** A form in two sections, with terms everywhere a term may and may not be wrapped. */
const form = () => html`<form id="f" action="/nowhere" method="get">
  <fieldset id="s1">
    <legend>Votre véhicule</legend>
    <p class="intro">Munissez-vous de la carte grise et du certificat de cession. La cession date de moins d'un mois.</p>
    <label for="formule">Numéro de formule</label>
    <p id="formule-aide">Le numéro de formule est sur la Carte Grise.</p>
    <input id="formule" name="numero_formule" value="2013AB12345" aria-describedby="formule-aide" />
    <p>Voir <a href="/aide">le code de cession expliqué</a>, <button type="button">Numéro de formule</button>.</p>
    <p contenteditable="true">Le code de cession ici est modifiable.</p>
    <p data-relais-ignore>Le code de cession ici est ignoré.</p>
    <select name="choix" aria-label="Choix"><option value="a">code de cession</option></select>
    <textarea name="note" aria-label="Note">code de cession</textarea>
    <p>Plus loin, le code de cession.</p>
  </fieldset>
  <fieldset id="s2">
    <legend>Le titulaire</legend>
    <p>Le nouveau titulaire du certificat d'immatriculation donne un justificatif de domicile.</p>
    <fieldset class="choices">
      <legend>Avez-vous un justificatif de domicile ?</legend>
      <input id="oui" type="radio" name="justificatif" value="oui" checked /><label for="oui">Oui, un justificatif de domicile</label>
    </fieldset>
    <input type="checkbox" id="certif" name="certif" value="oui" checked /><label for="certif">Je suis le titulaire</label>
  </fieldset>
</form>`;

/** Every wrapped term: [section id, entry id, text]. */
function wrapped(root: ParentNode): [string, string, string][] {
  return [...root.querySelectorAll('relais-term')].map((t) => [t.closest('fieldset:not(fieldset fieldset)')?.id ?? '', t.getAttribute('term')!, t.textContent]);
}

/** The text read inside a node (its text nodes' names). */
const textOf = (node: AXNode): string =>
  norm(
    flatten(node)
      .filter((n) => n.role === 'StaticText')
      .map((n) => n.name)
      .join(' '),
  );

/** Names of the form's fields in Chromium's accessibility tree. */
async function fieldNames(): Promise<string[]> {
  const tree = await a11yTree('#f');
  return flatten(tree)
    .filter((n: AXNode) => ['textbox', 'radio', 'checkbox', 'combobox'].includes(n.role))
    .map((n) => `${n.role}: ${norm(n.name)}`);
}

describe('annotate()', () => {
  afterEach(() => resetConfigStore());

  it('wraps the first use of each term per section, the longest term first, whatever the accents and case', async () => {
    const root = await fixture<HTMLElement>(form());
    const result = await annotate(root, { glossary });
    expect(wrapped(root)).to.deep.equal([
      ['s1', 'certificat-immatriculation', 'carte grise'],
      ['s1', 'certificat-cession', 'certificat de cession'],
      ['s1', 'cession', 'cession'],
      // The label is the whole term: its words stay plain, the "?" follows it (no text of its own).
      ['s1', 'numero-formule', ''],
      ['s1', 'code-cession', 'code de cession'],
      ['s2', 'titulaire', 'titulaire'],
      ['s2', 'certificat-immatriculation', "certificat d'immatriculation"],
      ['s2', 'justificatif-domicile', 'justificatif de domicile'],
    ]);
    expect(result.wrapped).to.equal(8);
    expect(result.terms).to.deep.equal(wrapped(root).map((w) => w[1]));
    // The text reads as before.
    expect(norm(root.querySelector('.intro')!.textContent)).to.equal(
      "Munissez-vous de la carte grise et du certificat de cession. La cession date de moins d'un mois.",
    );
  });

  it('never wraps inside links, buttons, fields, select, textarea, [contenteditable], [data-relais-ignore], or the label of a box to tick', async () => {
    const root = await fixture<HTMLElement>(form());
    await annotate(root, { glossary });
    for (const selector of ['a', 'button', 'select', 'textarea', '[contenteditable]', '[data-relais-ignore]', 'label[for="oui"]', 'label[for="certif"]']) {
      expect(root.querySelector(`${selector} relais-term`), selector).to.equal(null);
    }
    expect(root.querySelector('textarea')!.value).to.equal('code de cession');
  });

  it('changes neither what the form submits nor how its fields are named', async () => {
    const root = await fixture<HTMLElement>(form());
    const formEl = root as unknown as HTMLFormElement;
    const before = [...new FormData(formEl)];
    const namesBefore = await fieldNames();
    await annotate(root, { glossary });
    await termsReady(root);
    expect(root.querySelectorAll('relais-term').length).to.be.greaterThan(5);
    expect([...new FormData(formEl)]).to.deep.equal(before);
    expect(await fieldNames()).to.deep.equal(namesBefore);
    expect(namesBefore).to.include('textbox: Numéro de formule');
    // The hint's words are the same in the field's description (Chromium may put a
    // space before punctuation after an element with a shadow root, which is not heard).
    const description = norm((await a11yTree('#formule')).description).replace(/ ([.,;:!?])/g, '$1');
    expect(description).to.equal('Le numéro de formule est sur la Carte Grise.');
  });

  it('is idempotent: a second pass wraps nothing and leaves the markup as it was', async () => {
    const root = await fixture<HTMLElement>(form());
    await annotate(root, { glossary });
    const markup = root.innerHTML;
    const again = await annotate(root, { glossary });
    expect(again.wrapped).to.equal(0);
    expect(root.innerHTML).to.equal(markup);
  });

  it('counts terms the page wrote itself as used', async () => {
    const root = await fixture<HTMLElement>(html`<section>
      <p>Le <relais-term>code de cession</relais-term> est donné par le vendeur.</p>
      <p>Sans code de cession, pas de carte grise.</p>
    </section>`);
    const result = await annotate(root, { glossary });
    expect(result.terms).to.deep.equal(['certificat-immatriculation']);
  });

  it('with observe, follows content added later (a single-page form), until stop()', async () => {
    const root = await fixture<HTMLElement>(html`<div><section id="a"><p>Le titulaire signe.</p></section></div>`);
    const result = await annotate(root, { glossary, observe: true });
    expect(result.terms).to.deep.equal(['titulaire']);
    const step = document.createElement('section');
    step.innerHTML = '<p>Donnez le code de cession et le nom du titulaire.</p>';
    root.append(step);
    await waitUntil(() => step.querySelectorAll('relais-term').length === 2, 'the new step was not annotated');
    expect(result.terms).to.deep.equal(['titulaire', 'code-cession', 'titulaire']);
    result.stop();
    const late = document.createElement('section');
    late.innerHTML = '<p>Un justificatif de domicile.</p>';
    root.append(late);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(late.querySelector('relais-term')).to.equal(null);
  });

  it('uses the default glossary, with the page config, when none is given', async () => {
    // An id and a term the default glossary does not have (it has "siv" since issue 14).
    configure({ glossary: { add: [{ id: 'fni', fr: { term: 'FNI', definition: "L'ancien fichier des véhicules." } }] } });
    const root = await fixture<HTMLElement>(html`<div><p>Le FNI gardait la carte grise et le numéro de formule.</p></div>`);
    const result = await annotate(root);
    expect(result.terms).to.deep.equal(['fni', 'certificat-immatriculation', 'numero-formule']);
  });

  it('reads English text with the English forms (closest lang)', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"><p>Bring your registration certificate and the transfer code.</p></div>`);
    const result = await annotate(root);
    expect(result.terms).to.deep.equal(['certificat-immatriculation', 'code-cession']);
  });

  it('never throws: a bad root or selector is reported once and the page is left as it was', async () => {
    const root = await fixture<HTMLElement>(html`<div><p>Le code de cession.</p></div>`);
    const markup = root.innerHTML;
    const original = console.warn;
    const calls: string[] = [];
    console.warn = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
    try {
      const result = await annotate(root, { glossary, selector: 'p[' });
      expect(result.wrapped).to.equal(0);
      expect(root.innerHTML).to.equal(markup);
      expect(calls.filter((c) => c.includes('annotate()'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('the annotated form passes axe, and every wrapped word is a named button', async () => {
    const root = await fixture<HTMLElement>(form());
    await annotate(root, { glossary });
    const terms = await termsReady(root);
    const tree = await a11yTree('#f');
    const names = findAll(tree, 'button').map((n) => norm(n.name));
    for (const term of terms)
      expect(names).to.include(norm(term.textContent) || `Explication : ${term.getAttribute('term') === 'numero-formule' ? 'numéro de formule' : ''}`);
    const violations = await axeViolations(root);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  describe('a label that is one whole term', () => {
    const labelled = () => html`<form id="lf" action="/nowhere" method="get">
      <div class="field">
        <label for="immat">Numéro d'immatriculation</label>
        <p id="immat-aide">Exemple : AB-123-CD</p>
        <input id="immat" name="immatriculation" aria-describedby="immat-aide" />
      </div>
      <div class="field">
        <label for="titulaire-nom">Nom de l'ancien titulaire :</label>
        <input id="titulaire-nom" name="ancien_nom" />
      </div>
    </form>`;
    const immat = [
      ...glossary,
      entry('numero-immatriculation', "numéro d'immatriculation"),
      // A term that covers the label but for its final colon.
      entry('ancien-titulaire', "nom de l'ancien titulaire"),
    ];

    it('keeps the label’s words plain and puts the "?" right after the label', async () => {
      const root = await fixture<HTMLElement>(labelled());
      await annotate(root, { glossary: immat });
      const label = root.querySelector('label[for="immat"]')!;
      expect(label.querySelector('relais-term'), 'no button inside the label').to.equal(null);
      expect(norm(label.textContent)).to.equal("Numéro d'immatriculation");
      const trigger = label.nextElementSibling!;
      expect(trigger.localName).to.equal('relais-term');
      expect(trigger.getAttribute('term')).to.equal('numero-immatriculation');
      expect(root.querySelector('label[for="titulaire-nom"]')!.nextElementSibling?.getAttribute('term')).to.equal('ancien-titulaire');
      // Idempotent.
      await annotate(root, { glossary: immat });
      expect(root.querySelectorAll('relais-term')).to.have.length(2);
    });

    it('clicking the label still focuses its field; the "?" opens the explanation by click and by keyboard', async () => {
      const root = await fixture<HTMLElement>(labelled());
      await annotate(root, { glossary: immat });
      const [trigger] = await termsReady(root);
      const label = root.querySelector<HTMLLabelElement>('label[for="immat"]')!;
      label.click();
      expect(document.activeElement).to.equal(root.querySelector('#immat'));
      const button = trigger!.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
      button.click();
      await waitUntil(() => trigger!.hasAttribute('open'), 'the explanation never opened on click', { timeout: 5000 });
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !trigger!.hasAttribute('open'), 'Escape did not close it', { timeout: 5000 });
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => trigger!.hasAttribute('open'), 'the explanation never opened with Enter', { timeout: 5000 });
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !trigger!.hasAttribute('open'), 'Escape did not close it', { timeout: 5000 });
      expect(trigger!.shadowRoot!.activeElement, 'focus stays on the "?"').to.equal(button);
    });

    it('in the accessibility tree: the field and the label keep their names, the "?" is "Explication : numéro d’immatriculation", after the label', async () => {
      const root = await fixture<HTMLElement>(labelled());
      const before = flatten(await a11yTree('#lf'))
        .filter((n) => n.role === 'textbox')
        .map((n) => norm(n.name));
      await annotate(root, { glossary: immat });
      await termsReady(root);
      const tree = await a11yTree('#lf');
      expect(
        flatten(tree)
          .filter((n) => n.role === 'textbox')
          .map((n) => norm(n.name)),
      ).to.deep.equal(before);
      expect(before[0]).to.equal("Numéro d'immatriculation");
      const order = flatten(tree)
        .filter((n) => ['LabelText', 'button', 'textbox'].includes(n.role))
        .map((n) => (n.role === 'LabelText' ? `label: ${textOf(n)}` : `${n.role}: ${norm(n.name)}`));
      expect(order.slice(0, 3)).to.deep.equal([
        "label: Numéro d'immatriculation",
        "button: Explication : numéro d'immatriculation",
        "textbox: Numéro d'immatriculation",
      ]);
      const violations = await axeViolations(root);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      const box = root.querySelector('relais-term')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      expect(box.width, 'a target of 24 px at least').to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    });
  });
});
