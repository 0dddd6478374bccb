import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { configure, resetConfigStore } from '@relais/core';
import { defaultGlossary } from '@relais/sdk/glossary/default-glossary.js';
import type { RelaisTerm } from '../src/term.js';
import { resetEasyPreference } from '@relais/core';
import { fixtures as termFixtures } from '../src/term.fixtures.js';
import { a11yTree, axeViolations, describeViolations, findAll, norm, spoken } from '../../../tests/helpers/a11y.js';
import type { AXNode } from '../../../tests/helpers/a11y.js';
import { recordWarnings } from '../../../tests/helpers/help.js';
import { buttonIn, openTerm, render, stubSpeech, termClosed, termsReady, tip, tipShown, word } from '../../../tests/helpers/explainer.js';

const entry = (id: string) => defaultGlossary.find((e) => e.id === id)!;
const CODE = entry('code-cession');
const HINT = "Voir l'explication";

/** The first AX node with `role` (and `name`), or a failure that prints what is there. */
function one(tree: AXNode, role: string, name?: string | RegExp): AXNode {
  const found = findAll(tree, role, name);
  expect(found, `no ${role} ${String(name ?? '')} in:\n${spoken(tree).join('\n')}`).to.have.length.greaterThan(0);
  return found[0]!;
}

/** The paragraph used by most tests: a button before, the term, a button after. */
async function paragraph(term = html`<relais-term>code de cession</relais-term>`): Promise<{ container: HTMLElement; el: RelaisTerm }> {
  const container = await render(html`<button id="before" type="button">Avant</button>
    <p>Munissez-vous du ${term} que le vendeur vous a remis.</p>
    <button id="after" type="button">Après</button>`);
  const [el] = await termsReady(container);
  return { container, el: el! };
}

/** The shadow root's focused element (null when focus is elsewhere). */
const focusedIn = (el: RelaisTerm) => el.shadowRoot!.activeElement;

describe('<relais-term>', () => {
  afterEach(async () => {
    resetConfigStore();
    resetEasyPreference();
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  describe('closed', () => {
    it('is a button named by the word, collapsed, that says it has an explanation', async () => {
      const { el } = await paragraph();
      const tree = await a11yTree('.explainer-test');
      const button = one(tree, 'button', 'code de cession');
      expect(button.states['expanded']).to.equal(false);
      expect(button.description).to.equal(HINT);
      expect(word(el)!.getAttribute('aria-controls')).to.equal(tip(el)!.id);
      expect(tipShown(el)).to.equal(false);
    });

    it('finds its entry from its text, or from term="…"', async () => {
      const container = await render(html`<p>
        <relais-term>Cartes Grises</relais-term> <relais-term term="neph">numéro de permis</relais-term>
      </p>`);
      const [a, b] = await termsReady(container);
      expect(a!.entry!.id).to.equal('certificat-immatriculation');
      expect(b!.entry!.id).to.equal('neph');
    });

    it('a word not in the glossary stays plain text, with one warning that says how to fix it', async () => {
      const warnings = recordWarnings();
      try {
        const f = termFixtures.find((x) => x.name === 'unknown')!;
        const container = await render(f.render(new Date()));
        const el = container.querySelector('relais-term')!;
        // The glossary loads when the page is idle (within 3 s at most).
        await waitUntil(() => warnings.calls.some((c) => c.includes('mot inconnu du glossaire')), 'no warning', { timeout: 5000 });
        await el.updateComplete;
        expect(word(el)).to.equal(null);
        const tree = await a11yTree('.explainer-test p');
        expect(findAll(tree, 'button')).to.deep.equal([]);
        expect(norm(container.textContent)).to.equal('Un mot inconnu du glossaire reste du texte.');
        const mine = warnings.calls.filter((c) => c.includes('mot inconnu du glossaire'));
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('glossary.add');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('ready before the press', () => {
    it('focus on the word renders its explanation out of sight: not seen, not heard, not reached by Tab; the press shows it', async () => {
      const { el } = await paragraph();
      (document.getElementById('before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedIn(el)).to.equal(word(el));
      // Made ready on focus (and when the pointer comes onto the word), so that the press only shows it.
      await waitUntil(() => norm(tip(el)!.textContent).includes(norm(CODE.fr.definition)), 'the explanation was never made ready');
      expect(el.open).to.equal(false);
      expect(tipShown(el)).to.equal(false);
      const text = tip(el)!.querySelector('p')!;
      expect(text.checkVisibility({ visibilityProperty: true }), 'the closed explanation can be seen').to.equal(false);
      const tree = await a11yTree('.explainer-test');
      expect(spoken(tree).join('\n'), 'the closed explanation is heard').not.to.contain(norm(CODE.fr.definition).slice(0, 40));
      expect(one(tree, 'button', 'code de cession').states['expanded']).to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id, 'Tab after the word').to.equal('after');
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => tipShown(el), 'Enter did not open the explanation');
      expect(text.checkVisibility({ visibilityProperty: true })).to.equal(true);
    });
    it('a word on screen is made ready when the page is idle (a tap has no hover first); one far below is not', async () => {
      const container = await render(html`<p>Demandez le <relais-term id="near">code de cession</relais-term> au vendeur.</p>
        <div style="height: 4000px"></div>
        <p>Gardez le <relais-term id="far">certificat de cession</relais-term>.</p>`);
      const [near, far] = await termsReady(container);
      const ready = (el: RelaisTerm) => tip(el)!.childElementCount > 0;
      await waitUntil(() => ready(near!), 'the word on screen was never made ready', { timeout: 5000 });
      expect(tipShown(near!)).to.equal(false);
      expect(ready(far!), 'the word 4000 px below').to.equal(false);
      far!.scrollIntoView();
      await waitUntil(() => ready(far!), 'the word scrolled to was never made ready', { timeout: 5000 });
    });
  });

  describe('keyboard path', () => {
    it('Tab reaches the word; Enter opens the explanation without moving focus; Enter again closes', async () => {
      const { el } = await paragraph();
      (document.getElementById('before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedIn(el)).to.equal(word(el));

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => tipShown(el), 'Enter did not open the explanation');
      expect(focusedIn(el), 'focus stays on the word').to.equal(word(el));
      expect(norm(tip(el)!.textContent)).to.contain(norm(CODE.fr.definition));
      // What a screen reader gets: expanded; the description stays the hint (the
      // live region says the explanation, once: a description that switched to it
      // made Orca say it twice).
      const tree = await a11yTree('.explainer-test');
      const button = one(tree, 'button', 'code de cession');
      expect(button.states['expanded']).to.equal(true);
      expect(norm(button.description)).to.equal("Voir l'explication");
      expect(spoken(tree).join('\n')).to.contain(norm(CODE.fr.definition).slice(0, 40));

      await sendKeys({ press: 'Enter' });
      await termClosed(el);
      expect(focusedIn(el)).to.equal(word(el));
    });

    it('announces the explanation through the polite live region when it opens', async () => {
      const { el } = await paragraph();
      word(el)!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => tipShown(el), 'Space did not open the explanation');
      const region = document.querySelector('[data-relais-announcer="polite"]')!;
      await waitUntil(() => norm(region.textContent).includes(norm(CODE.fr.definition)), 'nothing announced');
      expect(norm(region.textContent)).to.equal(norm(`code de cession : ${CODE.fr.definition}`));
      await sendKeys({ press: 'Space' });
      await termClosed(el);
    });

    it('Escape closes without moving focus', async () => {
      const { el } = await paragraph();
      word(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => tipShown(el), 'not opened');
      await sendKeys({ press: 'Escape' });
      await termClosed(el);
      expect(focusedIn(el)).to.equal(word(el));
      expect(word(el)!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('Tab goes into the explanation; Escape there closes it and puts focus back on the word', async () => {
      const { el } = await paragraph();
      word(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => tipShown(el), 'not opened');
      await sendKeys({ press: 'Tab' });
      expect(focusedIn(el)).to.equal(buttonIn(tip(el), 'Plus simple'));
      expect(el.open, 'moving into the explanation keeps it open').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await termClosed(el);
      expect(focusedIn(el)).to.equal(word(el));
    });

    it('closes when focus leaves the word and its explanation', async () => {
      const { el } = await paragraph();
      word(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => tipShown(el), 'not opened');
      // Through the explanation's buttons and link, then out.
      const focusables = tip(el)!.querySelectorAll('button, a[href]').length;
      for (let i = 0; i < focusables; i++) await sendKeys({ press: 'Tab' });
      expect(el.open, 'still open on its last button').to.equal(true);
      await sendKeys({ press: 'Tab' });
      await termClosed(el);
      expect(document.activeElement).to.equal(document.getElementById('after'));
    });

    it('the "Fermer" button closes and puts focus back on the word', async () => {
      const { el } = await paragraph();
      await openTerm(el);
      buttonIn(tip(el), 'Fermer')!.focus();
      buttonIn(tip(el), 'Fermer')!.click();
      await termClosed(el);
      expect(focusedIn(el)).to.equal(word(el));
    });
  });

  describe('pointer (WCAG 1.4.13)', () => {
    /** The centre of a box, in viewport pixels. */
    const centre = (box: DOMRect): [number, number] => [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];

    it('opens on click; the pointer can move onto the explanation and away without closing it', async () => {
      const { el } = await paragraph();
      await sendMouse({ type: 'click', position: centre(word(el)!.getBoundingClientRect()) });
      await waitUntil(() => tipShown(el), 'a click did not open the explanation');
      await sendMouse({ type: 'move', position: centre(tip(el)!.getBoundingClientRect()) });
      expect(tipShown(el), 'hovering the explanation keeps it').to.equal(true);
      // A click on its text (to select it) keeps it too.
      await sendMouse({ type: 'click', position: centre(tip(el)!.querySelector('#text')!.getBoundingClientRect()) });
      expect(tipShown(el)).to.equal(true);
      await sendMouse({ type: 'move', position: [790, 590] });
      expect(tipShown(el), 'moving the pointer away does not close it').to.equal(true);
    });

    it('closes on a click elsewhere, without taking focus', async () => {
      const { el } = await paragraph();
      await sendMouse({ type: 'click', position: centre(word(el)!.getBoundingClientRect()) });
      await waitUntil(() => tipShown(el), 'not opened');
      await sendMouse({ type: 'click', position: [790, 590] });
      await termClosed(el);
    });

    it('one explanation at a time', async () => {
      const container = await render(html`<p><relais-term>code de cession</relais-term> et <relais-term>NEPH</relais-term></p>`);
      const [a, b] = await termsReady(container);
      await openTerm(a!);
      await openTerm(b!);
      await termClosed(a!);
      expect(tipShown(b!)).to.equal(true);
    });
  });

  describe('never cut off, always on screen', () => {
    it('is not clipped by an ancestor with overflow: hidden (top layer)', async () => {
      const f = termFixtures.find((x) => x.name === 'in-clipping-box')!;
      const container = await render(f.render(new Date()));
      const [el] = await termsReady(container);
      const t = await openTerm(el!);
      const box = t.getBoundingClientRect();
      const clip = container.querySelector('div')!.getBoundingClientRect();
      expect(box.bottom, 'the explanation reaches below the clipping box').to.be.greaterThan(clip.bottom + 20);
      // What is painted at a point of the explanation below the box is the explanation itself.
      const x = Math.round(box.left + 10);
      const y = Math.round(Math.min(box.bottom - 5, clip.bottom + 20));
      const hit = el!.shadowRoot!.elementFromPoint(x, y);
      expect(hit && t.contains(hit), `painted at (${x}, ${y}): ${hit?.outerHTML.slice(0, 60)}`).to.equal(true);
    });

    it('without popover support, fixed positioning keeps it out of the clipping box too', async () => {
      const saved = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover')!;
      delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover;
      try {
        const f = termFixtures.find((x) => x.name === 'in-clipping-box')!;
        const container = await render(f.render(new Date()));
        const [el] = await termsReady(container);
        const t = await openTerm(el!);
        expect(t.hasAttribute('popover'), 'no popover attribute where it is not supported').to.equal(false);
        expect(getComputedStyle(t).position).to.equal('fixed');
        const box = t.getBoundingClientRect();
        const clip = container.querySelector('div')!.getBoundingClientRect();
        const y = Math.round(Math.min(box.bottom - 5, clip.bottom + 20));
        const hit = el!.shadowRoot!.elementFromPoint(Math.round(box.left + 10), y);
        expect(hit && t.contains(hit)).to.equal(true);
        await sendKeys({ press: 'Escape' });
        await termClosed(el!);
        expect(t.hidden).to.equal(true);
      } finally {
        Object.defineProperty(HTMLElement.prototype, 'showPopover', saved);
      }
    });

    it('the same check fails for content that is clipped (control)', async () => {
      const container = await fixture<HTMLElement>(html`<div style="overflow: hidden; height: 3rem; position: relative">
        <div id="clipped" style="position: absolute; top: 2rem; height: 10rem; width: 10rem; background: #eee">x</div>
      </div>`);
      const inner = container.querySelector('#clipped')!;
      const box = inner.getBoundingClientRect();
      const y = Math.round(container.getBoundingClientRect().bottom + 20);
      const hit = document.elementFromPoint(Math.round(box.left + 10), y);
      expect(hit === inner || inner.contains(hit)).to.equal(false);
    });

    it('at 320 px, the explanation of a word at the right edge stays on screen, with no horizontal scroll', async () => {
      await setViewport({ width: 320, height: 640 });
      const container = await render(html`<p style="text-align: right; margin: 0">Votre <relais-term>justificatif de domicile</relais-term></p>`);
      const [el] = await termsReady(container);
      const t = await openTerm(el!);
      const box = t.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(640);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      // Every button in it is at least 44 px high.
      for (const b of t.querySelectorAll('button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('goes above the word when there is no room below', async () => {
      await setViewport({ width: 800, height: 400 });
      const container = await render(html`<p style="position: fixed; bottom: 0; margin: 0">Le <relais-term>code de cession</relais-term></p>`);
      const [el] = await termsReady(container);
      const t = await openTerm(el!);
      expect(t.getBoundingClientRect().bottom).to.be.at.most(word(el!)!.getBoundingClientRect().top);
      expect(t.getBoundingClientRect().top).to.be.at.least(0);
    });
  });

  describe('"Plus simple" and "Écouter"', () => {
    it('"Plus simple" shows the easy-to-read version, and every term on the page follows it', async () => {
      const container = await render(html`<p><relais-term>code de cession</relais-term> et <relais-term>NEPH</relais-term></p>`);
      const [a, b] = await termsReady(container);
      await openTerm(a!);
      const easy = buttonIn(tip(a!), 'Plus simple')!;
      expect(easy.getAttribute('aria-pressed')).to.equal('false');
      easy.click();
      await a!.updateComplete;
      expect(buttonIn(tip(a!), 'Plus simple')!.getAttribute('aria-pressed')).to.equal('true');
      expect(norm(tip(a!)!.querySelector('#text')!.textContent)).to.equal(norm(CODE.fr.easy));
      expect(sessionStorage.getItem(`relais-easy:${location.pathname}`)).to.equal('1');
      await openTerm(b!);
      expect(norm(tip(b!)!.querySelector('#text')!.textContent)).to.equal(norm(entry('neph').fr.easy));
    });

    it('the easy attribute starts with the easy version', async () => {
      const container = await render(html`<p><relais-term easy>code de cession</relais-term></p>`);
      const [el] = await termsReady(container);
      await openTerm(el!);
      expect(norm(tip(el!)!.querySelector('#text')!.textContent)).to.equal(norm(CODE.fr.easy));
      expect(buttonIn(tip(el!), 'Plus simple')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('"Écouter" reads the French explanation with lang fr-FR; a second press stops', async () => {
      const speech = stubSpeech();
      try {
        const { el } = await paragraph();
        await openTerm(el);
        buttonIn(tip(el), 'Écouter')!.click();
        expect(speech.spoken).to.have.length(1);
        expect(speech.spoken[0]!.lang).to.equal('fr-FR');
        expect(norm(speech.spoken[0]!.text)).to.equal(norm(`code de cession. ${CODE.fr.definition}`));
        await el.updateComplete;
        const stop = buttonIn(tip(el), 'Arrêter la lecture')!;
        const cancelled = speech.cancelled;
        stop.click();
        expect(speech.cancelled).to.equal(cancelled + 1);
      } finally {
        speech.restore();
      }
    });

    it('"Écouter" reads English entries in English', async () => {
      const speech = stubSpeech();
      try {
        const container = await render(html`<p lang="en"><relais-term term="code-cession">transfer code</relais-term></p>`);
        const [el] = await termsReady(container);
        await openTerm(el!);
        buttonIn(tip(el!), 'Listen')!.click();
        expect(speech.spoken[0]).to.deep.equal({ text: `transfer code. ${CODE.en.definition}`, lang: 'en-GB' });
      } finally {
        speech.restore();
      }
    });

    it('"Écouter" is not shown where the browser cannot read aloud', async () => {
      const speech = stubSpeech(false);
      try {
        const { el } = await paragraph();
        await openTerm(el);
        expect(buttonIn(tip(el), 'Plus simple')).to.exist;
        expect(buttonIn(tip(el), 'Écouter')).to.equal(undefined);
      } finally {
        speech.restore();
      }
    });

    it('"En savoir plus" is a link in the same window, named for its word', async () => {
      const { el } = await paragraph();
      await openTerm(el);
      const link = tip(el)!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(CODE.link);
      expect(link.hasAttribute('target')).to.equal(false);
      const tree = await a11yTree('.explainer-test');
      one(tree, 'link', 'En savoir plus sur « code de cession »');
    });
  });

  describe('events, config, language', () => {
    it('fires relais-term-open and relais-term-close with the entry id, bubbling and composed', async () => {
      const { container, el } = await paragraph();
      const opened = oneEvent(container, 'relais-term-open');
      await openTerm(el);
      const open = await opened;
      expect(open.detail).to.deep.equal({ term: 'code-cession' });
      expect(open.bubbles && open.composed).to.equal(true);
      const closed = oneEvent(container, 'relais-term-close');
      el.hide();
      expect((await closed).detail).to.deep.equal({ term: 'code-cession' });
    });

    it("uses the page config's glossary changes", async () => {
      configure({
        glossary: {
          // An id and a term the default glossary does not have (it has "siv" since issue 14).
          add: [{ id: 'fni', fr: { term: 'FNI', definition: "L'ancien fichier national des véhicules." } }],
          override: [{ id: 'code-cession', fr: { definition: 'Le code que le vendeur vous donne.' } }],
        },
      });
      const container = await render(html`<p><relais-term>FNI</relais-term>, <relais-term>code de cession</relais-term></p>`);
      const [fni, code] = await termsReady(container);
      await openTerm(fni!);
      expect(norm(tip(fni!)!.querySelector('#text')!.textContent)).to.equal("L'ancien fichier national des véhicules.");
      await openTerm(code!);
      expect(norm(tip(code!)!.querySelector('#text')!.textContent)).to.equal('Le code que le vendeur vous donne.');
    });

    it('speaks English inside lang="en", with lang on the explanation', async () => {
      const f = termFixtures.find((x) => x.name === 'english')!;
      const container = await render(f.render(new Date()));
      const [el] = await termsReady(container);
      await openTerm(el!);
      expect(tip(el!)!.getAttribute('lang')).to.equal('en');
      expect(norm(tip(el!)!.textContent)).to.contain(norm(entry('certificat-immatriculation').en.definition));
      expect(buttonIn(tip(el!), 'Simpler')).to.exist;
      const tree = await a11yTree('.explainer-test');
      expect(one(tree, 'button', 'registration certificate').description).to.equal('Show the explanation');
    });
  });

  describe('inside a label', () => {
    it("leaves the field's accessible name as it was, and a click on the word opens it instead of focusing the field", async () => {
      const container = await render(html`<label for="plain">Numéro de formule de la carte grise</label><input id="plain" />
        ${termFixtures.find((x) => x.name === 'in-label')!.render(new Date())}`);
      const [el] = await termsReady(container);
      const plain = await a11yTree('#plain');
      const withTerm = await a11yTree('#term-fixture-formule');
      expect(withTerm.name).to.equal(plain.name);
      expect(withTerm.name).to.equal('Numéro de formule de la carte grise');
      word(el!)!.click();
      await waitUntil(() => tipShown(el!), 'not opened');
      expect(document.activeElement).to.not.equal(container.querySelector('#term-fixture-formule'));
      expect(el!.open).to.equal(true);
    });
  });

  it('is accessible, closed and open (axe)', async () => {
    const { container, el } = await paragraph();
    let violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await openTerm(el);
    violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
