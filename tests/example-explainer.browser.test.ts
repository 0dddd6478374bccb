import { expect, fixture, html } from '@open-wc/testing';
import { annotate } from '../packages/explainer/src/annotate.js';
import './helpers/explainer.js';
import { a11yTree, axeViolations, describeViolations, flatten, norm } from './helpers/a11y.js';
import { openPage, PAGE, until } from './helpers/example.js';

// The carte-grise example with <relais-term>, <relais-explainer> and annotate()
// (examples/carte-grise/explain.js), loaded in an <iframe> with the single-file
// bundle, as a site would serve it.

/** The answers a citizen types, by field name. */
const answers: Record<string, string> = {
  immatriculation: 'AB-123-CD',
  numero_formule: '2013AB12345',
  date_cession: '2025-03-14',
  code_cession: 'K7P2X9Q4',
  ancien_nom: 'Durand',
  nom: 'Martin',
  prenom: 'Léa',
  adresse: '12 rue des Lilas',
  code_postal: '69003',
  commune: 'Lyon',
};

function fill(form: HTMLFormElement): void {
  for (const [name, value] of Object.entries(answers)) (form.elements.namedItem(name) as HTMLInputElement).value = value;
  (form.querySelector('#justificatif-oui') as HTMLInputElement).checked = true;
  (form.elements.namedItem('certification') as HTMLInputElement).checked = true;
}

describe('example page: terms, explainers and annotate()', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('wraps the right terms, the first use per step, never inside links, buttons, fields or tick-box labels', async () => {
    frame = await openPage();
    const doc = frame.contentDocument!;
    const form = doc.getElementById('demarche') as HTMLFormElement;
    await until(() => form.querySelectorAll('relais-term').length >= 5, 'annotate() in the page');
    const byStep = (step: string) =>
      [...form.querySelectorAll(`[data-relais-step="${step}"] relais-term`)].map((t) => [t.getAttribute('term'), norm(t.textContent)]);
    const vehicule = byStep('vehicule');
    expect(vehicule).to.deep.include.members([
      // Labels that are one whole term keep their words: the "?" follows them.
      ['numero-immatriculation', ''],
      ['numero-formule', ''],
      ['certificat-immatriculation', 'carte grise'],
      ['certificat-cession', 'certificat de cession'],
    ]);
    expect(byStep('ancien-titulaire')).to.deep.include(['code-cession', '']);
    expect(byStep('nouveau-titulaire')).to.deep.include(['justificatif-domicile', 'justificatif de domicile']);
    for (const step of ['vehicule', 'ancien-titulaire', 'nouveau-titulaire', 'recapitulatif']) {
      const ids = byStep(step).map(([id]) => id);
      expect(ids, `each term once in step ${step}`).to.deep.equal([...new Set(ids)]);
    }
    const wrongPlaces =
      'a relais-term, button relais-term, label[for="certification"] relais-term, label[for^="justificatif-"] relais-term, relais-term relais-term';
    expect(form.querySelectorAll(wrongPlaces)).to.have.length(0);
    // The words the page wrapped itself (intro) count too, and each wrapped word is a working term.
    expect(doc.querySelectorAll('.intro relais-term')).to.have.length(2);
    await until(() => [...doc.querySelectorAll('relais-term')].every((t) => t.shadowRoot?.querySelector('button')), 'every term upgraded');
  });

  it('leaves the fields named by their labels and what the form submits unchanged', async () => {
    frame = await openPage();
    const form = frame.contentDocument!.getElementById('demarche') as HTMLFormElement;
    await until(() => form.querySelectorAll('relais-term').length >= 5, 'annotate() in the page');
    // The same form, parsed from the page's HTML with no script at all.
    const plain = await pageForm();
    fill(form);
    fill(plain);
    expect([...new FormData(form)]).to.deep.equal([...new FormData(plain)]);

    // And in this page, where Chromium's accessibility tree can be read: annotate() the plain copy.
    const names = await fieldNames();
    const before = [...new FormData(plain)];
    const result = await annotate(plain);
    expect(result.wrapped).to.be.greaterThan(4);
    expect(plain.querySelector('label[for="numero_formule"] relais-term')).to.equal(null);
    expect(plain.querySelector('label[for="numero_formule"] + relais-term[term="numero-formule"]')).to.exist;
    expect([...new FormData(plain)]).to.deep.equal(before);
    expect(await fieldNames()).to.deep.equal(names);
    expect(names).to.include('textbox: Numéro de formule');
  });

  it("gives the fields their explainer's summary after their own hint", async () => {
    const form = await pageForm();
    const input = form.querySelector('#numero_formule')!;
    await until(() => input.getAttribute('aria-describedby')?.includes('relais-explainer-summary'), 'the explainer summary');
    const [hint, summary] = input.getAttribute('aria-describedby')!.split(' ');
    expect(hint).to.equal('numero_formule-aide');
    const words = (text: string | null | undefined) => norm(text).replace(/ ([.,;:!?)])/g, '$1');
    const box = await a11yTree('#numero_formule');
    expect(words(box.description)).to.equal(words(`${document.getElementById(hint!)!.textContent} ${document.getElementById(summary!)!.textContent}`));
    expect(norm(document.getElementById(summary!)!.textContent)).to.match(/^Le numéro de 11 caractères/);
  });

  it('passes axe once annotated, with the explainers in place', async () => {
    const form = await pageForm();
    await annotate(form);
    await until(() => [...form.querySelectorAll('relais-explainer, relais-term')].every((e) => e.shadowRoot?.querySelector('button')), 'the elements');
    const violations = await axeViolations(form);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});

/** The example's form, from its HTML (no script runs), placed in this page with every step shown. */
async function pageForm(): Promise<HTMLFormElement> {
  const source = new DOMParser().parseFromString(await (await fetch(PAGE)).text(), 'text/html');
  const form = document.importNode(source.getElementById('demarche')!, true) as HTMLFormElement;
  const container = await fixture<HTMLElement>(html`<main lang="fr"></main>`);
  container.append(form);
  return form;
}

/** The names of the form's fields in Chromium's accessibility tree. */
async function fieldNames(): Promise<string[]> {
  return flatten(await a11yTree('#demarche'))
    .filter((n) => ['textbox', 'radio', 'checkbox'].includes(n.role))
    .map((n) => `${n.role}: ${norm(n.name)}`);
}
