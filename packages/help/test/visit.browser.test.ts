import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { resetConfigStore } from '@relais/core';
import type { RelaisHelpPoints } from '../src/help-points.js';
import { SAMPLE_POINTS } from '../src/help-points.fixtures.js';
import { a11yTree, axeViolations, describeViolations, findAll, norm } from '../../../tests/helpers/a11y.js';
import { definePoints, renderPoints, search } from '../../../tests/helpers/points.js';
import { defineHelp, openHelp, renderHelp } from '../../../tests/helpers/help.js';

// The visit sheet ("Préparer ma visite", issue 15): what it says, how it is
// reached and left by keyboard, what a screen reader gets, printing on one A4
// page, 320 px and 400 % zoom, and that it holds and sends nothing personal.

const TUESDAY = new Date('2026-11-24T09:00:00Z');
const CARTE_GRISE = 'ants/carte-grise/changement-titulaire';
const finder = (procedure: string | undefined = CARTE_GRISE, step: string | undefined = 'vehicule') =>
  html`<relais-help-points points-src=${SAMPLE_POINTS} .procedure=${procedure} .step=${step} .now=${TUESDAY}></relais-help-points>`;

const sheet = (el: RelaisHelpPoints) => el.shadowRoot?.querySelector<HTMLElement>('[part="visit"]') ?? null;
/** The sheet's lines as read: headings, paragraphs, list items (hidden text for screen readers left out). */
function lines(el: RelaisHelpPoints): string[] {
  const root = sheet(el)!;
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  copy.querySelectorAll('br').forEach((n) => n.replaceWith(' '));
  return [...copy.querySelectorAll('.heading, p, li')].map((n) => norm(n.textContent)).filter(Boolean);
}

/** Searches 48000 and opens the sheet of the first place by keyboard (Enter on its button). */
async function openSheet(el: RelaisHelpPoints, index = 0): Promise<HTMLButtonElement> {
  await search(el, '48000');
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-visit="${index}"]`)!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => sheet(el), 'the visit sheet never opened', { timeout: 5000 });
  await el.updateComplete;
  // Focus goes to the sheet's title once it is rendered (a frame later, for screen readers).
  await waitUntil(() => el.shadowRoot!.activeElement?.id === 'visit-title', 'focus never reached the title', { timeout: 3000 });
  return button;
}

describe('the visit sheet of <relais-help-points>', () => {
  before(() => definePoints());
  afterEach(async () => {
    resetConfigStore();
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('says the place, its hours, the procedure and step with the help code, the papers to bring and what the médiateur does', async () => {
    const { el } = await renderPoints(finder());
    const opened = oneEvent(el, 'relais-visit-open');
    await search(el, '48000');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-visit="0"]')!.click();
    const event = await opened;
    // Only ids: the place's id in the points file, the procedure and the step. Never what was typed.
    expect(event.detail).to.deep.equal({ place: event.detail.place, procedure: CARTE_GRISE, step: 'vehicule' });
    expect(event.detail.place).to.match(/^[a-z]+-/);
    expect(JSON.stringify(event.detail)).not.to.contain('48000');
    await waitUntil(() => sheet(el), 'the sheet', { timeout: 5000 });
    const said = lines(el).map((l) => l.replace(/ \(heure de Paris\)$/, ''));
    expect(said.slice(0, 9)).to.deep.equal([
      'Préparer ma visite : Point numérique de la préfecture de la Lozère (exemple)',
      'Sur place, une personne vous aide gratuitement à faire votre démarche sur internet, avec vous.',
      'Le lieu',
      'Point numérique de la préfecture de la Lozère (exemple)',
      'Point numérique en préfecture',
      "2 rue des Exemples Hall d'accueil 48000 Mende",
      "Ouvert jusqu'à 12 h",
      "Aujourd'hui : 8 h 30 – 12 h, 13 h 30 – 16 h 30",
      'Horaires : du lundi au vendredi, 8 h 30 – 12 h, 13 h 30 – 16 h 30',
    ]);
    expect(said).to.include.members([
      'Appeler le 04 65 71 00 01',
      'Prendre rendez-vous en ligne',
      'Votre démarche',
      'Carte grise : changement de titulaire',
      'Étape où vous en êtes : Votre véhicule',
      "Code d'aide : 2A-28",
      'Papiers à apporter',
      '☐ La carte grise barrée et signée par le vendeur',
      '☐ Une carte bancaire',
      "Cette fiche ne contient rien sur vous. Rien n'a été envoyé.",
    ]);
    // Nothing that comes from the citizen's search: no distance from where they are.
    expect(said.join(' ')).not.to.match(/\d km/);
  });

  it("lists the tracker's checklist with its ticks when the page has a tracker for the procedure", async () => {
    await import('../../steps/src/relais-steps.js');
    const container = await fixture<HTMLElement>(html`<div>
      <relais-steps procedure=${CARTE_GRISE} current="vehicule" no-persist><p>Étapes</p></relais-steps>
      ${finder(undefined, undefined)}
    </div>`);
    const steps = container.querySelector('relais-steps')!;
    await waitUntil(() => steps.shadowRoot?.querySelector('[part="toggle"]'), 'the tracker', { timeout: 5000 });
    const toggle = steps.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toggle"]')[1]!;
    toggle.click();
    await waitUntil(() => steps.shadowRoot!.querySelectorAll('input[type="checkbox"]').length === 6, 'the checklist', { timeout: 5000 });
    steps.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[5]!.click();
    const el = container.querySelector('relais-help-points') as RelaisHelpPoints;
    await openSheet(el);
    const said = lines(el);
    expect(said).to.include('☑ Une carte bancaire (prêt)');
    expect(said).to.include('☐ Votre permis de conduire (à préparer)');
    // The procedure and step come from the tracker too.
    expect(said).to.include("Code d'aide : 2A-28");
  });

  it('keyboard: focus moves to its title; Escape and "Retour aux lieux" go back to the list, focus on the same button', async () => {
    const { el } = await renderPoints(finder());
    const button = await openSheet(el, 1);
    const title = el.shadowRoot!.querySelector('#visit-title');
    expect(el.shadowRoot!.activeElement).to.equal(title);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !sheet(el), 'Escape did not close the sheet', { timeout: 3000 });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-visit') === '1', 'focus back on the button', { timeout: 3000 });
    expect(norm(el.shadowRoot!.activeElement!.textContent)).to.equal(norm(button.textContent));
    // Tab order in the sheet: the links, then "Imprimer la fiche", then "Retour aux lieux".
    await openSheet(el, 1);
    const back = el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-visit') === '1', 'focus back after "Retour"', { timeout: 3000 });
  });

  it('in the accessibility tree: a named article, a heading, the code spelled, named buttons; "Préparer ma visite" names its place', async () => {
    const { el } = await renderPoints(finder());
    await search(el, '48000');
    const list = await a11yTree('relais-help-points');
    expect(findAll(list, 'button', /^Préparer ma visite\s+: Point numérique de la préfecture de la Lozère/)).to.have.length(1);
    await openSheet(el);
    const tree = await a11yTree('relais-help-points');
    expect(findAll(tree, 'article', /^Préparer ma visite\s+: Point numérique/)).to.have.length(1);
    const [title] = findAll(tree, 'heading', /^Préparer ma visite/);
    expect(title!.states['level']).to.equal(2);
    expect(findAll(tree, 'heading', 'Papiers à apporter')[0]!.states['level']).to.equal(3);
    expect(findAll(tree, 'StaticText', "Code d'aide : 2, A, 2, 8")).to.have.length(1);
    expect(findAll(tree, 'button').map((b) => norm(b.name))).to.deep.equal(['Imprimer la fiche', 'Retour aux lieux']);
    const violations = await axeViolations(el);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('prints alone on one A4 page: the print media hides the buttons and fits 186 × 273 mm; "Imprimer" prints a copy in a frame of its own', async () => {
    const { container, el } = await renderPoints(finder(), 'width: 186mm');
    await openSheet(el);
    await emulateMedia({ media: 'print' });
    const box = sheet(el)!.getBoundingClientRect();
    const mm = 96 / 25.4;
    expect(box.height / mm, 'height in mm').to.be.at.most(273);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.buttons')!).display).to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.screen-only')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    // "Imprimer la fiche": the sheet alone, in a frame inside the element, with its A4 page rule.
    const before = performance.getEntriesByType('resource').length;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.buttons .primary')!.click();
    const frame = await waitUntil(() => el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.print-frame'), 'the print frame', { timeout: 3000 }).then(() =>
      el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.print-frame')!,
    );
    const doc = frame.contentDocument!;
    expect(norm(doc.body.textContent)).to.contain('Préparer ma visite : Point numérique de la préfecture de la Lozère');
    expect(doc.querySelector('button')).to.equal(null);
    expect(doc.documentElement.lang).to.equal('fr');
    const rules = [...doc.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    expect(
      rules.some((r) => /^@page/.test(r) && /size: a4/i.test(r)),
      rules.join('\n').slice(0, 200),
    ).to.equal(true);
    // Printed at A4 width, the copy fits one page too.
    frame.style.cssText = 'position: static; width: 186mm; height: 400mm';
    await emulateMedia({ media: 'print' });
    expect(doc.querySelector('.sheet')!.getBoundingClientRect().height / mm, 'printed copy height in mm').to.be.at.most(273);
    // Nothing was fetched to open or print it (no request, the page's data only).
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => e.name);
    expect(fetched.filter((name) => !/\.(js|ts)(\?|$)/.test(name))).to.deep.equal([]);
    container.remove();
  });

  it('reflows at 320 px and at 400 % zoom (a 320 px viewport at 4 device pixels) with nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await renderPoints(finder(), 'width: 100%');
    await openSheet(el);
    const root = sheet(el)!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    for (const node of root.querySelectorAll<HTMLElement>('p, li, button, a, .heading')) {
      const r = node.getBoundingClientRect();
      expect(r.right, norm(node.textContent).slice(0, 40)).to.be.at.most(320.5);
    }
    for (const button of root.querySelectorAll('button')) expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('in easy-to-read French and in English', async () => {
    const { el } = await renderPoints(
      html`<relais-help-points easy points-src=${SAMPLE_POINTS} .procedure=${CARTE_GRISE} .now=${TUESDAY}></relais-help-points>`,
    );
    await openSheet(el);
    expect(lines(el)[1]).to.equal("Là-bas, une personne vous aide. Elle fait la démarche sur internet avec vous. C'est gratuit.");
    const english = await fixture<HTMLElement>(html`<div lang="en">${finder()}</div>`);
    const en = english.querySelector('relais-help-points') as RelaisHelpPoints;
    await waitUntil(() => en.shadowRoot?.querySelector('[part="phone"]'), 'the English finder', { timeout: 5000 });
    await openSheet(en);
    expect(lines(en)).to.include.members(['Papers to bring', 'Help code: 2A-28', 'This sheet holds nothing about you. Nothing was sent.']);
  });
});

describe('the visit sheet from the help panel', () => {
  before(async () => {
    await definePoints();
    await defineHelp();
  });

  it('is for the help code’s procedure and step, titled under the panel’s headings; Escape closes the sheet, not the dialog', async () => {
    const { el } = await renderHelp(
      html`<relais-help variant="floating" procedure=${CARTE_GRISE} step="ancien-titulaire" points-src=${SAMPLE_POINTS} .now=${TUESDAY}
        ><a href="tel:3400">34 00</a></relais-help
      >`,
    );
    await openHelp(el);
    const finderEl = await waitUntil(() => el.shadowRoot!.querySelector('relais-help-points'), 'the finder in the panel', { timeout: 5000 }).then(
      () => el.shadowRoot!.querySelector('relais-help-points') as RelaisHelpPoints,
    );
    await waitUntil(() => finderEl.shadowRoot?.querySelector('[part="input"]'), 'the finder ready', { timeout: 5000 });
    await openSheet(finderEl);
    expect(lines(finderEl)).to.include.members(["Étape où vous en êtes : L'ancien propriétaire", "Code d'aide : 2A-36"]);
    // Read from the finder inside the modal dialog (the dialog sits in the top layer).
    const tree = await a11yTree('relais-help-points');
    expect(findAll(tree, 'heading', /^Préparer ma visite/)[0]!.states['level']).to.equal(4);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !sheet(finderEl), 'the sheet closed', { timeout: 3000 });
    expect(el.open, 'the dialog stays open').to.equal(true);
  });
});
