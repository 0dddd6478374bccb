import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { configure, publishState, resetConfigStore } from '@relais/core';
import { helpCode } from '@relais/sdk';
import type { RelaisHelp } from '../src/help.js';
import { a11yTree, axeViolations, describeViolations, findAll, flatten, norm, spoken } from '../../../tests/helpers/a11y.js';
import type { AXNode } from '../../../tests/helpers/a11y.js';
import { axeViolationsForcedColors } from '../../../tests/helpers/forced-colors.js';
import { expectSame } from '../../../tests/helpers/points.js';
import {
  defineHelp,
  dialog,
  focused,
  hasBox,
  luminance,
  openHelp,
  panel,
  phoneLink,
  politeRegion,
  recordErrors,
  recordWarnings,
  renderHelp,
  seen,
  shownCode,
  trigger,
  waitForClosed,
  waitForPanel,
} from '../../../tests/helpers/help.js';

const TUESDAY_10H = new Date('2026-11-24T09:00:00Z');
const BUTTON = "Besoin d'aide ? Parler à une personne";
const TITLE = 'Parler à une personne';
const fallback = html`<a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a>`;
const FALLBACK_HTML = `<relais-help procedure="ants/carte-grise/changement-titulaire"><a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a></relais-help>`;

/** The element on the carte-grise page, at the "ancien titulaire" step (help code 2A-36). */
const carteGrise = (variant: 'inline' | 'floating' = 'inline') =>
  html`<button id="before" type="button">Avant</button>
    <relais-help variant=${variant} procedure="ants/carte-grise/changement-titulaire" step="ancien-titulaire" .now=${TUESDAY_10H}
      >${fallback}</relais-help
    >
    <button id="outside" type="button">Dehors</button>`;

/** The first AX node with `role` (and `name`), or a failure that prints what is there. */
function one(tree: AXNode, role: string, name?: string | RegExp): AXNode {
  const found = findAll(tree, role, name);
  expect(found, `no ${role} ${String(name ?? '')} in:\n${spoken(tree).join('\n')}`).to.have.length.greaterThan(0);
  return found[0]!;
}

/** Loads an <iframe srcdoc> and resolves once it has loaded. */
async function frame(markup: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = 'width: 600px; height: 300px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="fr"><body>${markup}</body></html>`;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

// Before the script runs, without JavaScript, and in a page where the element
// is not defined: the light-DOM fallback, a plain phone link, does the job.
// These run first, before this page registers the element.
describe('<relais-help> fallback, before and without JavaScript', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('shows a named, visible tel: link while the tag is not defined', async () => {
    expect(customElements.get('relais-help'), 'this test must run before the element is registered').to.equal(undefined);
    const host = document.createElement('div');
    host.id = 'fallback-host';
    host.innerHTML = FALLBACK_HTML;
    document.body.append(host);
    try {
      const link = host.querySelector('a')!;
      expect(hasBox(link)).to.equal(true);
      const tree = await a11yTree('#fallback-host');
      const node = one(tree, 'link', "Besoin d'aide ? Appelez le 34 00");
      expect(node.name).to.contain('34 00');
      expect(link.getAttribute('href')).to.equal('tel:3400');
    } finally {
      host.remove();
    }
  });

  it('shows the link in a page that never loads the script', async () => {
    const iframe = await frame(FALLBACK_HTML);
    frames.push(iframe);
    const link = iframe.contentDocument!.querySelector('relais-help a')!;
    expect(hasBox(link)).to.equal(true);
    expect(norm(link.textContent)).to.equal("Besoin d'aide ? Appelez le 34 00");
    expect(link.getAttribute('href')).to.equal('tel:3400');
  });

  it('keeps the link usable when scripts are off (sandbox), and upgrades when they are on', async () => {
    const markup = `${FALLBACK_HTML}<script type="module" src="/packages/help/src/relais-help.ts"></script>`;
    // Scripts off: allow-same-origin only, so the test can look inside.
    const off = await frame(markup, 'allow-same-origin');
    frames.push(off);
    const offHelp = off.contentDocument!.querySelector('relais-help')!;
    const link = offHelp.querySelector('a')!;
    expect(hasBox(link)).to.equal(true);
    expect(link.getAttribute('href')).to.equal('tel:3400');
    expect(link.href).to.equal('tel:3400');
    expect(offHelp.shadowRoot, 'the script ran in a sandbox without allow-scripts').to.equal(null);
    // Control: the same markup with scripts on does upgrade, so the check above can fail.
    const on = await frame(markup);
    frames.push(on);
    const onHelp = on.contentDocument!.querySelector('relais-help')!;
    await waitUntil(() => onHelp.shadowRoot?.querySelector('button.trigger'), 'the control frame never upgraded', { timeout: 5000 });
    expect(hasBox(onHelp.querySelector('a'))).to.equal(false);
  });
});

describe('<relais-help>', () => {
  before(() => defineHelp());
  afterEach(async () => {
    resetConfigStore();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  // Closed: one button that says it gets you a person, the fallback gone.
  describe('closed', () => {
    it('is a button named "Besoin d\'aide ? Parler à une personne", collapsed, controlling the panel', async () => {
      const { el } = await renderHelp(carteGrise());
      const tree = await a11yTree('relais-help');
      const button = one(tree, 'button', BUTTON);
      expect(button.states['expanded']).to.equal(false);
      const id = trigger(el)!.getAttribute('aria-controls');
      expect(id, 'aria-controls').to.be.a('string').and.not.equal('');
      const controlled = el.shadowRoot!.getElementById(id!);
      expect(controlled, `#${id} in the same shadow root`).to.equal(panel(el));
      expect(controlled!.getAttribute('role')).to.equal('region');
    });

    it('no longer renders the fallback link once upgraded', async () => {
      const { el } = await renderHelp(carteGrise());
      expect(hasBox(el.querySelector('a[href="tel:3400"]'))).to.equal(false);
      const tree = await a11yTree('relais-help');
      expect(findAll(tree, 'link')).to.deep.equal([]);
    });

    it('has its panel ready before the press, out of sight: not seen, not heard, not reached by Tab, no scrolling added', async () => {
      const { el } = await renderHelp(carteGrise());
      // Made ready when the page is idle (laid out, hidden), so that the press only shows it.
      await waitUntil(() => phoneLink(el), 'the panel was never made ready', { timeout: 5000 });
      expect(el.open).to.equal(false);
      expect(seen(phoneLink(el)), 'the phone link of the closed panel').to.equal(false);
      const tree = await a11yTree('relais-help');
      expect(findAll(tree, 'link'), 'links heard in the closed panel').to.deep.equal([]);
      expect(findAll(tree, 'region')).to.deep.equal([]);
      document.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(trigger(el));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id, 'Tab after the button').to.equal('outside');
      const page = document.documentElement;
      expect(page.scrollHeight, 'the hidden panel makes the page scroll').to.be.at.most(innerHeight);
      // Control: without its room's clip, the hidden panel would make the page longer.
      const unclip = document.createElement('style');
      unclip.textContent = '.room { overflow: visible !important; }';
      el.shadowRoot!.append(unclip);
      expect(page.scrollHeight, 'control: the panel unclipped').to.be.greaterThan(innerHeight);
      unclip.remove();
    });

    it('speaks English inside lang="en"', async () => {
      await renderHelp(html`<div lang="en"><relais-help .now=${TUESDAY_10H}>${fallback}</relais-help></div>`);
      const tree = await a11yTree('relais-help');
      one(tree, 'button', 'Need help? Talk to a person');
    });

    it('the name check fails on a nameless or wrongly expanded button (control)', async () => {
      const { container } = await renderHelp(
        html`<relais-help .now=${TUESDAY_10H}>${fallback}</relais-help>
          <div id="broken"><button type="button" aria-expanded="true"></button></div>`,
      );
      const tree = await a11yTree('#broken');
      expect(findAll(tree, 'button', BUTTON)).to.deep.equal([]);
      expect(findAll(tree, 'button')[0]!.states['expanded']).to.equal(true);
      const violations = await axeViolations(container);
      expect(violations.map((v) => v.id)).to.include('button-name');
    });
  });

  // Keyboard, inline variant: a disclosure.
  describe('keyboard, inline', () => {
    it('Tab reaches the button; Enter opens a named region with its heading; Enter again closes', async () => {
      const { el } = await renderHelp(carteGrise());
      (document.getElementById('before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(trigger(el));

      await sendKeys({ press: 'Enter' });
      await waitForPanel(el);
      let tree = await a11yTree('relais-help');
      expect(one(tree, 'button', BUTTON).states['expanded']).to.equal(true);
      const region = one(tree, 'region', TITLE);
      one(region, 'heading', TITLE);
      expect(focused(el), 'focus stays on the button').to.equal(trigger(el));

      await sendKeys({ press: 'Enter' });
      await waitForClosed(el);
      tree = await a11yTree('relais-help');
      expect(one(tree, 'button', BUTTON).states['expanded']).to.equal(false);
      expect(findAll(tree, 'region')).to.deep.equal([]);
    });

    it('Space opens and closes', async () => {
      const { el } = await renderHelp(carteGrise());
      trigger(el)!.focus();
      await sendKeys({ press: 'Space' });
      await waitForPanel(el);
      expect(trigger(el)!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await waitForClosed(el);
      expect(trigger(el)!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('Escape on the button closes', async () => {
      const { el } = await renderHelp(carteGrise());
      trigger(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitForPanel(el);
      await sendKeys({ press: 'Escape' });
      await waitForClosed(el);
      expect(focused(el)).to.equal(trigger(el));
    });

    it('Escape inside the panel closes and puts focus back on the button', async () => {
      const { el } = await renderHelp(carteGrise());
      trigger(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitForPanel(el);
      await sendKeys({ press: 'Tab' });
      expect(focused(el), 'Tab from the button goes into the panel').to.equal(phoneLink(el));
      await sendKeys({ press: 'Escape' });
      await waitForClosed(el);
      await waitUntil(() => focused(el) === trigger(el), 'focus never came back to the button');
    });
  });

  // Keyboard, floating variant: a modal dialog.
  describe('keyboard, floating', () => {
    /** The focusable parts of the open dialog, in order. */
    const focusables = (el: RelaisHelp) => [...dialog(el)!.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')];

    async function openFloating(): Promise<RelaisHelp> {
      const { el } = await renderHelp(carteGrise('floating'));
      trigger(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitForPanel(el);
      await waitUntil(() => dialog(el)!.open, 'the dialog never opened');
      // Focus moves in after a frame, the page goes inert a frame later (help.panel.ts says why).
      await waitUntil(() => el.parentElement!.querySelector<HTMLElement>('#outside')!.inert, 'the page behind never went inert');
      return el;
    }

    it('opens a modal dialog named by its heading, with focus inside', async () => {
      const el = await openFloating();
      const d = dialog(el)!;
      expect(d.open).to.equal(true);
      // Not showModal() (Orca loses the focus moves around it: docs/screen-readers.md): modal by hand.
      expect(d.matches(':modal')).to.equal(false);
      expect(d.getAttribute('aria-modal')).to.equal('true');
      expect(focused(el)).to.equal(d.querySelector('button.close'));
      // The floating host is display: contents (no AX node of its own): read the whole page.
      const tree = await a11yTree('html');
      const node = one(tree, 'dialog', TITLE);
      expect(node.states['modal']).to.equal(true);
      one(node, 'button', 'Fermer');
      one(node, 'link', 'Appeler le 34 00');
    });

    it('closed, its dialog made ready out of sight: not seen, not heard, not reached by Tab', async () => {
      const { el } = await renderHelp(carteGrise('floating'));
      await waitUntil(() => phoneLink(el), 'the dialog was never made ready', { timeout: 5000 });
      expect(dialog(el)!.open).to.equal(false);
      expect(seen(phoneLink(el)), 'the phone link of the closed dialog').to.equal(false);
      const tree = await a11yTree('html');
      expect(findAll(tree, 'dialog')).to.deep.equal([]);
      expect(findAll(tree, 'link', 'Appeler le 34 00')).to.deep.equal([]);
      document.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(trigger(el));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id, 'Tab after the button').to.equal('outside');
    });

    it('closed: a button that says it opens a dialog', async () => {
      const { el } = await renderHelp(carteGrise('floating'));
      const tree = await a11yTree('html');
      const button = one(tree, 'button', BUTTON);
      expect(button.states['expanded']).to.equal(false);
      // The a11y-tree command does not report CDP's camel-cased "hasPopup": read the attribute.
      expect(trigger(el)!.getAttribute('aria-haspopup')).to.equal('dialog');
    });

    it('Tab and Shift+Tab wrap inside the dialog', async () => {
      const el = await openFloating();
      const list = focusables(el);
      expect(list.length).to.be.greaterThan(2);
      const first = list[0]!;
      const last = list[list.length - 1]!;
      last.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(first);
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused(el)).to.equal(last);
    });

    it('keeps the page behind inert: Tab never leaves the dialog, the outside button leaves the AX tree', async () => {
      const el = await openFloating();
      const outside = document.getElementById('outside')!;
      const d = dialog(el)!;
      const count = focusables(el).length;
      for (let i = 0; i < count + 2; i++) {
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement, `Tab #${i + 1}`).to.equal(el);
        expect(d.contains(focused(el))).to.equal(true);
      }
      outside.focus();
      expect(document.activeElement, 'the outside button took focus').not.to.equal(outside);
      const page = await a11yTree('html');
      one(page, 'dialog', TITLE);
      expect(findAll(page, 'button', 'Dehors'), 'the outside button while the dialog is open').to.deep.equal([]);
      el.hide();
      await waitForClosed(el);
      const after = await a11yTree('html');
      expect(findAll(after, 'button', 'Dehors'), 'the outside button once closed').to.have.length(1);
      outside.focus();
      expect(document.activeElement).to.equal(outside);
    });

    it('makes the rest of the page inert while open (not what was inert already), and gives it back on close', async () => {
      const { container, el } = await renderHelp(html`<header><button id="top" type="button">En haut</button></header>
        <main>
          <p>Texte <a href="#x">un lien</a></p>
          <div><relais-help variant="floating" .now=${TUESDAY_10H}>${fallback}</relais-help><button id="beside" type="button">À côté</button></div>
          <div id="already" inert><button type="button">Déjà inerte</button></div>
        </main>`);
      // Everything in <body> but the element's own branch: the page's other top-level content.
      const page = [...document.body.children].filter((c) => !c.contains(el) && !['SCRIPT', 'STYLE'].includes(c.tagName)) as HTMLElement[];
      const main = container.querySelector('main')!;
      const header = container.querySelector('header')!;
      const paragraph = main.querySelector('p')!;
      const beside = container.querySelector<HTMLElement>('#beside')!;
      const already = container.querySelector<HTMLElement>('#already')!;
      const inert = () => [header, paragraph, beside, trigger(el)!, ...page].map((n) => n.inert);
      expect(inert().some(Boolean), 'nothing is inert before opening').to.equal(false);

      trigger(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => beside.inert, 'the page behind never went inert');
      expect(inert(), 'header, paragraph, the button beside, the trigger, the other top-level content').to.deep.equal(inert().map(() => true));
      for (const branch of [main, container, main.querySelector('div')!]) expect(branch.inert, "the element's own branch stays usable").to.equal(false);
      expect(el.inert).to.equal(false);
      // Inert for real: no focus, no accessibility node.
      beside.focus();
      expect(document.activeElement).to.equal(el);
      const tree = await a11yTree('html');
      expect(findAll(tree, 'button', 'En haut'), 'the page behind is out of the accessibility tree').to.deep.equal([]);
      expect(findAll(tree, 'link', 'un lien')).to.deep.equal([]);
      one(tree, 'dialog', TITLE);

      // Escape from <body> (a screen reader's own moves can leave focus there) closes it too.
      (document.activeElement as HTMLElement).blur();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await waitForClosed(el);
      expect(inert(), 'all given back on close').to.deep.equal(inert().map(() => false));
      expect(already.inert, 'what was inert before stays inert').to.equal(true);
      expect(focused(el)).to.equal(trigger(el));
      beside.focus();
      expect(document.activeElement).to.equal(beside);
      const after = await a11yTree('html');
      one(after, 'button', 'En haut');

      // Removed from the page while open: the page is given back at once.
      await el.show();
      await waitUntil(() => beside.inert, 'the page behind never went inert');
      el.remove();
      expect([header, paragraph, beside, ...page].map((n) => n.inert)).to.deep.equal([false, false, false, ...page.map(() => false)]);
      expect(already.inert).to.equal(true);
    });

    it('on closing, focus is back on the button while the dialog is still shown (so the move is heard), then it hides', async () => {
      const el = await openFloating();
      const seen: { open: boolean; expanded: string | null }[] = [];
      trigger(el)!.addEventListener('focus', () => seen.push({ open: dialog(el)!.open, expanded: trigger(el)!.getAttribute('aria-expanded') }));
      await sendKeys({ press: 'Escape' });
      await waitForClosed(el);
      expect(seen, 'focus moved back once, while the dialog was shown, the button already collapsed').to.deep.equal([{ open: true, expanded: 'false' }]);
      expect(dialog(el)!.open).to.equal(false);
      expect(focused(el)).to.equal(trigger(el));
    });

    it('Tab pressed right after Escape goes on past the dialog, not back into the one closing', async () => {
      const { container, el } = await renderHelp(
        html`<relais-help variant="floating" .now=${TUESDAY_10H}>${fallback}</relais-help><button id="after" type="button">Après</button>`,
      );
      await el.show();
      await waitUntil(() => dialog(el)!.dataset['phase'] === 'open', 'the dialog never became modal');
      // Both keys in one go, before the frame that hides the dialog.
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Tab' });
      await waitForClosed(el);
      expectSame(document.activeElement, container.querySelector('#after'), 'Tab after closing reaches what follows the element');
    });

    it('Escape closes and puts focus back on the button; so does "Fermer"', async () => {
      let el = await openFloating();
      await sendKeys({ press: 'Escape' });
      await waitForClosed(el);
      expect(dialog(el)!.open).to.equal(false);
      await waitUntil(() => focused(el) === trigger(el), 'focus never came back to the button');

      el = await openFloating();
      await sendKeys({ press: 'Enter' }); // on "Fermer"
      await waitForClosed(el);
      expect(dialog(el)!.open).to.equal(false);
      await waitUntil(() => focused(el) === trigger(el), 'focus never came back to the button');
    });
  });

  // The open panel's content, as a screen reader meets it.
  describe('the open panel', () => {
    it('has a phone link named "Appeler le 34 00" that dials 3400', async () => {
      const { el } = await renderHelp(carteGrise());
      const link = await openHelp(el);
      const tree = await a11yTree('relais-help');
      one(tree, 'link', 'Appeler le 34 00');
      expect(link.getAttribute('href')).to.equal('tel:3400');
      expect(findAll(tree, 'link', /tel:/)).to.deep.equal([]);
    });

    it('names the number from abroad with its visible text (voice control can say what it sees)', async () => {
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:+33970830707"]')!;
      const tree = await a11yTree('relais-help');
      const node = one(tree, 'link', /\+33\s9\s70\s83\s07\s07/);
      expect(norm(node.name)).to.contain(norm(link.textContent));
    });

    it('reads the help code one symbol at a time and hides "2A-36" from screen readers', async () => {
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      expect(shownCode(el)).to.equal('2A-36');
      const tree = await a11yTree('relais-help');
      const texts = flatten(tree).map((n) => norm(n.name));
      expect(
        texts.some((t) => t.includes('2, A, 3, 6')),
        texts.join('\n'),
      ).to.equal(true);
      expect(
        texts.some((t) => /2A-?36/.test(t)),
        'the visual code is in the AX tree',
      ).to.equal(false);
    });
  });

  // Copying the help code: the result is shown and announced once, politely.
  describe('copy the help code', () => {
    const clipboard = navigator.clipboard;
    afterEach(() => {
      delete (clipboard as { writeText?: unknown }).writeText;
    });

    /** Counts how many times `text` is written to the polite region. */
    function watchRegion(text: string): { count: () => number; stop: () => void } {
      let n = 0;
      const observer = new MutationObserver(() => {
        if (norm(politeRegion()?.textContent) === text) n++;
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      return { count: () => n, stop: () => observer.disconnect() };
    }

    it('has the polite live region in the page as soon as the panel opens, before any message', async () => {
      politeRegion()?.remove(); // as on a fresh page
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      const region = politeRegion();
      expect(region, 'no live region when the panel opened').to.exist;
      expect(region!.getAttribute('aria-live')).to.equal('polite');
      expect(norm(region!.textContent)).to.equal('');
    });

    it('copies the code and announces "Code copié" once', async () => {
      const copied: string[] = [];
      clipboard.writeText = (text: string) => {
        copied.push(text);
        return Promise.resolve();
      };
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      const watch = watchRegion('Code copié');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
      await waitUntil(() => norm(politeRegion()?.textContent) === 'Code copié', 'never announced');
      await aTimeout(100); // long enough for a second write to show up, if there were one
      watch.stop();
      expect(copied).to.deep.equal(['2A-36']);
      expect(watch.count()).to.equal(1);
      expect(politeRegion()!.getAttribute('aria-live')).to.equal('polite');
      expect(norm(panel(el)!.textContent)).to.contain('Code copié');
    });

    it('in the modal dialog, where the page behind is inert, announces from a live region inside the dialog', async () => {
      clipboard.writeText = () => Promise.resolve();
      const { el } = await renderHelp(carteGrise('floating'));
      await openHelp(el);
      await waitUntil(() => dialog(el)!.open, 'the dialog never opened');
      await waitUntil(() => trigger(el)!.inert, 'the page behind never went inert');
      // A live region with no role (an empty role="status" is read as "barre d'état").
      const status = (tree: AXNode) => flatten(one(tree, 'dialog', TITLE)).filter((n) => n.states['live'] === 'polite');
      const before = status(await a11yTree('html'));
      expect(before, 'a live region in the dialog before the message').to.have.length(1);
      expect(
        flatten(before[0]!)
          .map((n) => norm(n.name))
          .join(''),
      ).to.equal('');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
      await waitUntil(() => norm(panel(el)?.textContent).includes('Code copié'), 'the copy never finished');
      await el.updateComplete;
      const page = await a11yTree('html');
      const [region] = status(page);
      expect(region!.states['live']).to.equal('polite');
      expect(
        flatten(region!).some((n) => norm(n.name) === 'Code copié'),
        spoken(region!).join('\n'),
      ).to.equal(true);
      // Everything a screen reader can reach says it once, from that region.
      expect(flatten(page).filter((n) => n.role === 'StaticText' && norm(n.name) === 'Code copié')).to.have.length(1);
    });

    it('says the copy failed, and to write the code down, when the clipboard refuses', async () => {
      clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
      const message = "La copie n'a pas marché. Notez le code à la main.";
      await waitUntil(() => norm(politeRegion()?.textContent) === message, 'never announced');
      expect(norm(panel(el)!.textContent)).to.contain(message);
      expect(norm(panel(el)!.textContent)).not.to.contain('Code copié');
    });
  });

  // Events for the page's analytics: documented details, no personal data.
  describe('events', () => {
    const stopNavigation = (event: Event) => event.preventDefault();
    beforeEach(() => window.addEventListener('click', stopNavigation, true));
    afterEach(() => window.removeEventListener('click', stopNavigation, true));

    it('fires relais-help-open and relais-help-close, bubbling and composed', async () => {
      const { el } = await renderHelp(carteGrise());
      const opened = oneEvent(document, 'relais-help-open');
      trigger(el)!.click();
      const open = await opened;
      expect(open.bubbles && open.composed).to.equal(true);
      expect(open.detail).to.deep.equal({ variant: 'inline', procedure: 'ants/carte-grise/changement-titulaire', step: 'ancien-titulaire' });
      await waitForPanel(el);
      const closed = oneEvent(document, 'relais-help-close');
      trigger(el)!.click();
      const close = await closed;
      expect(close.bubbles && close.composed).to.equal(true);
      expect(close.detail).to.deep.equal({ variant: 'inline' });
    });

    it('fires relais-help-channel on a call, with only the channel and its kind', async () => {
      const { el } = await renderHelp(carteGrise());
      const link = await openHelp(el);
      const fired = oneEvent(document, 'relais-help-channel');
      link.click();
      const event = await fired;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(Object.keys(event.detail).sort()).to.deep.equal(['channel', 'kind']);
      expect(event.detail).to.deep.equal({ channel: 'phone', kind: 'phone' });
      expect(location.protocol).to.match(/^https?:$/);
    });
  });

  // The help code follows the tracker on the page, unless the element says otherwise.
  describe('help code and the page store', () => {
    beforeEach(() => resetConfigStore());

    it('uses the procedure and step other widgets publish, and follows a step change', async () => {
      publishState({ procedure: 'ants/permis/inscription', step: 'justificatifs' });
      const { el } = await renderHelp(html`<relais-help .now=${TUESDAY_10H}>${fallback}</relais-help>`);
      await openHelp(el);
      expect(shownCode(el)).to.equal(helpCode('ants/permis/inscription', 'justificatifs'));
      expect(norm(panel(el)!.textContent)).to.contain("Vous êtes à l'étape : Pièces justificatives");
      publishState({ procedure: 'ants/permis/inscription', step: 'recapitulatif' });
      await waitUntil(() => shownCode(el) === helpCode('ants/permis/inscription', 'recapitulatif'), 'the code did not follow');
    });

    it("prefers the element's own procedure and step attributes", async () => {
      publishState({ procedure: 'ants/permis/inscription', step: 'justificatifs' });
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      expect(shownCode(el)).to.equal('2A-36');
    });
  });

  // Page config: applied when valid; when not, the 34 00 stays and one warning says why.
  describe('page config', () => {
    beforeEach(() => resetConfigStore());

    it('shows configured channels as links', async () => {
      configure({ help: { channels: [{ id: 'faq', kind: 'faq', label: 'Questions fréquentes', href: 'https://example.fr/faq' }] } });
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      await waitUntil(() => el.shadowRoot!.querySelector('a[href="https://example.fr/faq"]'), 'the channel never showed');
      const tree = await a11yTree('relais-help');
      one(tree, 'link', 'Questions fréquentes');
    });

    it('with an invalid config: still "Appeler le 34 00", nothing thrown, one warning naming the bad parts', async () => {
      const warnings = recordWarnings();
      const errors = recordErrors();
      try {
        configure({ help: { phone: { number: 'call us' } }, locale: 'xx' });
        const { el } = await renderHelp(carteGrise());
        await openHelp(el);
        await waitUntil(() => warnings.calls.length > 0, 'no warning');
        await aTimeout(50);
        expect(warnings.calls, warnings.calls.join('\n---\n')).to.have.length(1);
        expect(warnings.calls[0]).to.contain('help.phone.number').and.contain('locale');
        expect(norm(phoneLink(el)!.textContent)).to.equal('Appeler le 34 00');
        expect(phoneLink(el)!.getAttribute('href')).to.equal('tel:3400');
        expect(errors.errors).to.deep.equal([]);
      } finally {
        warnings.restore();
        errors.stop();
      }
    });

    it('with a <script data-relais-config> that is not JSON: one warning, 34 00 still shown', async () => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.setAttribute('data-relais-config', '');
      script.textContent = '{ "locale": "fr", }';
      document.head.append(script);
      resetConfigStore();
      const warnings = recordWarnings();
      try {
        const { el } = await renderHelp(carteGrise());
        await openHelp(el);
        expect(warnings.calls, warnings.calls.join('\n---\n')).to.have.length(1);
        expect(warnings.calls[0]).to.contain('data-relais-config');
        expect(norm(phoneLink(el)!.textContent)).to.equal('Appeler le 34 00');
      } finally {
        warnings.restore();
        script.remove();
        resetConfigStore();
      }
    });
  });

  // Size and reflow: big enough to hit, no sideways scrolling on a small phone.
  describe('target size and reflow', () => {
    it('the button and the phone link are at least 44×44 CSS px', async () => {
      const { el } = await renderHelp(carteGrise());
      const link = await openHelp(el);
      for (const [what, part] of [
        ['button', trigger(el)!],
        ['phone link', link],
      ] as const) {
        const box = part.getBoundingClientRect();
        expect(box.width, `${what} width`).to.be.at.least(44);
        expect(box.height, `${what} height`).to.be.at.least(44);
      }
    });

    it('the open panel at 320 px causes no horizontal scroll', async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const part of el.shadowRoot!.querySelectorAll('.panel, .panel *')) {
        expect(part.getBoundingClientRect().right, part.outerHTML.slice(0, 60)).to.be.at.most(320.5);
      }
    });
  });

  // Dark pages and Windows high contrast.
  describe('dark and forced colours', () => {
    it('has a dark panel with light text in a color-scheme: dark page', async () => {
      const { el } = await renderHelp(carteGrise(), 'color-scheme: dark');
      await openHelp(el);
      const style = getComputedStyle(panel(el)!);
      expect(luminance(style.backgroundColor), style.backgroundColor).to.be.below(0.2);
      expect(luminance(style.color), style.color).to.be.above(0.6);
    });

    it('keeps its light palette on a light page (control)', async () => {
      const { el } = await renderHelp(carteGrise());
      await openHelp(el);
      expect(luminance(getComputedStyle(panel(el)!).backgroundColor)).to.be.above(0.8);
    });

    for (const scheme of ['light', 'dark']) {
      it(`passes axe in forced colours, open, on a ${scheme} page`, async () => {
        await emulateMedia({ forcedColors: 'active' });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const { container, el } = await renderHelp(
          html`<relais-help procedure="ants/carte-grise/changement-titulaire" step="ancien-titulaire" .now=${TUESDAY_10H}>${fallback}</relais-help>`,
          `color-scheme: ${scheme}`,
        );
        await openHelp(el);
        // Forced text is painted with the system colours: the panel's computed colours must contrast.
        const style = getComputedStyle(panel(el)!);
        expect(Math.abs(luminance(style.color) - luminance(style.backgroundColor))).to.be.above(0.7);
        const violations = await axeViolationsForcedColors(container);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      });
    }
  });
});
