import { expect } from '@open-wc/testing';
import type { Page } from './frame.js';
import {
  SUBMITTED,
  allUpgraded,
  builtFile,
  closePages,
  consoleLines,
  expectPhoneByKeyboard,
  fallbackShown,
  openPage,
  record,
  rendered,
  submitByEnter,
  tabToPhone,
  until,
} from './frame.js';

// Faults of the citizen's browser and of the integrator's server, on the
// built bundle in a fresh page each (tests/plugins/fault-pages.mjs). In each:
// no uncaught error, a visible tel: link for the 34 00 reached by Tab, the
// host form submits the same data by Enter, and the console gets exactly the
// messages listed (none where the citizen's browser is at fault and the
// integrator can do nothing; one naming the field and the fix otherwise).

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

/** What every fault must leave: no uncaught error, `lines` in the console, the phone by keyboard, the form's data. */
async function citizenAndForm(page: Page, lines: (string | RegExp)[]): Promise<void> {
  await settle();
  expect(record(page).errors, 'uncaught').to.deep.equal([]);
  const got = consoleLines(page);
  expect(got, got.join('\n')).to.have.length(lines.length);
  lines.forEach((line, i) => (typeof line === 'string' ? expect(got[i]).to.equal(line) : expect(got[i]).to.match(line)));
  await expectPhoneByKeyboard(page);
  expect(await submitByEnter(page)).to.deep.equal(SUBMITTED);
}

/** The explainer's panel, opened by its button. */
async function openExplainer(page: Page): Promise<ShadowRoot> {
  const root = await rendered(page, 'relais-explainer', 'button.toggle');
  root.querySelector<HTMLButtonElement>('button.toggle')!.click();
  await until(() => root.querySelector('[part="panel"], .panel'), 'the explainer never opened');
  return root;
}

describe('Faults (built bundle, a fresh page each)', () => {
  afterEach(closePages);

  it('no fault (the baseline): every element upgrades, "Écouter" is offered, no message', async () => {
    const page = await openPage();
    await allUpgraded(page);
    const explainer = await openExplainer(page);
    await until(() => explainer.querySelector('button.listen'), 'no read-aloud button with speech synthesis');
    await citizenAndForm(page, []);
  });

  it('localStorage and sessionStorage getters throw (sandboxed, privacy settings): everything works in memory, no message', async () => {
    const page = await openPage({ fault: ['storage-throws'] });
    await allUpgraded(page);
    expect(record(page).met, 'storage was never asked for').to.be.above(0);
    await citizenAndForm(page, []);
  });

  it('setItem throws QuotaExceededError: everything works, no message', async () => {
    const page = await openPage({ fault: ['storage-full'] });
    await allUpgraded(page);
    await until(() => record(page).met > 0, 'nothing was ever stored (the tracker keeps its progress)');
    await citizenAndForm(page, []);
  });

  it('corrupt stored progress and "Plus simple" choice: ignored (and the corrupt progress removed), no message', async () => {
    const page = await openPage({ fault: ['corrupt'] });
    await allUpgraded(page);
    await settle();
    const kept = page.win.localStorage.getItem('relais:steps:v1:ants/carte-grise/changement-titulaire');
    // Removed, then written again from the tracker's fresh progress.
    expect(() => kept === null || (JSON.parse(kept) as unknown), `the corrupt record is still there: ${kept}`).to.not.throw();
    expect(page.doc.querySelector('relais-help')!.hasAttribute('easy')).to.equal(false);
    await citizenAndForm(page, []);
  });

  for (const kind of ['404', '500', 'truncated', 'html', 'shape']) {
    it(`points file ${kind === 'shape' ? 'of another shape' : kind === 'html' ? 'that is an HTML page' : kind === 'truncated' ? 'truncated' : `answering ${kind}`}: the finder says so with the maps and the phone, one message naming points-src and the fix`, async () => {
      const page = await openPage({ points: `/fault-page/points?kind=${kind}` });
      await allUpgraded(page);
      const finder = await rendered(page, 'relais-help-points', '[part="input"]');
      finder.querySelector<HTMLInputElement>('[part="input"]')!.value = 'Mende';
      finder.querySelector<HTMLButtonElement>('[part="search"]')!.click();
      const told = kind === '500' ? 'La recherche ne marche pas pour le moment.' : "La liste des lieux n'est pas disponible.";
      await until(() => finder.textContent.replace(/\s+/g, ' ').includes(told), `the finder never said "${told}"`);
      expect(finder.querySelector('[part="phone"]')!.getAttribute('href')).to.equal('tel:3400');
      expect(finder.textContent).to.not.contain('Recherche des lieux en cours');
      // A 5xx: the citizen is told to try again or call, the integrator to check the server; a file that is not there or not a points file: to build it.
      await citizenAndForm(
        page,
        kind === '500'
          ? [
              /^warn: \[relais\] <relais-help-points> got a server error for its points file \(.+: HTTP 500\); the citizen is told to try again or to call\. Fix: check the server that serves points-src\.$/,
            ]
          : [
              /^warn: \[relais\] <relais-help-points> cannot use its points file \(.+\)\. Fix: build it with `relais-points build … --out DIR` and set points-src to DIR\/points\.json\.$/,
            ],
      );
    });
  }

  it('the help panel chunk answers 404: the press shows the tel: fallback, one message naming the part and the fix', async () => {
    const file = await builtFile('relais-help.panel');
    const page = await openPage({ bundle: [`/relais-block/${file}/relais.js`] });
    await allUpgraded(page);
    const link = await tabToPhone(page);
    expect(link?.outerHTML, 'no phone link by keyboard').to.contain('tel:3400');
    expect(fallbackShown(page), 'the fallback is not shown').to.equal(true);
    await citizenAndForm(page, [
      new RegExp(
        `^warn: \\[relais\\] <relais-help> could not load its panel; it shows its fallback content\\. Fix: serve every file of Relais's build .*${file.replace('.', '\\.')}`,
      ),
    ]);
  });

  it('the file that defines <relais-help> answers 404: the tel: fallback stays, the other elements work, one message naming the element and the fix', async () => {
    const file = await builtFile('relais-relais-help');
    const page = await openPage({ bundle: [`/relais-block/${file}/relais.js`] });
    await rendered(page, 'relais-steps', '[part="heading"]');
    await until(() => record(page).messages.length > 0, 'Relais said nothing');
    expect(page.win.customElements.get('relais-help')).to.equal(undefined);
    expect(fallbackShown(page)).to.equal(true);
    await citizenAndForm(page, [
      new RegExp(
        `^warn: \\[relais\\] <relais-help> could not be loaded; its fallback content stays\\. Fix: serve every file of Relais's dist/ folder beside relais\\.js\\. .*${file.replace('.', '\\.')}`,
      ),
    ]);
  });

  it("a field explainer's topic file answers 404: no button that would open nothing, the field's description unchanged, one message naming the fix", async () => {
    const file = await builtFile('relais-numero-immatriculation');
    const page = await openPage({ bundle: [`/relais-block/${file}/relais.js`] });
    await rendered(page, 'relais-help', 'button.trigger');
    await until(() => record(page).messages.length > 0, 'Relais said nothing');
    const explainer = page.doc.querySelector('relais-explainer')!;
    await (explainer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(explainer.shadowRoot?.querySelector('button'), 'a button with nothing to show').to.equal(null);
    expect(page.doc.getElementById('immatriculation')?.getAttribute('aria-describedby') ?? '', 'a summary that is not there').to.not.contain(
      'relais-explainer',
    );
    await citizenAndForm(page, [
      /^warn: \[relais\] A field explainer could not load \(a file of `dist\/` is missing or blocked\)\. Fix: serve every file of `dist\/` beside relais\.js\.$/,
    ]);
  });

  it("a glossary entry's texts answer 404: the word still opens and says, in plain French, that its explanation could not load; one message naming the file and the fix", async () => {
    const file = await builtFile('relais-glossary-text-certificat-immatriculation', await builtFile('relais-glossary.data'));
    const page = await openPage({ bundle: [`/relais-block/${file}/relais.js`] });
    const root = await rendered(page, 'relais-term', 'button.term');
    await until(() => record(page).messages.length > 0, 'Relais said nothing (the texts are fetched at idle)', 8000);
    root.querySelector<HTMLButtonElement>('button.term')!.click();
    await until(() => root.querySelector('.tip #text'), 'the toggletip never opened');
    const said = (root.querySelector('.tip')!.textContent ?? '').replace(/\s+/g, ' ');
    expect(said).to.contain("certificat d'immatriculation");
    expect(said).to.contain("L'explication de ce mot n'a pas pu s'afficher.");
    expect(root.querySelector('button.term')!.getAttribute('aria-expanded')).to.equal('true');
    await citizenAndForm(page, [
      new RegExp(
        `^warn: \\[relais\\] The explanation of the glossary entry "certificat-immatriculation" could not load: its file is missing or blocked \\(in Relais's dist/, relais-glossary-text-certificat-immatriculation-….js; .*\\)\\. The word's toggletip says so\\. Fix: serve every file of Relais's dist/ folder beside relais\\.js`,
      ),
    ]);
  });

  it("<relais-help>'s entry file alone answers 404 (it only re-exports): the element is defined all the same, and nothing is said", async () => {
    const page = await openPage({ bundle: ['/relais-block/relais-help.js/relais.js'] });
    await allUpgraded(page);
    await citizenAndForm(page, []);
  });

  it('no speech synthesis: the explainer works without "Écouter", no message', async () => {
    const page = await openPage({ fault: ['no-speech'] });
    await allUpgraded(page);
    const explainer = await openExplainer(page);
    await settle();
    expect(explainer.querySelector('button.listen')).to.equal(null);
    expect(explainer.textContent).to.match(/\S/);
    await citizenAndForm(page, []);
  });

  it('relais.js in two script tags (the same URL): one copy, no message', async () => {
    const page = await openPage({ bundle: ['/relais/relais.js', '/relais/relais.js'] });
    await allUpgraded(page);
    await citizenAndForm(page, []);
  });

  it('two copies of Relais (two URLs): the first definitions are kept, one warning to load Relais once', async () => {
    const page = await openPage({ bundle: ['/relais-slow/relais.js', '/relais-copy/relais.js'] });
    await allUpgraded(page);
    await until(() => record(page).messages.length > 0, 'no warning about the second copy');
    await citizenAndForm(page, [/^warn: \[relais\] <relais-[a-z-]+> is already defined: Relais seems to be loaded twice .* Load Relais once\.$/]);
  });

  it('JavaScript off: the fallback HTML gives the tel: link by keyboard and the form submits the same data', async () => {
    const page = await openPage({ noScript: true });
    expect(page.win.__relais, 'scripts ran').to.equal(undefined);
    expect(fallbackShown(page)).to.equal(true);
    await expectPhoneByKeyboard(page);
    expect(await submitByEnter(page)).to.deep.equal(SUBMITTED);
  });

  it('the control: a page whose <relais-help> has no fallback and whose file fails leaves no phone link, and that is caught', async () => {
    const file = await builtFile('relais-relais-help');
    const page = await openPage({ bundle: [`/relais-block/${file}/relais.js`], nofallback: true });
    await until(() => record(page).messages.length > 0, 'Relais said nothing');
    expect((await tabToPhone(page))?.outerHTML ?? null).to.equal(null);
    let caught = false;
    try {
      await expectPhoneByKeyboard(page);
    } catch {
      caught = true;
    }
    expect(caught, 'a page with no phone link passed the check').to.equal(true);
  });
});
