import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { resetConfigStore } from '@relais/core';
import { helpCode } from '@relais/sdk';
import type { StepConfig } from '@relais/sdk';
import type { RelaisSteps } from '../src/steps.js';
import { fiveSteps, fixtures as stepsFixtures } from '../src/steps.fixtures.js';
import { a11yTree, findAll, flatten, norm, spoken } from '../../../tests/helpers/a11y.js';
import type { AXNode } from '../../../tests/helpers/a11y.js';
import { defineHelp, luminance, openHelp, recordErrors, recordWarnings, shownCode } from '../../../tests/helpers/help.js';
import type { RelaisHelp } from '../../help/src/help.js';
import {
  boxes,
  defineSteps,
  hasBox,
  heading,
  items,
  list,
  openToggle,
  recordAnnouncements,
  renderSteps,
  showFixture,
  toggles,
  upgraded,
} from '../../../tests/helpers/steps.js';

const fallback = html`<p>Étapes de la démarche</p>`;
const five = (current: string, extra = '') =>
  extra === 'navigable'
    ? html`<relais-steps .steps=${fiveSteps} current=${current} navigable no-persist>${fallback}</relais-steps>`
    : html`<relais-steps .steps=${fiveSteps} current=${current} no-persist>${fallback}</relais-steps>`;
const STATE_WORDS = /(terminée|en cours|à faire|à corriger|facultative)$/;

/** The text a screen reader meets inside a node, in order (names of text nodes). */
function textOf(node: AXNode): string {
  return norm(
    flatten(node)
      .filter((n) => n.role === 'StaticText')
      .map((n) => n.name)
      .join(' '),
  );
}

/** The list items of an AX tree, each with the text read in it. */
function axItems(tree: AXNode): { node: AXNode; text: string }[] {
  return findAll(tree, 'listitem').map((node) => ({ node, text: textOf(node) }));
}

/** The items marked current: `aria-current="step"` in the DOM. */
function currentItems(root: ParentNode): Element[] {
  return [...root.querySelectorAll('li[aria-current]')].filter((li) => li.getAttribute('aria-current') === 'step');
}

/** Waits for the next animation frames and timers, so a pending announcement is written. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// These run first, before this page registers the element.
describe('<relais-steps> before it is defined: fallback and room', () => {
  it('shows its fallback, and the documented rule holds the room it will take, so nothing below moves', async () => {
    expect(customElements.get('relais-steps'), 'this test must run before the element is registered').to.equal(undefined);
    const container = await fixture<HTMLElement>(html`<div style="width: 44rem">
      <style>
        .with-rule relais-steps:not(:defined) { display: flow-root; min-height: 11.5rem; }
        .with-rule relais-steps[variant='compact']:not(:defined) { min-height: 3.5rem; }
      </style>
      <div class="with-rule">
        <relais-steps procedure="ants/carte-grise/changement-titulaire" current="ancien-titulaire" no-persist>${fallback}</relais-steps>
        <p id="below-full">Formulaire</p>
        <relais-steps variant="compact" procedure="ants/carte-grise/changement-titulaire" current="ancien-titulaire" no-persist>${fallback}</relais-steps>
        <p id="below-compact">Formulaire</p>
      </div>
      <div class="without-rule">
        <relais-steps procedure="ants/carte-grise/changement-titulaire" no-persist></relais-steps>
        <p id="below-control">Formulaire</p>
      </div>
    </div>`);
    const top = (id: string) => container.querySelector(`#${id}`)!.getBoundingClientRect().top;
    const fallbackText = container.querySelector('relais-steps p')!;
    expect(hasBox(fallbackText)).to.equal(true);
    const before = ['below-full', 'below-compact', 'below-control'].map(top);
    await defineSteps();
    for (const el of container.querySelectorAll<RelaisSteps>('relais-steps')) await upgraded(el);
    const after = ['below-full', 'below-compact', 'below-control'].map(top);
    expect(after[0], 'the form under the full tracker').to.be.closeTo(before[0]!, 0.5);
    expect(after[1], 'the form under the compact tracker').to.be.closeTo(before[1]!, 0.5);
    // Control: without the rule (and without fallback content) the page does move.
    expect(Math.abs(after[2]! - before[2]!)).to.be.greaterThan(50);
    expect(hasBox(fallbackText), 'the fallback is replaced').to.equal(false);
  });
});

describe('<relais-steps> heading, next step, time left, bar', () => {
  beforeEach(() => defineSteps());

  it('says where the citizen is in one phrase, as one heading of level 2', async () => {
    const { el } = await renderSteps(five('justificatifs'));
    const tree = await a11yTree('relais-steps');
    const headings = findAll(tree, 'heading');
    expect(headings.map((h) => norm(h.name))).to.deep.equal(['Étape 2 sur 5 : Vos justificatifs']);
    expect(headings[0]!.states['level']).to.equal(2);
    // One text run (no nested spans for a screen reader to stumble on).
    expect(headings[0]!.children.map((c) => c.role)).to.deep.equal(['StaticText']);
    expect([...heading(el)!.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).map((n) => n.nodeType)).to.deep.equal([Node.TEXT_NODE]);
    expect(heading(el)!.getAttribute('tabindex')).to.equal('-1');
  });

  it('takes the heading level from heading-level, within 1 to 6', async () => {
    const { el } = await renderSteps(html`<relais-steps .steps=${fiveSteps} heading-level="3" no-persist>${fallback}</relais-steps>`);
    expect(findAll(await a11yTree('relais-steps'), 'heading')[0]!.states['level']).to.equal(3);
    el.headingLevel = 12;
    await el.updateComplete;
    expect(heading(el)!.getAttribute('aria-level')).to.equal('6');
  });

  it('names the next step, and says the time left', async () => {
    const { el } = await renderSteps(five('justificatifs'));
    const said = spoken(await a11yTree('relais-steps'));
    expect(said).to.include('StaticText: Étape suivante : Paiement');
    expect(said).to.include('StaticText: Temps restant à prévoir : environ 38 min');
    expect(norm(el.shadowRoot!.querySelector('[part="next"]')!.textContent)).to.equal('Étape suivante : Paiement');
  });

  it('has no "next step" on the last step', async () => {
    const { el } = await renderSteps(five('retrait'));
    const text = norm(el.shadowRoot!.querySelector('[part="base"]')!.textContent);
    expect(norm(heading(el)!.textContent)).to.equal('Étape 5 sur 5 : Retrait du titre');
    expect(text).not.to.contain('Étape suivante');
    expect(text).to.contain("C'est la dernière étape.");
    el.complete('retrait');
    await el.updateComplete;
    expect(norm(el.shadowRoot!.querySelector('[part="next"]')!.textContent)).to.equal('Toutes les étapes sont terminées.');
  });

  it('hides the progress bar from assistive technology (the text says it)', async () => {
    const { el } = await renderSteps(five('justificatifs'));
    const bar = el.shadowRoot!.querySelector('[part="bar"]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(bar.children).to.have.length(5);
    expect([...bar.children].map((s) => s.className)).to.deep.equal(['done', 'current', 'todo', 'todo', 'todo']);
    expect(hasBox(bar)).to.equal(true);
    expect((await a11yTree('[part="bar"]')).role).to.equal('none');
    const roles = flatten(await a11yTree('relais-steps')).map((n) => n.role);
    expect(roles).not.to.include('progressbar');
  });

  it('uses the procedure preset in the page language', async () => {
    const { el } = await renderSteps(
      html`<div lang="en"><relais-steps procedure="ants/permis/inscription" current="photo-signature" no-persist>${fallback}</relais-steps></div>`,
    );
    expect(norm(heading(el)!.textContent)).to.equal('Step 4 of 7: Photo and signature');
    expect(norm(el.shadowRoot!.querySelector('[part="next"]')!.textContent)).to.equal('Next step: Your documents');
  });
});

describe('<relais-steps> every step, in a disclosure', () => {
  beforeEach(() => defineSteps());

  it('opens and closes by keyboard: Tab, Enter, Space; the list is an ol with one li per step', async () => {
    const { el } = await renderSteps(html`<button id="before" type="button">Avant</button>${five('justificatifs')}`);
    (el.previousElementSibling as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const [showAll, docs] = toggles(el);
    expect(el.shadowRoot!.activeElement).to.equal(showAll);
    expect(norm(showAll!.textContent)).to.equal('Voir toutes les étapes');
    expect(showAll!.getAttribute('aria-expanded')).to.equal('false');
    expect(findAll(await a11yTree('relais-steps'), 'list'), 'no list while closed').to.have.length(0);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => hasBox(list(el)), 'the list never showed', { timeout: 5000 });
    expect(showAll!.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.getElementById(showAll!.getAttribute('aria-controls')!)!.contains(list(el))).to.equal(true);
    expect(list(el)!.querySelectorAll(':scope > li')).to.have.length(5);
    const tree = await a11yTree('relais-steps');
    expect(findAll(tree, 'list')).to.have.length(1);
    expect(axItems(tree)).to.have.length(5);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(showAll!.getAttribute('aria-expanded')).to.equal('false');
    expect(hasBox(list(el))).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(showAll);

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(docs);
    expect(norm(docs!.textContent)).to.equal('À préparer (2)');
  });

  it('writes each state in words, marks exactly one step aria-current="step", and says where off-line steps happen', async () => {
    const withError = fiveSteps.map((s) => (s.id === 'justificatifs' ? { ...s, state: 'error' as const } : s));
    const { el } = await renderSteps(html`<relais-steps .steps=${withError} current="paiement" no-persist>${fallback}</relais-steps>`);
    await openToggle(el, 'list');
    const read = axItems(await a11yTree('relais-steps'));
    expect(read.map((i) => i.text)).to.deep.equal([
      'Vos coordonnées , terminée',
      'Vos justificatifs , à corriger',
      'Paiement , en cours',
      'Rendez-vous en mairie , à faire À faire sur place : mairie',
      'Retrait du titre , à faire À faire sur place : mairie La mairie vous prévient quand il est prêt.',
    ]);
    expect(currentItems(list(el)!).map((li) => norm(li.querySelector('.title')!.textContent))).to.deep.equal(['Paiement']);
    // Every item's state is there in words, not only as a colour.
    for (const { text } of read) expect(text.split(' À faire sur place')[0]).to.match(STATE_WORDS);
  });

  it('catches a broken list (control): two current steps, and a state shown by colour alone', async () => {
    const broken = await fixture<HTMLElement>(html`<ol>
      <li aria-current="step"><span style="color: green">Vos coordonnées</span></li>
      <li aria-current="step">Paiement, en cours</li>
    </ol>`);
    expect(currentItems(broken)).to.have.length(2);
    const read = axItems(await a11yTree('ol'));
    expect(read.filter(({ text }) => !STATE_WORDS.test(text)).map(({ text }) => text)).to.deep.equal(['Vos coordonnées']);
  });

  it('says "facultative" for an optional step still to do', async () => {
    const { el } = await renderSteps(html`<relais-steps procedure="ants/cni/pre-demande" current="photo" no-persist>${fallback}</relais-steps>`);
    await openToggle(el, 'list');
    const timbre = items(el).find((i) => i.text.includes('timbre'))!;
    expect(timbre.text).to.contain('Acheter le timbre fiscal, facultative');
    // Being at a step means the steps before it are done.
    expect(
      items(el)
        .slice(0, 6)
        .every((i) => i.text.includes('terminée')),
    ).to.equal(true);
  });

  it('compact: one line while closed, and no empty list for screen readers; the whole detail when open', async () => {
    const { el } = await renderSteps(
      html`<relais-steps variant="compact" procedure="ants/permis/renouvellement" current="justificatifs" no-persist>${fallback}</relais-steps>`,
    );
    // Wait for the list's code, so a hidden-but-present list would show up in the tree.
    await waitUntil(() => list(el), 'the list was never rendered', { timeout: 5000 });
    let tree = await a11yTree('relais-steps');
    expect(findAll(tree, 'list')).to.have.length(0);
    expect(findAll(tree, 'listitem')).to.have.length(0);
    expect(hasBox(list(el))).to.equal(false);
    expect(findAll(tree, 'heading').map((h) => norm(h.name))).to.deep.equal(['Étape 7 sur 11 : Vos justificatifs']);
    const base = el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
    expect(base.height, 'one line').to.be.below(64);

    await openToggle(el, 'list');
    tree = await a11yTree('relais-steps');
    const lists = findAll(tree, 'list', 'Toutes les étapes');
    expect(lists).to.have.length(1);
    expect(findAll(lists[0]!, 'listitem')).to.have.length(11);
    expect(spoken(tree)).to.include('StaticText: Étape suivante : Timbre fiscal');
  });

  it('vertical: the list always shows, with no button to open it', async () => {
    const { el } = await renderSteps(
      html`<relais-steps variant="vertical" procedure="ants/passeport/pre-demande" current="timbre" no-persist>${fallback}</relais-steps>`,
    );
    expect(hasBox(list(el))).to.equal(true);
    expect(toggles(el)).to.have.length(0);
    expect(items(el)).to.have.length(10);
    // The checklist shows too.
    expect(boxes(el).map((b) => hasBox(b) && norm(b.parentElement!.textContent))).to.deep.equal(['Une carte bancaire']);
  });
});

describe('<relais-steps> "À préparer"', () => {
  beforeEach(() => defineSteps());

  it('before starting, lists everything for the whole procedure; then the current step’s documents', async () => {
    const { el } = await renderSteps(
      html`<relais-steps procedure="ants/carte-grise/changement-titulaire" current="vehicule" no-persist>${fallback}</relais-steps>`,
    );
    await openToggle(el, 'docs');
    const tree = await a11yTree('relais-steps');
    expect(spoken(tree)).to.include('StaticText: Avant de commencer, ayez sous la main :');
    const checkboxes = findAll(tree, 'checkbox').map((n) => norm(n.name));
    expect(checkboxes).to.include('Le code de cession donné par le vendeur');
    expect(checkboxes).to.include('Une carte bancaire');
    expect(new Set(checkboxes).size).to.equal(checkboxes.length);
    el.goTo('paiement');
    await el.updateComplete;
    expect(boxes(el).map((b) => norm(b.parentElement!.textContent))).to.deep.equal(['Une carte bancaire']);
    expect(norm(toggles(el)[1]!.textContent)).to.equal('À préparer (1)');
  });

  it('ticks with Space, and the tick shows in the accessibility tree', async () => {
    const { el } = await renderSteps(five('justificatifs'));
    await openToggle(el, 'docs');
    boxes(el)[0]!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(boxes(el)[0]!.checked).to.equal(true);
    const checkbox = findAll(await a11yTree('relais-steps'), 'checkbox', "Votre pièce d'identité")[0]!;
    expect(checkbox.states['checked']).to.equal('true');
  });
});

describe('<relais-steps> step changes: announced once, politely; focus stays', () => {
  beforeEach(() => defineSteps());

  it('announces "Étape 3 sur 5 : Paiement" once and leaves focus where it was', async () => {
    const { el } = await renderSteps(html`<button id="outside" type="button">Continuer</button>${five('justificatifs')}`);
    const outside = el.previousElementSibling as HTMLButtonElement;
    outside.focus();
    await settle();
    const record = recordAnnouncements();
    const change = oneEvent(el, 'relais-step-change');
    el.goTo('paiement');
    const { detail } = await change;
    await settle();
    // Later renders (opening the list, a config change) say nothing more.
    await openToggle(el, 'list');
    el.requestUpdate();
    await el.updateComplete;
    await settle();
    record.stop();
    expect(detail).to.deep.equal({ to: 'paiement', from: 'justificatifs', index: 3, total: 5 });
    expect(record.said).to.deep.equal(['Étape 3 sur 5 : Paiement']);
    const region = document.querySelector('[data-relais-announcer="polite"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(document.activeElement).to.equal(outside);
    expect(norm(heading(el)!.textContent)).to.equal('Étape 3 sur 5 : Paiement');
  });

  it('says nothing on the first render, and follows the current attribute', async () => {
    const record = recordAnnouncements();
    const { el } = await renderSteps(five('justificatifs'));
    await settle();
    expect(record.said).to.deep.equal([]);
    el.setAttribute('current', 'rendez-vous');
    await el.updateComplete;
    await settle();
    record.stop();
    expect(record.said).to.deep.equal(['Étape 4 sur 5 : Rendez-vous en mairie']);
  });

  it('with focus-heading, moves focus to the heading instead (read once, not announced twice)', async () => {
    const { el } = await renderSteps(html`<relais-steps .steps=${fiveSteps} current="justificatifs" focus-heading no-persist>${fallback}</relais-steps>`);
    await settle();
    const record = recordAnnouncements();
    el.goTo('paiement');
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === heading(el), 'focus never moved to the heading');
    await settle();
    record.stop();
    expect(record.said).to.deep.equal([]);
  });

  it('with focus-heading, focuses the heading when the host hides the section with the focused button, at once and once', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <relais-steps for="focus-form" focus-heading no-persist>${fallback}</relais-steps>
      <form id="focus-form">
        <fieldset data-relais-step="a"><legend>A</legend><button type="button" id="next">Continuer</button></fieldset>
        <fieldset data-relais-step="b" hidden><legend>B</legend><input aria-label="B" /></fieldset>
      </form>
    </div>`);
    const el = container.querySelector('relais-steps')!;
    await upgraded(el);
    const next = container.querySelector<HTMLButtonElement>('#next')!;
    const [a, b] = container.querySelectorAll('fieldset');
    // Whether a frame had been drawn since the click, each time the heading took focus.
    let frameDrawn = false;
    const focusedAfterFrame: boolean[] = [];
    heading(el)!.addEventListener('focus', () => focusedAfterFrame.push(frameDrawn));
    // As a multi-step form does: the click hides the step, with the button that has focus.
    next.addEventListener('click', () => {
      a!.hidden = true;
      b!.hidden = false;
    });
    next.focus();
    requestAnimationFrame(() => (frameDrawn = true));
    next.click();
    await waitUntil(() => el.shadowRoot!.activeElement === heading(el), 'focus never moved to the heading');
    await settle();
    // In the same task as the hiding: a frame later, Orca had first followed Chromium's fallback focus.
    expect(focusedAfterFrame, 'focused once, before the next frame').to.deep.equal([false]);
    expect(document.activeElement).to.equal(el);
  });
});

describe('<relais-steps> API and events', () => {
  beforeEach(() => defineSteps());

  it('fires relais-step-change when it starts (no "from"), with no personal data', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const started = oneEvent(container, 'relais-step-change');
    container.innerHTML = `<relais-steps procedure="ants/permis/inscription" current="justificatifs" no-persist></relais-steps>`;
    const event = await started;
    expect(event.detail).to.deep.equal({ procedure: 'ants/permis/inscription', to: 'justificatifs', index: 5, total: 7 });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('complete(id) moves on; markError(id) says "à corriger"', async () => {
    const { el } = await renderSteps(five('justificatifs'));
    el.complete('justificatifs');
    await el.updateComplete;
    expect(el.current).to.equal('paiement');
    expect(el.getAttribute('current')).to.equal('paiement');
    el.markError('coordonnees');
    await el.updateComplete;
    await openToggle(el, 'list');
    expect(items(el)[0]!.text).to.equal('Vos coordonnées, à corriger');
    expect(items(el)[1]!.text).to.equal('Vos justificatifs, terminée');
  });

  it('warns once, naming the fix, for an unknown step id, and keeps working', async () => {
    const warnings = recordWarnings();
    try {
      const { el } = await renderSteps(html`<relais-steps .steps=${fiveSteps} current="paiment" no-persist>${fallback}</relais-steps>`);
      el.complete('nope');
      el.complete('nope');
      await el.updateComplete;
      expect(norm(heading(el)!.textContent)).to.equal('Étape 1 sur 5 : Vos coordonnées');
      const about = (word: string) => warnings.calls.filter((w) => w.includes(word));
      expect(about('current="paiment"')).to.have.length(1);
      expect(about('current="paiment"')[0]).to.contain('Fix: use one of these ids').and.contain('paiement');
      expect(about('complete("nope")')).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('warns once and shows its fallback for invalid steps', async () => {
    const warnings = recordWarnings();
    try {
      const container = await fixture<HTMLElement>(
        html`<relais-steps .steps=${[...fiveSteps, fiveSteps[0]!] as StepConfig[]} no-persist><p id="fb">Étapes</p></relais-steps>`,
      );
      await waitUntil(() => warnings.calls.some((w) => w.includes('invalid "steps"')), 'no warning', { timeout: 5000 });
      const warning = warnings.calls.find((w) => w.includes('invalid "steps"'))!;
      expect(warning).to.contain('steps[5].id: expected an id no other step has (steps[0] already has it), got "coordonnees"');
      expect(hasBox(container.querySelector('#fb'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('navigable: done steps are buttons; choosing one asks the host (relais-step-select) and does not move by itself', async () => {
    const { el } = await renderSteps(five('rendez-vous', 'navigable'));
    await openToggle(el, 'list');
    const tree = await a11yTree('relais-steps');
    // The visually hidden comma makes a pause: "Vos coordonnées, terminée".
    expect(findAll(tree, 'button').map((b) => norm(b.name).replace(' ,', ','))).to.include.members([
      'Vos coordonnées, terminée',
      'Vos justificatifs, terminée',
      'Paiement, terminée',
    ]);
    const go = list(el)!.querySelectorAll<HTMLButtonElement>('button.go');
    expect(go).to.have.length(3);
    go[1]!.focus();
    const chosen = oneEvent(el, 'relais-step-select');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail).to.deep.equal({ step: 'justificatifs' });
    await el.updateComplete;
    expect(el.current).to.equal('rendez-vous');
  });
});

describe('<relais-steps> progress kept in this browser', () => {
  const KEY = 'relais:steps:v1:test/persist';
  const steps = JSON.stringify([
    { id: 'un', title: 'Un', documents: ['Carte'] },
    { id: 'deux', title: 'Deux', documents: ['Timbre'] },
    { id: 'trois', title: 'Trois' },
  ]);
  const page = (attrs = '') =>
    `<script type="application/json" data-relais-config>{"steps": ${steps}}</script>
    <relais-steps procedure="test/persist" ${attrs}><p>Étapes</p></relais-steps>
    <script type="module" src="/packages/steps/src/relais-steps.ts"></script>`;
  const frames: HTMLIFrameElement[] = [];
  const restores: (() => void)[] = [];

  async function open(markup: string): Promise<{ frame: HTMLIFrameElement; el: RelaisSteps }> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 700px; height: 500px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="fr"><body>${markup}</body></html>`;
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const el = frame.contentDocument!.querySelector('relais-steps') as RelaisSteps;
    await upgraded(el);
    return { frame, el };
  }

  async function reload(frame: HTMLIFrameElement): Promise<RelaisSteps> {
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await loaded;
    const el = frame.contentDocument!.querySelector('relais-steps') as RelaisSteps;
    await upgraded(el);
    return el;
  }

  /** Replaces a Storage method for the test (restored after it). */
  function stub<K extends 'getItem' | 'setItem' | 'removeItem'>(name: K, replacement: Storage[K]): void {
    const original = Storage.prototype[name];
    Storage.prototype[name] = replacement;
    restores.push(() => (Storage.prototype[name] = original));
  }

  beforeEach(async () => {
    await defineSteps();
    localStorage.removeItem(KEY);
  });
  afterEach(() => {
    restores.splice(0).forEach((restore) => restore());
    frames.splice(0).forEach((f) => f.remove());
    localStorage.removeItem(KEY);
    resetConfigStore();
  });

  it('restores the current step, done steps and ticked documents after a reload, under a namespaced, versioned key', async () => {
    const { frame, el } = await open(page());
    expect(norm(heading(el)!.textContent)).to.equal('Étape 1 sur 3 : Un');
    await openToggle(el, 'docs');
    boxes(el)
      .find((b) => norm(b.parentElement!.textContent) === 'Timbre')!
      .click();
    el.complete('un');
    await el.updateComplete;
    const kept = JSON.parse(localStorage.getItem(KEY)!);
    expect(kept).to.include({ v: 1, current: 'deux' });
    expect(kept.done).to.deep.equal(['un']);
    expect(kept.ticked).to.have.length(1);

    const again = await reload(frame);
    expect(norm(heading(again)!.textContent)).to.equal('Étape 2 sur 3 : Deux');
    await openToggle(again, 'docs');
    expect(boxes(again).map((b) => [norm(b.parentElement!.textContent), b.checked])).to.deep.equal([['Timbre', true]]);
    await openToggle(again, 'list');
    expect(items(again)[0]!.text).to.contain('terminée');
  });

  /** The same tracker in this page (so that Storage stubs apply). */
  const here = (attrs: 'persist' | 'no-persist' = 'persist') =>
    renderSteps(
      attrs === 'no-persist'
        ? html`<relais-steps procedure="test/persist" .steps=${JSON.parse(steps)} no-persist>${fallback}</relais-steps>`
        : html`<relais-steps procedure="test/persist" .steps=${JSON.parse(steps)}>${fallback}</relais-steps>`,
    );
  const kept = (at = Date.now(), v = 1) => JSON.stringify({ v, at, current: 'trois', done: ['un', 'deux'], errors: [], ticked: [] });

  it('no-persist: writes nothing and reads nothing', async () => {
    localStorage.setItem(KEY, kept());
    const { el } = await here('no-persist');
    expect(norm(heading(el)!.textContent)).to.equal('Étape 1 sur 3 : Un');
    localStorage.removeItem(KEY);
    el.complete('un');
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    // Control: without no-persist the same tracker does read what was kept.
    localStorage.setItem(KEY, kept());
    const { el: again } = await here();
    expect(norm(heading(again)!.textContent)).to.equal('Étape 3 sur 3 : Trois');
  });

  for (const [what, error] of [
    ['storage that throws (private mode, disabled)', () => new DOMException('The operation is insecure.', 'SecurityError')],
    ['full storage', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  ] as const) {
    it(`works in memory with ${what}`, async () => {
      const errors = recordErrors();
      try {
        if (what.startsWith('storage')) {
          stub('getItem', () => {
            throw error();
          });
          stub('removeItem', () => {
            throw error();
          });
        }
        stub('setItem', () => {
          throw error();
        });
        const { el } = await here();
        el.complete('un');
        await el.updateComplete;
        await openToggle(el, 'docs');
        boxes(el)[0]!.click();
        await el.updateComplete;
        expect(norm(heading(el)!.textContent)).to.equal('Étape 2 sur 3 : Deux');
        expect(boxes(el)[0]!.checked).to.equal(true);
        expect(errors.errors).to.deep.equal([]);
      } finally {
        errors.stop();
      }
    });
  }

  it('ignores corrupt data (and removes it)', async () => {
    for (const raw of ['{oops', '[1,2]', JSON.stringify({ v: 1, at: Date.now(), current: 'trois', done: 'un' })]) {
      localStorage.setItem(KEY, raw);
      const { el } = await here();
      expect(norm(heading(el)!.textContent), raw).to.equal('Étape 1 sur 3 : Un');
      expect(localStorage.getItem(KEY), raw).not.to.equal(raw);
    }
  });

  it('ignores corrupt data handed back by a stubbed Storage.getItem, and removes it', async () => {
    const removed: string[] = [];
    stub('getItem', () => '{"v":1,"at":');
    stub('removeItem', (key: string) => void removed.push(key));
    const { el } = await here();
    expect(norm(heading(el)!.textContent)).to.equal('Étape 1 sur 3 : Un');
    expect(removed).to.include(KEY);
  });

  it('ignores stale data and data from another version', async () => {
    localStorage.setItem(KEY, kept(Date.now() - 40 * 86_400_000));
    expect(norm(heading((await here()).el)!.textContent)).to.equal('Étape 1 sur 3 : Un');
    localStorage.setItem(KEY, kept(Date.now(), 7));
    expect(norm(heading((await here()).el)!.textContent)).to.equal('Étape 1 sur 3 : Un');
    // Control: the same data, fresh, is used.
    localStorage.setItem(KEY, kept());
    expect(norm(heading((await here()).el)!.textContent)).to.equal('Étape 3 sur 3 : Trois');
  });
});

describe('<relais-steps for="form-id"> follows a real multi-step form', () => {
  beforeEach(() => defineSteps());

  it('reads the steps and titles from the form, and follows hidden, class and style changes', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <style>
        .masque { display: none; }
      </style>
      <relais-steps for="demarche-test" no-persist>${fallback}</relais-steps>
      <form id="demarche-test">
        <fieldset data-relais-step="vehicule"><legend><span>Votre véhicule</span></legend></fieldset>
        <fieldset data-relais-step="ancien-titulaire" hidden><legend>L'ancien propriétaire</legend></fieldset>
        <section data-relais-step="nouveau-titulaire" class="masque"><h2>Vous, le nouveau propriétaire</h2></section>
        <div data-relais-step="recapitulatif" data-relais-title="Vérifier et envoyer" style="display: none"><p>Relisez.</p></div>
      </form>
    </div>`);
    const el = container.querySelector('relais-steps') as RelaisSteps;
    await upgraded(el);
    const form = container.querySelector('form')!;
    const step = (id: string) => form.querySelector<HTMLElement>(`[data-relais-step="${id}"]`)!;
    expect(norm(heading(el)!.textContent)).to.equal('Étape 1 sur 4 : Votre véhicule');
    await openToggle(el, 'list');
    expect(items(el).map((i) => i.li.querySelector('.title')!.textContent)).to.deep.equal([
      'Votre véhicule',
      "L'ancien propriétaire",
      'Vous, le nouveau propriétaire',
      'Vérifier et envoyer',
    ]);

    const record = recordAnnouncements();
    // hidden
    step('vehicule').hidden = true;
    step('ancien-titulaire').hidden = false;
    await waitUntil(() => el.current === 'ancien-titulaire', 'did not follow hidden', { timeout: 3000 });
    await el.updateComplete;
    expect(norm(heading(el)!.textContent)).to.equal("Étape 2 sur 4 : L'ancien propriétaire");
    // class
    step('ancien-titulaire').hidden = true;
    step('nouveau-titulaire').classList.remove('masque');
    await waitUntil(() => el.current === 'nouveau-titulaire', 'did not follow class', { timeout: 3000 });
    // style
    step('nouveau-titulaire').classList.add('masque');
    step('recapitulatif').style.display = '';
    await waitUntil(() => el.current === 'recapitulatif', 'did not follow style', { timeout: 3000 });
    await el.updateComplete;
    await settle();
    record.stop();
    expect(record.said).to.deep.equal([
      "Étape 2 sur 4 : L'ancien propriétaire",
      'Étape 3 sur 4 : Vous, le nouveau propriétaire',
      'Étape 4 sur 4 : Vérifier et envoyer',
    ]);
    expect(
      items(el)
        .slice(0, 3)
        .every((i) => i.text.endsWith('terminée')),
    ).to.equal(true);

    // Going back: the first shown step is current again; the form is the truth, so the
    // steps after it are no longer shown done (unless the form marks them done).
    step('recapitulatif').style.display = 'none';
    step('vehicule').hidden = false;
    await waitUntil(() => el.current === 'vehicule', 'did not follow going back', { timeout: 3000 });
    await el.updateComplete;
    expect(items(el)[1]!.text).to.contain('à faire');
    step('ancien-titulaire').setAttribute('data-relais-state', 'done');
    await waitUntil(() => items(el)[1]!.text.endsWith('terminée'), 'did not follow data-relais-state', { timeout: 3000 });
  });

  it('takes documents and off-line places from the procedure preset for the same ids', async () => {
    const { el } = await renderSteps(html`<relais-steps for="form-cni" procedure="ants/cni/pre-demande" no-persist>${fallback}</relais-steps>
      <form id="form-cni">
        <fieldset data-relais-step="etat-civil" hidden><legend>État civil</legend></fieldset>
        <fieldset data-relais-step="empreintes"><legend>Votre rendez-vous</legend></fieldset>
      </form>`);
    // The photo booth (off line, before the town hall) and the collection at the town hall (after) count too.
    expect(norm(heading(el)!.textContent)).to.equal('Étape 3 sur 4 : Votre rendez-vous');
    await openToggle(el, 'list');
    expect(items(el)[2]!.text).to.contain('À faire sur place : mairie');
  });

  it('warns once, naming the fix, when the form is missing or has no steps', async () => {
    const warnings = recordWarnings();
    try {
      await fixture(html`<relais-steps for="nulle-part" no-persist>${fallback}</relais-steps>`);
      await fixture(html`<div><relais-steps for="vide" no-persist>${fallback}</relais-steps><form id="vide"></form></div>`);
      await waitUntil(() => warnings.calls.some((w) => w.includes('for="vide"')), 'no warning for the empty form', { timeout: 5000 });
      expect(warnings.calls.filter((w) => w.includes('for="nulle-part"'))).to.have.length(1);
      expect(warnings.calls.find((w) => w.includes('for="nulle-part"'))).to.contain('Fix:');
      expect(warnings.calls.find((w) => w.includes('for="vide"'))).to.contain('data-relais-step');
    } finally {
      warnings.restore();
    }
  });
});

describe('the help code follows the tracker', () => {
  beforeEach(async () => {
    await defineSteps();
    await defineHelp();
  });
  afterEach(() => resetConfigStore());

  it('a <relais-help> on the same page gives the code of the tracker’s procedure and current step', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <relais-steps procedure="ants/carte-grise/changement-titulaire" current="vehicule" no-persist>${fallback}</relais-steps>
      <relais-help procedure="ants/carte-grise/changement-titulaire"><a href="tel:3400">34 00</a></relais-help>
      <relais-help id="bare"><a href="tel:3400">34 00</a></relais-help>
    </div>`);
    const steps = container.querySelector('relais-steps') as RelaisSteps;
    await upgraded(steps);
    const [help, bare] = [...container.querySelectorAll<RelaisHelp>('relais-help')] as [RelaisHelp, RelaisHelp];
    await openHelp(help);
    await openHelp(bare);
    // See packages/sdk/HELP-CODES.md: 2A, step 1 "vehicule" = 2A-28, step 2 "ancien-titulaire" = 2A-36.
    expect(shownCode(help)).to.equal('2A-28');
    expect(shownCode(bare), 'a help with no procedure of its own takes the tracker’s').to.equal('2A-28');
    steps.goTo('ancien-titulaire');
    await waitUntil(() => shownCode(help) === '2A-36', `the help code stayed ${shownCode(help)}`, { timeout: 3000 });
    await waitUntil(() => shownCode(bare) === '2A-36', `the bare help code stayed ${shownCode(bare)}`, { timeout: 3000 });
    // The help's own step attribute would win: the tracker does not touch it.
    expect(help.hasAttribute('step')).to.equal(false);
  });

  it('a help for another procedure keeps its own (control)', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <relais-steps procedure="ants/carte-grise/changement-titulaire" current="ancien-titulaire" no-persist>${fallback}</relais-steps>
      <relais-help procedure="ants/permis/inscription"><a href="tel:3400">34 00</a></relais-help>
    </div>`);
    await upgraded(container.querySelector('relais-steps') as RelaisSteps);
    const help = container.querySelector('relais-help') as RelaisHelp;
    await openHelp(help);
    expect(shownCode(help)).to.equal(helpCode('ants/permis/inscription'));
    expect(shownCode(help).slice(0, 4)).to.equal('3A-Z');
  });
});

describe('<relais-steps> looks: 320 px, text spacing, right to left, print, forced colours, dark', () => {
  beforeEach(() => defineSteps());
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen', forcedColors: 'none', colorScheme: 'light' });
  });

  it('reflows at 320 px with no horizontal scroll, in every fixture, with text spacing overrides', async () => {
    await setViewport({ width: 320, height: 640 });
    const spacing = 'line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em';
    for (const f of stepsFixtures) {
      const { container, el } = await showFixture(f, '', spacing);
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(document.documentElement.scrollWidth, `${f.name}: page`).to.be.at.most(document.documentElement.clientWidth);
      expect(base.scrollWidth, `${f.name}: tracker`).to.be.at.most(base.clientWidth + 1);
      expect(base.getBoundingClientRect().right, `${f.name}: inside the viewport`).to.be.at.most(320);
      for (const button of toggles(el)) expect(button.getBoundingClientRect().height, `${f.name}: target`).to.be.at.least(44);
      container.remove();
    }
  });

  it('works right to left: the bar runs from the right, text starts on the right', async () => {
    const { el } = await renderSteps(html`<div dir="rtl">${five('paiement')}</div>`);
    const segments = [...el.shadowRoot!.querySelectorAll('[part="bar"] span')].map((s) => s.getBoundingClientRect());
    expect(segments[0]!.left).to.be.greaterThan(segments[4]!.left);
    expect(getComputedStyle(heading(el)!).direction).to.equal('rtl');
    const base = el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(heading(el)!);
    const text = range.getBoundingClientRect();
    expect(base.right - text.right, 'text starts on the right').to.be.below(24);
    expect(text.left - base.left, 'and leaves room on the left').to.be.greaterThan(100);
  });

  it('prints the whole list and the checklist, without the buttons', async () => {
    const { el } = await renderSteps(five('justificatifs'));
    await waitUntil(() => list(el), 'the list was never rendered', { timeout: 5000 });
    expect(hasBox(list(el))).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(hasBox(list(el))).to.equal(true);
    expect(boxes(el).every((b) => hasBox(b))).to.equal(true);
    expect(toggles(el).some((b) => hasBox(b))).to.equal(false);
    expect(getComputedStyle(el).minHeight).to.equal('0px');
  });

  it('keeps every boundary and state visible in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const { el } = await renderSteps(five('paiement'));
    await openToggle(el, 'list');
    const style = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);
    expect(style('[part="toggle"]').borderTopStyle).to.not.equal('none');
    expect(style('[part="bar"] .done').backgroundColor).to.not.equal(style('[part="bar"] .todo').backgroundColor);
    expect(style('[part="bar"] .todo').borderTopStyle).to.equal('solid');
    expect(style('li.current .marker').backgroundColor).to.not.equal(style('li.todo .marker').backgroundColor);
  });

  it('goes dark on a dark page', async () => {
    const { el } = await renderSteps(five('paiement'), 'color-scheme: dark');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(luminance(getComputedStyle(base).backgroundColor)).to.be.below(0.2);
    expect(luminance(getComputedStyle(heading(el)!).color)).to.be.above(0.6);
  });
});
