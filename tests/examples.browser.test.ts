import { expect } from '@open-wc/testing';
import { norm } from './helpers/a11y.js';
import { nextLoad, openPage, PAGE, until } from './helpers/example.js';

// The example page examples/carte-grise/ driven in an <iframe> (same origin), as a
// citizen would fill it. It must work whether or not /relais/relais.js is served.

/** An element's text, white space normalised. */
const text = (node: Element | null | undefined): string => norm(node?.textContent);

describe('example page: carte grise, changement de titulaire', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('ships the <relais-help> fallback link in its HTML, and the whole form without JavaScript', async () => {
    const html = await (await fetch(PAGE)).text();
    const source = new DOMParser().parseFromString(html, 'text/html');
    expect(source.documentElement.lang).to.equal('fr');
    const link = source.querySelector('relais-help[procedure="ants/carte-grise/changement-titulaire"] a[href="tel:3400"]');
    expect(link, 'fallback link').to.exist;
    expect(link!.textContent).to.contain('34 00');
    expect(source.querySelectorAll('script[src="/relais/relais.js"]')).to.have.length(1);
    const steps = [...source.querySelectorAll('fieldset[data-relais-step]')];
    expect(steps.map((s) => s.getAttribute('data-relais-step'))).to.deep.equal(['vehicule', 'ancien-titulaire', 'nouveau-titulaire', 'recapitulatif']);
    // Nothing is hidden until the script runs.
    expect(steps.every((s) => !s.hasAttribute('hidden'))).to.be.true;
  });

  it('goes step by step, checks each step, and submits exactly what was filled', async () => {
    frame = await openPage();
    const doc = frame.contentDocument!;
    const win = frame.contentWindow! as Window & typeof globalThis;
    expect(doc.querySelector('relais-help a[href="tel:3400"]'), 'fallback link').to.exist;

    const form = doc.getElementById('demarche') as HTMLFormElement;
    const steps = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-relais-step]')];
    expect(steps).to.have.length(4);
    const step = (id: string) => form.querySelector<HTMLFieldSetElement>(`fieldset[data-relais-step="${id}"]`)!;
    const visible = () => steps.filter((s) => !s.hidden).map((s) => s.dataset.relaisStep);
    const button = (id: string, text: string) =>
      [...step(id).querySelectorAll<HTMLButtonElement>(':scope > .actions button')].find((b) => b.textContent.trim() === text)!;
    const fill = (name: string, value: string) => {
      const field = form.elements.namedItem(name) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new win.Event('input', { bubbles: true }));
    };

    // Only the first step shows, every step has a legend.
    expect(visible()).to.deep.equal(['vehicule']);
    for (const s of steps) expect(s.querySelector(':scope > legend')?.textContent?.trim()).to.be.ok;

    // Step 1
    fill('immatriculation', 'AB-123-CD');
    fill('numero_formule', '2013AB12345');
    fill('date_cession', '2025-03-14');
    button('vehicule', 'Continuer').click();
    expect(visible()).to.deep.equal(['ancien-titulaire']);
    await until(() => doc.activeElement === step('ancien-titulaire').querySelector('legend'), 'focus on the legend of step 2');

    // Step 2: "Continuer" with an empty required field stays on the step.
    fill('ancien_nom', 'Durand');
    button('ancien-titulaire', 'Continuer').click();
    expect(visible()).to.deep.equal(['ancien-titulaire']);
    expect(doc.activeElement).to.equal(form.elements.namedItem('code_cession'));

    // "Retour" goes back, with focus on that step's legend; the answers stay.
    button('ancien-titulaire', 'Retour').click();
    expect(visible()).to.deep.equal(['vehicule']);
    expect(doc.activeElement).to.equal(step('vehicule').querySelector('legend'));
    expect((form.elements.namedItem('immatriculation') as HTMLInputElement).value).to.equal('AB-123-CD');
    button('vehicule', 'Continuer').click();

    fill('code_cession', 'K7P2X9Q4');
    button('ancien-titulaire', 'Continuer').click();
    expect(visible()).to.deep.equal(['nouveau-titulaire']);
    expect(doc.activeElement).to.equal(step('nouveau-titulaire').querySelector('legend'));

    // Step 3: a badly formed postal code is caught.
    fill('nom', 'Martin');
    fill('prenom', 'Léa');
    fill('adresse', '12 rue des Lilas');
    fill('code_postal', '6900');
    fill('commune', 'Lyon');
    (doc.getElementById('justificatif-oui') as HTMLInputElement).checked = true;
    button('nouveau-titulaire', 'Continuer').click();
    expect(visible()).to.deep.equal(['nouveau-titulaire']);
    expect(doc.activeElement).to.equal(form.elements.namedItem('code_postal'));
    fill('code_postal', '69003');
    button('nouveau-titulaire', 'Continuer').click();
    expect(visible()).to.deep.equal(['recapitulatif']);
    expect(doc.activeElement).to.equal(step('recapitulatif').querySelector('legend'));
    expect(doc.getElementById('resume-liste')!.textContent).to.contain('AB-123-CD').and.contain('14/03/2025');

    // Step 4: certify and send.
    (form.elements.namedItem('certification') as HTMLInputElement).checked = true;
    const confirmation = nextLoad(frame);
    button('recapitulatif', 'Envoyer ma demande').click();
    await confirmation;

    const done = frame.contentDocument!;
    expect(new URL(done.URL).pathname).to.equal('/examples/carte-grise/confirmation.html');
    const list = await until(() => done.getElementById('recu'), '#recu');
    const terms = [...list.querySelectorAll('dt')].map((dt) => dt.textContent);
    const values = [...list.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(terms.map((name, i) => [name, values[i]])).to.deep.equal([
      ['immatriculation', 'AB-123-CD'],
      ['numero_formule', '2013AB12345'],
      ['date_cession', '2025-03-14'],
      ['code_cession', 'K7P2X9Q4'],
      ['ancien_nom', 'Durand'],
      ['nom', 'Martin'],
      ['prenom', 'Léa'],
      ['adresse', '12 rue des Lilas'],
      ['code_postal', '69003'],
      ['commune', 'Lyon'],
      ['justificatif', 'oui'],
      ['certification', 'oui'],
    ]);
  });

  it('loads relais.js with one tag: <relais-help> upgrades, and its help code follows the step', async () => {
    frame = await openPage();
    const doc = frame.contentDocument!;
    const help = doc.querySelector('relais-help')!;
    const button = await until(() => help.shadowRoot?.querySelector<HTMLButtonElement>('button.trigger'), 'the upgraded help button', 8000);
    expect(button.textContent.replace(/\s+/g, ' ').trim()).to.equal("Besoin d'aide\u00a0? Parler à une personne".replace(/\s+/g, ' '));
    // The page does not tell the help button its step: the tracker does, through the page.
    expect(help.hasAttribute('step')).to.equal(false);
    button.click();
    // ants/carte-grise/changement-titulaire, step 1 "vehicule": see packages/sdk/HELP-CODES.md. Until the
    // tracker has loaded, the code says "step unknown" (2A-ZK); then it must follow the tracker.
    const code = () => text(help.shadowRoot?.querySelector('.code-value [aria-hidden="true"]'));
    await until(() => code() === '2A-28', `the help code of step 1 (shown: ${code()})`, 8000);
    const phone = help.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="phone"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:3400');
  });

  it('has a <relais-steps> tracker above the form, with a fallback sentence, that follows the form; the help code follows the tracker', async () => {
    localStorage.removeItem('relais:steps:v1:ants/carte-grise/changement-titulaire');
    frame = await openPage();
    const doc = frame.contentDocument!;
    const form = doc.getElementById('demarche') as HTMLFormElement;
    const tracker = doc.querySelector('relais-steps')!;
    expect(tracker.getAttribute('for')).to.equal('demarche');
    expect(tracker.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the form').to.be.ok;
    expect(text(tracker.querySelector('p'))).to.contain('5 étapes');
    const heading = () => tracker.shadowRoot?.querySelector('[part="heading"]');
    await until(() => heading(), 'the upgraded tracker', 8000);
    expect(text(heading())).to.equal('Étape 1 sur 5 : Votre véhicule');
    expect(text(tracker.shadowRoot!.querySelector('[part="next"]'))).to.equal("Étape suivante : L'ancien propriétaire");

    // The help code, panel open: step 1 "vehicule" (2A-28, see packages/sdk/HELP-CODES.md).
    const help = doc.querySelector('relais-help')!;
    (await until(() => help.shadowRoot?.querySelector<HTMLButtonElement>('button.trigger'), 'the help button', 8000)).click();
    const code = () => text(help.shadowRoot?.querySelector('.code-value [aria-hidden="true"]'));
    await until(() => code() === '2A-28', 'the help code of step 1', 8000);

    // The citizen fills step 1 and goes on: the tracker follows the form, the code follows the tracker.
    const win = frame.contentWindow! as Window & typeof globalThis;
    const fill = (name: string, value: string) => {
      const field = form.elements.namedItem(name) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new win.Event('input', { bubbles: true }));
    };
    fill('immatriculation', 'AB-123-CD');
    fill('numero_formule', '2013AB12345');
    fill('date_cession', '2025-03-14');
    form.querySelector<HTMLButtonElement>('fieldset[data-relais-step="vehicule"] [data-step-next]')!.click();
    await until(() => text(heading()) === "Étape 2 sur 5 : L'ancien propriétaire", 'the tracker at step 2', 3000);
    await until(() => code() === '2A-36', `the help code of step 2 (shown: ${code()})`, 3000);
    // Announced once, politely, in the page's live region.
    const region = doc.querySelector('[data-relais-announcer="polite"]')!;
    await until(() => text(region) === "Étape 2 sur 5 : L'ancien propriétaire", 'the announcement', 3000);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    // The form keeps its own focus move (to the step's legend): the tracker takes no focus.
    expect(doc.activeElement).to.equal(form.querySelector('fieldset[data-relais-step="ancien-titulaire"] legend'));

    // Back: the tracker goes back too, and step 1 stays done.
    form.querySelector<HTMLButtonElement>('fieldset[data-relais-step="ancien-titulaire"] [data-step-back]')!.click();
    await until(() => text(heading()) === 'Étape 1 sur 5 : Votre véhicule', 'the tracker back at step 1', 3000);
    await until(() => code() === '2A-28', 'the help code back at step 1', 3000);
    localStorage.removeItem('relais:steps:v1:ants/carte-grise/changement-titulaire');
  });

  it('resumes coherently after a reload at every step: the form starting over, or resuming a draft', async () => {
    const KEY = 'relais:steps:v1:ants/carte-grise/changement-titulaire';
    const ids = ['vehicule', 'ancien-titulaire', 'nouveau-titulaire', 'recapitulatif'];
    const titles = ['Votre véhicule', "L'ancien propriétaire", 'Vous, le nouveau propriétaire', 'Vérifier et envoyer'];
    const answers: [string, string][] = [
      ['immatriculation', 'AB-123-CD'],
      ['numero_formule', '2013AB12345'],
      ['date_cession', '2025-03-14'],
      ['code_cession', 'K7P2X9Q4'],
      ['ancien_nom', 'Durand'],
      ['nom', 'Martin'],
      ['prenom', 'Léa'],
      ['adresse', '12 rue des Lilas'],
      ['code_postal', '69003'],
      ['commune', 'Lyon'],
    ];
    const tracker = (doc: Document) => doc.querySelector('relais-steps')!;
    const heading = (doc: Document) => text(tracker(doc).shadowRoot?.querySelector('[part="heading"]'));
    /** Each step of the tracker's list: title, state in words. */
    const states = async (doc: Document): Promise<string[]> => {
      const root = tracker(doc).shadowRoot!;
      const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      await until(() => root.querySelectorAll('ol > li').length === 5, 'the list of 5 steps', 8000);
      return [...root.querySelectorAll('ol > li')].map((li) => text(li.querySelector('.label')));
    };
    const load = async (frame: HTMLIFrameElement, url: string | null): Promise<Document> => {
      const loaded = nextLoad(frame);
      if (url) frame.contentWindow!.location.href = url;
      else frame.contentWindow!.location.reload();
      await loaded;
      const doc = frame.contentDocument!;
      await until(() => heading(doc), 'the tracker after the load', 8000);
      return doc;
    };
    localStorage.removeItem(KEY);
    for (let k = 0; k < ids.length; k++) {
      frame?.remove();
      frame = await openPage();
      let doc = frame.contentDocument!;
      await until(() => heading(doc), 'the tracker', 8000);
      // The citizen goes to step k + 1 (the tracker keeps that in this browser).
      const form = doc.getElementById('demarche') as HTMLFormElement;
      for (const [name, value] of answers) (form.elements.namedItem(name) as HTMLInputElement).value = value;
      (doc.getElementById('justificatif-oui') as HTMLInputElement).checked = true;
      for (let i = 0; i < k; i++) form.querySelector<HTMLButtonElement>(`fieldset[data-relais-step="${ids[i]}"] [data-step-next]`)!.click();
      await until(() => heading(doc) === `Étape ${k + 1} sur 5 : ${titles[k]}`, `the tracker at step ${k + 1}`, 3000);
      await until(() => JSON.parse(localStorage.getItem(KEY) ?? '{}').current === ids[k], 'the progress kept', 3000);

      // Reload: the form starts over at step 1, with empty fields; the tracker says so, and shows no step done.
      doc = await load(frame, null);
      expect(heading(doc), `reload at step ${k + 1}`).to.equal('Étape 1 sur 5 : Votre véhicule');
      expect((doc.getElementById('immatriculation') as HTMLInputElement).value).to.equal('');
      expect(
        (await states(doc)).filter((s) => s.endsWith('terminée')),
        `reload at step ${k + 1}`,
      ).to.deep.equal([]);

      // The site resumes the draft at step k + 1: the steps before are done, none after.
      doc = await load(frame, `${PAGE}?etape=${ids[k]}`);
      await until(() => heading(doc) === `Étape ${k + 1} sur 5 : ${titles[k]}`, `the resumed tracker at step ${k + 1} (shown: ${heading(doc)})`, 3000);
      expect(await states(doc), `resumed at step ${k + 1}`).to.deep.equal(
        [...titles, 'Recevoir la carte grise'].map((title, i) => `${title}, ${i < k ? 'terminée' : i === k ? 'en cours' : 'à faire'}`),
      );
    }
    localStorage.removeItem(KEY);
  });

  it('finds the nearest help points from the help panel, with the bundle loading the finder and the sample file on demand', async () => {
    frame = await openPage();
    const doc = frame.contentDocument!;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const loaded = (part: string) => win.performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;
    const help = doc.querySelector('relais-help')!;
    expect(help.getAttribute('points-src')).to.equal('points/points.json');
    (await until(() => help.shadowRoot?.querySelector<HTMLButtonElement>('button.trigger'), 'the help button', 8000)).click();
    const finder = await until(() => help.shadowRoot?.querySelector('relais-help-points'), 'the finder in the panel', 8000);
    expect(text(finder.closest('section')?.querySelector('h3'))).to.equal('Être aidé près de chez vous');
    const input = await until(() => finder.shadowRoot?.querySelector<HTMLInputElement>('[part="input"]'), 'the search field', 8000);
    expect(loaded('points/points.json'), 'the points file before any search').to.equal(0);
    input.value = '48000';
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part="search"]')!.click();
    const names = () => [...(finder.shadowRoot?.querySelectorAll('[part="results"] > li .name') ?? [])].map((n) => text(n));
    await until(() => names().length === 3, `three places (shown: ${names().join(', ')})`, 8000);
    expect(names()[0]).to.equal('Point numérique de la préfecture de la Lozère (exemple)');
    // From the example's own folder, beside the page, through the one bundle's sibling files.
    expect(loaded('/examples/carte-grise/points/points.json')).to.equal(1);
    expect(loaded('/relais/')).to.be.greaterThan(1);
    const region = doc.querySelector('[data-relais-announcer="polite"]')!;
    await until(() => text(region) === '3 lieux trouvés près de 48000', 'the announcement', 3000);
  });

  it('reports its own web vitals with ?vitals (and fetches nothing for them without it)', async () => {
    const plain = await openPage();
    const fetchedVitals = (win: Window) => win.performance.getEntriesByType('resource').filter((e) => e.name.includes('web-vitals')).length;
    await until(() => plain.contentDocument!.querySelector('relais-help')?.shadowRoot?.childElementCount, '<relais-help> upgraded');
    expect(fetchedVitals(plain.contentWindow!), 'without ?vitals').to.equal(0);
    plain.remove();

    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    const loaded = nextLoad(frame);
    frame.src = `${PAGE}?vitals`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { relaisVitals?: Record<string, number> };
    // TTFB and FCP are reported once known; LCP, CLS and INP at a change or when the page is hidden.
    await until(() => win.relaisVitals?.['TTFB'] !== undefined && win.relaisVitals['FCP'] !== undefined, 'TTFB and FCP in window.relaisVitals');
    expect(fetchedVitals(win)).to.equal(1);
    expect(win.relaisVitals!['FCP']).to.be.greaterThan(0);
    frame.remove();
  });

  it('reflows at 320 px without horizontal scrolling, with targets of at least 44 px', async () => {
    frame = await openPage(320);
    const doc = frame.contentDocument!;
    for (const step of doc.querySelectorAll<HTMLElement>('fieldset[data-relais-step]')) step.hidden = false;
    const root = doc.documentElement;
    expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
    const targets = doc.querySelectorAll<HTMLElement>('button:not([hidden]), input[type="text"], input[type="date"], .choice, relais-help a');
    expect(targets.length).to.be.greaterThan(10);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, `height of ${target.outerHTML.slice(0, 60)}`).to.be.at.least(44);
      expect(box.width, `width of ${target.outerHTML.slice(0, 60)}`).to.be.at.least(44);
    }
  });
});
