import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RelaisSteps } from '../src/steps.js';
import { a11yTree, axeViolations, describeViolations, findAll, norm } from '../../../tests/helpers/a11y.js';
import { recordWarnings } from '../../../tests/helpers/help.js';
import { boxes, defineSteps, heading, items, openToggle, toggles, upgraded } from '../../../tests/helpers/steps.js';

// The citizen's journey through a real form (issue 15): the preset's off-line
// steps merged with the form's, a resume that never contradicts the page, and
// a checklist that lists each thing once and keeps its ticks.

const fallback = html`<p>Étapes de la démarche</p>`;
const CNI_KEY = 'relais:steps:v1:ants/cni/pre-demande';

/** A CNI pre-application form with its four on-line steps; `shown` is the one the form shows. */
async function cniForm(
  shown: string,
  options: { persist?: boolean; done?: string[]; ids?: string[] } = {},
): Promise<{ el: RelaisSteps; form: HTMLFormElement }> {
  const ids = options.ids ?? ['etat-civil', 'adresse', 'filiation', 'recapitulatif'];
  const titles = ['Votre état civil', 'Votre adresse', 'Vos parents', 'Vérifier et envoyer'];
  const container = await fixture<HTMLElement>(html`<div>
    ${
      options.persist
        ? html`<relais-steps for="cni" procedure="ants/cni/pre-demande">${fallback}</relais-steps>`
        : html`<relais-steps for="cni" procedure="ants/cni/pre-demande" no-persist>${fallback}</relais-steps>`
    }
    <form id="cni">
      ${ids.map(
        (id, i) =>
          html`<fieldset data-relais-step=${id} data-relais-state=${options.done?.includes(id) ? 'done' : ''} ?hidden=${id !== shown}>
            <legend>${titles[i]}</legend>
          </fieldset>`,
      )}
    </form>
  </div>`);
  const el = container.querySelector('relais-steps') as RelaisSteps;
  await upgraded(el);
  return { el, form: container.querySelector('form')! };
}

/** Each step of the list: its title and its state in words. */
const states = (el: RelaisSteps) => items(el).map((i) => norm(i.li.querySelector('.label, .go')?.textContent));

describe('<relais-steps for> with a procedure: the preset’s off-line steps merged with the form’s', () => {
  beforeEach(() => defineSteps());

  it('counts every step, off-line ones included, and shows them with their place in words', async () => {
    const { el } = await cniForm('etat-civil');
    // The form has 4 steps; the photo booth and the two town-hall visits make 7.
    expect(norm(heading(el)!.textContent)).to.equal('Étape 1 sur 7 : Votre état civil');
    // Keyboard: the list's button opens with Enter.
    toggles(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(el).length === 7, 'the list of 7 steps', { timeout: 5000 });
    expect(items(el).map((i) => i.li.querySelector('.title')!.textContent)).to.deep.equal([
      'Votre état civil',
      'Votre adresse',
      'Vos parents',
      'Vérifier et envoyer',
      "Faire une photo d'identité",
      'Déposer le dossier et donner vos empreintes',
      'Retirer la carte',
    ]);
    expect(norm(items(el)[4]!.li.querySelector('.where')!.textContent)).to.equal('À faire sur place : cabine agréée ou photographe');
    expect(norm(items(el)[5]!.li.querySelector('.where')!.textContent)).to.equal('À faire sur place : mairie');
    const tree = await a11yTree('relais-steps');
    expect(findAll(tree, 'listitem')).to.have.length(7);
    const violations = await axeViolations(el.parentElement!);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('warns once, naming the fix, for a step id the preset does not know, and shows that step where it stands', async () => {
    const warnings = recordWarnings();
    try {
      const { el, form } = await cniForm('etat-civl', { ids: ['etat-civl', 'adresse', 'filiation', 'recapitulatif'] });
      expect(norm(heading(el)!.textContent)).to.equal('Étape 1 sur 7 : Votre état civil');
      form.querySelector<HTMLElement>('[data-relais-step="etat-civl"]')!.hidden = true;
      form.querySelector<HTMLElement>('[data-relais-step="adresse"]')!.hidden = false;
      await waitUntil(() => el.current === 'adresse', 'the tracker at step 2', { timeout: 3000 });
      // The hint's code loads with the first warning.
      await waitUntil(() => warnings.calls.some((w) => w.includes('"etat-civl"')), 'the warning', { timeout: 3000 });
      const mine = warnings.calls.filter((w) => w.includes('"etat-civl"'));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('did you mean "etat-civil"?').and.contain('Fix:');
    } finally {
      warnings.restore();
    }
  });
});

describe('<relais-steps for>: a resume that never contradicts the page', () => {
  beforeEach(async () => {
    await defineSteps();
    localStorage.removeItem(CNI_KEY);
  });
  afterEach(() => localStorage.removeItem(CNI_KEY));

  const keep = (current: string, done: string[], errors: string[] = []) =>
    localStorage.setItem(CNI_KEY, JSON.stringify({ v: 1, at: Date.now(), current, done, errors, ticked: [] }));

  it('the form started over: the step it shows is current, and no step after it is done', async () => {
    keep('filiation', ['etat-civil', 'adresse']);
    const { el } = await cniForm('etat-civil', { persist: true });
    expect(norm(heading(el)!.textContent)).to.equal('Étape 1 sur 7 : Votre état civil');
    await openToggle(el, 'list');
    expect(states(el).filter((s) => s.endsWith('terminée'))).to.deep.equal([]);
  });

  it('the form resumed where this browser left off: what was kept is used (a step to correct stays to correct)', async () => {
    keep('filiation', ['etat-civil', 'adresse'], ['adresse']);
    const { el } = await cniForm('filiation', { persist: true });
    expect(norm(heading(el)!.textContent)).to.equal('Étape 3 sur 7 : Vos parents');
    await openToggle(el, 'list');
    expect(states(el).slice(0, 3)).to.deep.equal(['Votre état civil, terminée', 'Votre adresse, à corriger', 'Vos parents, en cours']);
  });

  it('the form resumed elsewhere than what was kept: the form wins', async () => {
    keep('recapitulatif', ['etat-civil', 'adresse', 'filiation'], ['adresse']);
    const { el } = await cniForm('adresse', { persist: true });
    expect(norm(heading(el)!.textContent)).to.equal('Étape 2 sur 7 : Votre adresse');
    await openToggle(el, 'list');
    expect(states(el).slice(0, 4)).to.deep.equal([
      'Votre état civil, terminée',
      'Votre adresse, en cours',
      'Vos parents, à faire',
      'Vérifier et envoyer, à faire',
    ]);
  });

  it('honours data-relais-state="done" from the form, even on a step after the current one', async () => {
    const { el } = await cniForm('etat-civil', { done: ['adresse', 'filiation'] });
    await openToggle(el, 'list');
    expect(states(el).slice(0, 4)).to.deep.equal([
      'Votre état civil, en cours',
      'Votre adresse, terminée',
      'Vos parents, terminée',
      'Vérifier et envoyer, à faire',
    ]);
  });
});

describe('<relais-steps> checklist: each thing once, ticks that stay, "3 sur 6 prêts"', () => {
  beforeEach(() => defineSteps());

  it('lists each thing to have at hand once, no registration number, counts what is ready, and keeps the ticks for the next step', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><relais-steps procedure="ants/carte-grise/changement-titulaire" current="vehicule" no-persist>${fallback}</relais-steps></div>`,
    );
    const el = container.querySelector('relais-steps') as RelaisSteps;
    await upgraded(el);
    await openToggle(el, 'docs');
    const texts = () => boxes(el).map((b) => norm(b.parentElement!.textContent));
    const ready = () => norm(el.shadowRoot!.querySelector('.ready')?.textContent);
    expect(texts()).to.deep.equal([
      'La carte grise barrée et signée par le vendeur',
      'Le code de cession donné par le vendeur',
      "Si le véhicule a plus de 4 ans : le contrôle technique de moins de 6 mois. Ou de moins de 2 mois s'il y a une contre-visite.",
      'Un justificatif de domicile de moins de 6 mois',
      'Votre permis de conduire',
      'Une carte bancaire',
    ]);
    expect(texts().filter((t) => /carte grise/i.test(t))).to.have.length(1);
    expect(ready()).to.equal('0 sur 6 prêt');
    // Three ticks with the keyboard.
    for (const i of [0, 1, 5]) {
      boxes(el)[i]!.focus();
      await sendKeys({ press: 'Space' });
    }
    await el.updateComplete;
    expect(ready()).to.equal('3 sur 6 prêts');
    // "Pour cette étape": the step's own documents, then those ticked before, still ticked.
    el.goTo('nouveau-titulaire');
    await el.updateComplete;
    expect(norm(el.shadowRoot!.querySelector('.docs .intro')?.textContent)).to.equal('Pour cette étape, ayez sous la main :');
    expect(boxes(el).map((b) => [norm(b.parentElement!.textContent), b.checked])).to.deep.equal([
      ['Un justificatif de domicile de moins de 6 mois', false],
      ['Votre permis de conduire', false],
      ['La carte grise barrée et signée par le vendeur', true],
      ['Le code de cession donné par le vendeur', true],
      ['Une carte bancaire', true],
    ]);
    expect(ready()).to.equal('3 sur 5 prêts');
    const tree = await a11yTree('relais-steps');
    expect(findAll(tree, 'checkbox', 'Une carte bancaire')[0]!.states['checked']).to.equal('true');
    // And back to the first step: the whole list again, with the same ticks.
    el.goTo('vehicule');
    await el.updateComplete;
    expect(ready()).to.equal('3 sur 6 prêts');
  });
});
