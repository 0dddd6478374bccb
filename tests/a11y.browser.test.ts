import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import * as helpSet from '../packages/help/src/help.fixtures.js';
import * as pointsSet from '../packages/help/src/help-points.fixtures.js';
import * as stepsSet from '../packages/steps/src/steps.fixtures.js';
import * as termSet from '../packages/explainer/src/term.fixtures.js';
import * as explainerSet from '../packages/explainer/src/explainer.fixtures.js';
import '../packages/help/src/relais-help.js';
import '../packages/help/src/relais-help-points.js';
import '../packages/steps/src/relais-steps.js';
import '../packages/explainer/src/relais-term.js';
import '../packages/explainer/src/relais-explainer.js';
import { clockOf } from '../packages/core/src/fixture.js';
import { a11yTree, axeViolations, norm, spoken } from './helpers/a11y.js';
import { axeViolationsForcedColors } from './helpers/forced-colors.js';
import type { AXNode } from './helpers/a11y.js';
import { interactiveNodes, panel, upgraded } from './helpers/help.js';
import { explainerPanel, openExplainer, openTerm, render, tip } from './helpers/explainer.js';
import { showFixture, sweep } from './helpers/sweep.js';

const helpFixtures = helpSet.fixtures;
const termFixtures = termSet.fixtures;
const explainerFixtures = explainerSet.fixtures;
const stepsFixtures = stepsSet.fixtures;
const helpPointsFixtures = pointsSet.fixtures;

/** Operable nodes with no name (what a screen reader would call "button" and nothing else). */
function unnamed(tree: AXNode): AXNode[] {
  return interactiveNodes(tree).filter((n) => norm(n.name) === '');
}

// axe (WCAG 2.0–2.2 A/AA, RGAA 4, best practice) on every named example, in each
// colour mode a citizen may use.
describe('axe sweep over every <relais-help> fixture', () => {
  it('has fixtures to sweep, open and closed, floating and dark', () => {
    expect(helpFixtures.length).to.be.greaterThan(5);
    expect(helpFixtures.some((f) => !f.play)).to.equal(true);
    expect(helpFixtures.some((f) => f.dark)).to.equal(true);
    expect(helpFixtures.some((f) => f.name.includes('floating'))).to.equal(true);
  });

  sweep(helpSet.fixtureSet, { surface: (container, f) => (f.open ? panel(container.querySelector('relais-help')!) : null) });

  it('catches a broken fixture (control): a nameless button and a link to nowhere', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <relais-help .now=${clockOf(helpFixtures[0]!)}><a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a></relais-help>
      <button type="button"></button>
      <button type="button" aria-expanded="maybe">Ouvrir</button>
    </div>`);
    await upgraded(container.querySelector('relais-help')!);
    const ids = (await axeViolations(container)).map((v) => v.id);
    expect(ids).to.include('button-name');
    expect(ids).to.include('aria-valid-attr-value');
  });

  it('still catches real low contrast in forced colours (control)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const container = await fixture<HTMLElement>(html`<div style="color-scheme: dark">
      <p style="forced-color-adjust: none; color: #eeeeee; background: #ffffff">Texte pâle</p>
    </div>`);
    const ids = (await axeViolationsForcedColors(container)).map((v) => v.id);
    expect(ids).to.include('color-contrast');
  });
});

// Every button and link in every open panel has a name in Chromium's
// accessibility tree, and every one the DOM has is there.
describe('names of everything operable in the open panels', () => {
  for (const f of helpFixtures.filter((fx) => fx.open)) {
    it(`${f.name}: every button and link has a name`, async () => {
      const el = (await showFixture(helpSet.fixtureSet, f)).querySelector('relais-help')!;
      const tree = await a11yTree('[part="panel"]');
      const operable = interactiveNodes(tree);
      const inDom = panel(el)!.querySelectorAll('a[href], button, input, select, textarea');
      expect(operable.length, spoken(tree).join('\n')).to.equal(inDom.length);
      expect(operable.length).to.be.greaterThan(1);
      expect(unnamed(tree), spoken(tree).join('\n')).to.deep.equal([]);
    });
  }

  it('catches a nameless link (control)', async () => {
    await fixture(html`<div part="panel">
      <a href="tel:3400"><svg aria-hidden="true" width="24" height="24"></svg></a>
      <button type="button">Copier le code</button>
    </div>`);
    const tree = await a11yTree('[part="panel"]');
    expect(interactiveNodes(tree)).to.have.length(2);
    expect(unnamed(tree).map((n) => n.role)).to.deep.equal(['link']);
  });
});

// <relais-term> and <relais-explainer>: every named example, closed and open,
// in each colour mode a citizen may use.
describe('axe sweep over every <relais-term> and <relais-explainer> fixture', () => {
  it('has fixtures to sweep, open and closed, dark and English, for both elements', () => {
    for (const list of [termFixtures, explainerFixtures]) {
      expect(list.some((f) => f.open)).to.equal(true);
      expect(list.some((f) => !f.open)).to.equal(true);
      expect(list.some((f) => f.dark)).to.equal(true);
      expect(list.some((f) => f.name === 'english')).to.equal(true);
    }
  });

  describe('<relais-term>', () => {
    sweep(termSet.fixtureSet, { inText: true, surface: (container, f) => (f.open ? tip(container.querySelector('relais-term')!) : null) });
  });
  describe('<relais-explainer>', () => {
    sweep(explainerSet.fixtureSet, { inText: true, surface: (container, f) => (f.open ? explainerPanel(container.querySelector('relais-explainer')!) : null) });
  });

  it('catches a broken explanation (control): an image without alt and a toggle that controls nothing', async () => {
    const container = await render(html`<div>
      <button type="button" aria-expanded="true" aria-controls="nowhere">Qu'est-ce que c'est ?</button>
      <img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E" />
    </div>`);
    const ids = (await axeViolations(container)).map((v) => v.id);
    expect(ids).to.include('image-alt');
    expect(ids).to.include('aria-valid-attr-value');
  });

  it("the fixtures' play opens the parts the sweep checks", async () => {
    const term = termFixtures.find((f) => f.open)!;
    const el = (await showFixture(termSet.fixtureSet, term)).querySelector('relais-term')!;
    expect(el.open).to.equal(true);
    expect(await openTerm(el)).to.equal(tip(el));
    const explainer = explainerFixtures.find((f) => f.open)!;
    const ex = (await showFixture(explainerSet.fixtureSet, explainer)).querySelector('relais-explainer')!;
    expect(ex.open).to.equal(true);
    expect(await openExplainer(ex)).to.equal(explainerPanel(ex));
  });
});

// <relais-steps>: every named example (first, middle, last step, with an error,
// with off-line steps, compact, vertical, dark…), opened as it says, in each
// colour mode a citizen may use.
describe('axe sweep over every <relais-steps> fixture', () => {
  it('has fixtures to sweep: first, middle, last, error, off line, compact, vertical, dark', () => {
    const names = stepsFixtures.map((f) => f.name);
    expect(names).to.include.members(['first', 'middle', 'last', 'error', 'offline', 'compact', 'compact-closed', 'vertical', 'dark']);
  });

  sweep(stepsSet.fixtureSet, { surface: (container) => container.querySelector('relais-steps')!.shadowRoot!.querySelector('[part="base"]') });

  it('catches a broken tracker (control): a list with a stray child, a checkbox with no name', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <ol><li aria-current="step">Paiement, en cours</li><div>Retrait</div></ol>
      <input type="checkbox" />
    </div>`);
    const ids = (await axeViolations(container)).map((v) => v.id);
    expect(ids).to.include('list');
    expect(ids).to.include('label');
  });
});

describe('axe sweep over every <relais-help-points> fixture', () => {
  it('has fixtures to sweep: ready, results, itinerant, overseas, ambiguous, unknown, location, refused, no points, broken data, dark', () => {
    const names = helpPointsFixtures.map((f) => f.name);
    expect(names).to.include.members([
      'ready',
      'results',
      'itinerant',
      'overseas',
      'ambiguous',
      'unknown',
      'location',
      'location-denied',
      'location-timeout',
      'far-away',
      'no-points',
      'data-error',
      'dark',
    ]);
  });

  sweep(pointsSet.fixtureSet, {
    surface: (container, f) => (f.search ? container.querySelector('relais-help-points')!.shadowRoot!.querySelector('[part="results"] > li') : null),
  });
});
