import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { helpFixtures } from '../packages/help/src/help.fixtures.js';
import type { HelpFixture } from '../packages/help/src/help.fixtures.js';
import type { RelaisHelp } from '../packages/help/src/help.js';
import '../packages/help/src/relais-help.js';
import { a11yTree, axeViolations, describeViolations, norm, spoken } from './helpers/a11y.js';
import { axeViolationsForcedColors } from './helpers/forced-colors.js';
import type { AXNode } from './helpers/a11y.js';
import { interactiveNodes, luminance, openHelp, panel, renderHelp, upgraded } from './helpers/help.js';
import { explainerFixtures } from '../packages/explainer/src/explainer.fixtures.js';
import { termFixtures } from '../packages/explainer/src/term.fixtures.js';
import { explainerPanel, explainersReady, openExplainer, openTerm, render, termsReady, tip } from './helpers/explainer.js';
import { stepsFixtures } from '../packages/steps/src/steps.fixtures.js';
import { defineSteps, showFixture as showSteps } from './helpers/steps.js';
import { helpPointsFixtures } from '../packages/help/src/help-points.fixtures.js';
import { act as actPoints, definePoints, renderPoints } from './helpers/points.js';

/** Renders a fixture as stories show it (dark wrapper, opened) and returns its container and element. */
async function show(f: HelpFixture, scheme = ''): Promise<{ container: HTMLElement; el: RelaisHelp }> {
  const style = f.dark ? 'color-scheme: dark' : scheme ? `color-scheme: ${scheme}` : '';
  const rendered = await renderHelp(f.render(new Date(f.now!)), style);
  if (f.open) await openHelp(rendered.el);
  return rendered;
}

/** Operable nodes with no name (what a screen reader would call "button" and nothing else). */
function unnamed(tree: AXNode): AXNode[] {
  return interactiveNodes(tree).filter((n) => norm(n.name) === '');
}

const modes = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const }, scheme: '' },
  // The page declares both schemes, so the emulated dark preference does switch the palette.
  { name: 'prefers dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const }, scheme: 'light dark' },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const }, scheme: '' },
];

// axe (WCAG 2.0–2.2 A/AA, RGAA 4, best practice) on every named example, in each
// colour mode a citizen may use.
describe('axe sweep over every <relais-help> fixture', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  it('has fixtures to sweep, open and closed, floating and dark', () => {
    expect(helpFixtures.length).to.be.greaterThan(5);
    expect(helpFixtures.some((f) => !f.open)).to.equal(true);
    expect(helpFixtures.some((f) => f.dark)).to.equal(true);
    expect(helpFixtures.some((f) => f.name.includes('floating'))).to.equal(true);
  });

  for (const mode of modes) {
    describe(mode.name, () => {
      for (const f of helpFixtures) {
        it(`${f.name}: no violations`, async () => {
          await emulateMedia(mode.media);
          const { container, el } = await show(f, mode.scheme);
          if (mode.name === 'prefers dark' && f.open) {
            // The pass checks what it says: the panel really is dark.
            expect(luminance(getComputedStyle(panel(el)!).backgroundColor)).to.be.below(0.2);
          }
          // In forced colours, axe misreads the text colour (see helpers/forced-colors.ts).
          const violations = mode.media.forcedColors === 'active' ? await axeViolationsForcedColors(container) : await axeViolations(container);
          expect(violations, `${f.name} (${mode.name}):\n${describeViolations(violations)}`).to.deep.equal([]);
        });
      }
    });
  }

  it('catches a broken fixture (control): a nameless button and a link to nowhere', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <relais-help .now=${new Date(helpFixtures[0]!.now!)}><a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a></relais-help>
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
      const { el } = await show(f);
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
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  /** Renders a fixture, waits until it is ready, opens it if it says so; returns the open part (or null). */
  const cases = [
    ...termFixtures
      .filter((f) => !f.hidden)
      .map((f) => ({
        name: `<relais-term> ${f.name}`,
        f,
        show: async (container: HTMLElement) => {
          const [el] = await termsReady(container);
          return f.open ? openTerm(el!) : null;
        },
      })),
    ...explainerFixtures
      .filter((f) => !f.hidden)
      .map((f) => ({
        name: `<relais-explainer> ${f.name}`,
        f,
        show: async (container: HTMLElement) => {
          const [el] = await explainersReady(container);
          return f.open ? openExplainer(el!) : null;
        },
      })),
  ];

  it('has fixtures to sweep, open and closed, dark and English, for both elements', () => {
    for (const list of [termFixtures, explainerFixtures]) {
      expect(list.some((f) => f.open)).to.equal(true);
      expect(list.some((f) => !f.open)).to.equal(true);
      expect(list.some((f) => f.dark)).to.equal(true);
      expect(list.some((f) => f.name === 'english')).to.equal(true);
    }
  });

  for (const mode of modes) {
    describe(mode.name, () => {
      for (const c of cases) {
        it(`${c.name}: no violations`, async () => {
          await emulateMedia(mode.media);
          const scheme = c.f.dark ? 'dark' : mode.scheme;
          // These elements sit in the page's text: the page paints its own background, as a dark page does.
          const container = await render(c.f.render(), scheme ? `color-scheme: ${scheme}; background: Canvas; color: CanvasText` : '');
          const open = await c.show(container);
          if (mode.name === 'prefers dark' && open) {
            // The pass checks what it says: the open part really is dark.
            expect(luminance(getComputedStyle(open).backgroundColor)).to.be.below(0.2);
          }
          const violations = mode.media.forcedColors === 'active' ? await axeViolationsForcedColors(container) : await axeViolations(container);
          expect(violations, `${c.name} (${mode.name}):\n${describeViolations(violations)}`).to.deep.equal([]);
        });
      }
    });
  }

  it('catches a broken explanation (control): an image without alt and a toggle that controls nothing', async () => {
    const container = await render(html`<div>
      <button type="button" aria-expanded="true" aria-controls="nowhere">Qu'est-ce que c'est ?</button>
      <img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E" />
    </div>`);
    const ids = (await axeViolations(container)).map((v) => v.id);
    expect(ids).to.include('image-alt');
    expect(ids).to.include('aria-valid-attr-value');
  });

  it('the helpers reach the open parts they sweep', async () => {
    const term = termFixtures.find((f) => f.open)!;
    const container = await render(term.render());
    const [el] = await termsReady(container);
    expect(await openTerm(el!)).to.equal(tip(el!));
    const explainer = explainerFixtures.find((f) => f.open)!;
    const other = await render(explainer.render());
    const [ex] = await explainersReady(other);
    expect(await openExplainer(ex!)).to.equal(explainerPanel(ex!));
  });
});

// <relais-steps>: every named example (first, middle, last step, with an error,
// with off-line steps, compact, vertical, dark…), opened as it says, in each
// colour mode a citizen may use.
describe('axe sweep over every <relais-steps> fixture', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  it('has fixtures to sweep: first, middle, last, error, off line, compact, vertical, dark', () => {
    const names = stepsFixtures.map((f) => f.name);
    expect(names).to.include.members(['first', 'middle', 'last', 'error', 'offline', 'compact', 'compact-closed', 'vertical', 'dark']);
  });

  for (const mode of modes) {
    describe(mode.name, () => {
      for (const f of stepsFixtures) {
        it(`${f.name}: no violations`, async () => {
          await defineSteps();
          await emulateMedia(mode.media);
          const { container, el } = await showSteps(f, mode.scheme);
          if ((mode.name === 'prefers dark' || f.dark) && mode.media.forcedColors !== 'active') {
            // The pass checks what it says: the tracker really is dark.
            expect(luminance(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor)).to.be.below(0.2);
          }
          const violations = mode.media.forcedColors === 'active' ? await axeViolationsForcedColors(container) : await axeViolations(container);
          expect(violations, `${f.name} (${mode.name}):\n${describeViolations(violations)}`).to.deep.equal([]);
        });
      }
    });
  }

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
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

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

  for (const mode of modes) {
    describe(mode.name, () => {
      for (const f of helpPointsFixtures) {
        it(`${f.name}: no violations`, async () => {
          await definePoints();
          await emulateMedia(mode.media);
          const style = f.dark ? 'color-scheme: dark' : mode.scheme ? `color-scheme: ${mode.scheme}` : '';
          const { container, el } = await renderPoints(f.render(new Date(f.now!)), style);
          await actPoints(el, f);
          if ((mode.name === 'prefers dark' || f.dark) && mode.media.forcedColors !== 'active' && f.search) {
            // The pass checks what it says: the places really are on a dark surface.
            const place = el.shadowRoot!.querySelector('[part="results"] > li');
            if (place) expect(luminance(getComputedStyle(place).backgroundColor)).to.be.below(0.2);
          }
          const violations = mode.media.forcedColors === 'active' ? await axeViolationsForcedColors(container) : await axeViolations(container);
          expect(violations, `${f.name} (${mode.name}):\n${describeViolations(violations)}`).to.deep.equal([]);
        });
      }
    });
  }
});
