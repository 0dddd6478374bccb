import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { resetConfigStore } from '@relais/core';
import type { RelaisHelpPoints } from '../src/help-points.js';
import type { RelaisHelp } from '../src/help.js';
import { BREST, mapsFallback as maps, SAMPLE_POINTS, standInLocation } from '../src/help-points.fixtures.js';
import { a11yTree, axeViolations, describeViolations, findAll, norm, spoken } from '../../../tests/helpers/a11y.js';
import type { AXNode } from '../../../tests/helpers/a11y.js';
import { defineHelp, hasBox, openHelp, panel, politeRegion, recordWarnings } from '../../../tests/helpers/help.js';
import {
  definePoints,
  expectNone,
  expectSame,
  field,
  items,
  locate,
  message,
  names,
  part,
  renderPoints,
  search,
  settle,
} from '../../../tests/helpers/points.js';

const TUESDAY_10H = new Date('2026-11-24T09:00:00Z');
/** The finder on a page, after a button; `src: null` gives it no points file. */
const finder = (src: string | null = SAMPLE_POINTS, geocoder?: string) =>
  html`<button id="before" type="button">Avant</button>
    <relais-help-points points-src=${src ?? nothing} geocoder=${geocoder ?? nothing} .now=${TUESDAY_10H}>${maps}</relais-help-points>`;

/** Requests the page made for a URL part (from the browser's own resource timing). */
const requested = (part: string): number => performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;

/** What the polite live region says once it has settled. */
async function announced(text: string): Promise<void> {
  await waitUntil(() => norm(politeRegion()?.textContent) === text, `never announced "${text}" (got "${norm(politeRegion()?.textContent)}")`, {
    timeout: 3000,
  });
}

function one(tree: AXNode, role: string, name?: string | RegExp): AXNode {
  const found = findAll(tree, role, name);
  expect(found, `no ${role} ${String(name ?? '')} in:\n${spoken(tree).join('\n')}`).to.have.length.greaterThan(0);
  return found[0]!;
}

async function noViolations(container: Element): Promise<void> {
  const violations = await axeViolations(container);
  expect(violations, describeViolations(violations)).to.deep.equal([]);
}

/** The geocoder log of the test server, for this test's tag. */
async function geocoderLog(tag: string): Promise<Record<string, string>[]> {
  const log = (await (await fetch('/test-geocoder/log')).json()) as Record<string, string>[];
  return log.filter((entry) => entry['tag'] === tag);
}

// Before the element is defined: its light-DOM children (the national maps) do the job.
describe('<relais-help-points> before it is defined', () => {
  it('shows its fallback links, named and usable', async () => {
    expect(customElements.get('relais-help-points'), 'this test must run before the element is registered').to.equal(undefined);
    const container = await fixture<HTMLElement>(html`<div id="fallback">${finder()}</div>`);
    const links = [...container.querySelectorAll('relais-help-points a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.france-services.gouv.fr', 'https://cartographie.societenumerique.gouv.fr']);
    expect(links.every(hasBox)).to.equal(true);
    const tree = await a11yTree('#fallback');
    one(tree, 'link', 'Carte des France Services');
  });
});

describe('<relais-help-points>', () => {
  before(async () => {
    await definePoints();
  });
  beforeEach(() => resetConfigStore());
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('loading only what is needed', () => {
    it('loads neither the search code nor the points file until the citizen uses the finder', async () => {
      const { el } = await renderPoints(finder());
      expect(Boolean(field(el)), 'search field').to.equal(true);
      expect(requested('help-points.search'), 'search module').to.equal(0);
      expect(requested('packages/points/src'), '@relais/points').to.equal(0);
      expect(requested('points/points.json'), 'points file').to.equal(0);
      // Focus in the field: the search code comes, the data not yet.
      field(el).focus();
      await waitUntil(() => requested('help-points.search') > 0, 'the search code never loaded on focus', { timeout: 5000 });
      expect(requested('points/points.json')).to.equal(0);
      await search(el, '48000');
      expect(requested('carte-grise/points/points.json')).to.equal(1);
      // One département and its postcode shard, not the whole set.
      expect(requested('carte-grise/points/geo/cp-48.json')).to.equal(1);
      expect(requested('carte-grise/points/points/973.json')).to.equal(0);
    });

    it('without a points file, links to the national maps and keeps the 34 00 line, without any request', async () => {
      const { el, container } = await renderPoints(finder(null));
      expectNone(part(el, 'input'), 'search field');
      const links = [...el.shadowRoot!.querySelectorAll('.maps a')].map((a) => [norm(a.textContent), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Carte des France Services', 'https://www.france-services.gouv.fr'],
        ['Carte des lieux de médiation numérique', 'https://cartographie.societenumerique.gouv.fr'],
      ]);
      expect(part<HTMLAnchorElement>(el, 'phone')!.getAttribute('href')).to.equal('tel:3400');
      expect(norm(part(el, 'phone')!.textContent)).to.equal('Ou appelez le 34 00');
      await noViolations(container);
    });
  });

  describe('search by postcode or commune', () => {
    it('keyboard: Tab to the field, type, Enter: the three nearest, announced politely', async () => {
      const { el } = await renderPoints(finder());
      document.getElementById('before')!.focus();
      await sendKeys({ press: 'Tab' });
      expectSame(el.shadowRoot!.activeElement, field(el), 'focus');
      const searching = oneEvent(el, 'relais-points-search');
      const result = oneEvent(el, 'relais-points-result');
      await settle(el, () => sendKeys({ type: '48000' }).then(() => sendKeys({ press: 'Enter' })));
      expect((await searching).detail).to.deep.equal({ by: 'text' });
      expect((await result).detail).to.deep.equal({ by: 'text', count: 3 });
      expect(names(el)).to.deep.equal([
        'Point numérique de la préfecture de la Lozère (exemple)',
        'Médiathèque des Sources (exemple)',
        'France services du Causse (exemple)',
      ]);
      await announced('3 lieux trouvés près de 48000');
      // Focus stays where the citizen is; Tab then goes on to the location button and into the list.
      expectSame(el.shadowRoot!.activeElement, field(el), 'focus');
      await sendKeys({ press: 'Tab' });
      expectSame(el.shadowRoot!.activeElement, part(el, 'search'), 'focus');
      await sendKeys({ press: 'Tab' });
      expectSame(el.shadowRoot!.activeElement, part(el, 'locate'), 'focus');
      await sendKeys({ press: 'Tab' });
      expect(norm(el.shadowRoot!.activeElement?.textContent)).to.equal('Appeler le 04 65 71 00 01');
    });

    it('shows each place with what the data says, and nothing it does not', async () => {
      const { el } = await renderPoints(finder());
      await search(el, '48000');
      const [prefecture, library, franceServices] = items(el).map((li) => li);
      const text = (li: HTMLElement) => norm(li.innerText);
      // The préfecture's point numérique: kind, distance, address, open now and today, phone, booking, directions, accessibility.
      expect(text(prefecture!)).to.contain('Point numérique en préfecture');
      expect(text(prefecture!)).to.contain('À moins de 1 km');
      expect(text(prefecture!)).to.contain("2 rue des Exemples Hall d'accueil 48000 Mende");
      expect(text(prefecture!)).to.match(/Ouvert jusqu'à 12 h/);
      expect(text(prefecture!)).to.contain("Aujourd'hui : 8 h 30 – 12 h, 13 h 30 – 16 h 30");
      expect(text(prefecture!)).to.contain('Accueil adapté : Surdité, Déficience visuelle');
      // What the links show (their hidden part, the place's name, is checked in the accessibility tree below).
      const visible = (a: Element) =>
        norm(
          [...a.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.classList.contains('visually-hidden')))
            .map((n) => n.textContent)
            .join(''),
        );
      const links = (li: Element) => [...li.querySelectorAll('a')].map((a) => [visible(a), a.getAttribute('href')]);
      expect(links(prefecture!)).to.deep.equal([
        ['Appeler le 04 65 71 00 01', 'tel:0465710001'],
        ['Prendre rendez-vous en ligne', 'https://www.rdv-solidarites.fr/'],
        ['Itinéraire (OpenStreetMap)', 'https://www.openstreetmap.org/directions?to=44.5185%2C3.499#map=16/44.5185/3.499'],
        ['Accessibilité du lieu (acceslibre)', 'https://acceslibre.beta.gouv.fr/'],
      ]);
      // A library with no accessibility data and no appointment data: none shown.
      expect(text(library!)).to.contain('Lieu de médiation numérique');
      expect(text(library!)).to.match(/Fermé\s?— ouvre aujourd'hui à 14 h/);
      expect(links(library!).map(([name]) => name)).to.deep.equal(['Appeler le 04 65 71 00 03', 'Itinéraire (OpenStreetMap)']);
      expect(text(library!)).not.to.contain('rendez-vous');
      expect(text(library!)).not.to.contain('Accueil adapté');
      expect(text(franceServices!)).to.contain('France Services');
      expect(text(franceServices!)).to.contain('À 1,4 km');
    });

    it('exposes a search landmark, a labelled field with its hint, and a list named by its count', async () => {
      const { el } = await renderPoints(finder());
      el.id = 'finder-tree';
      await search(el, '48000');
      const tree = await a11yTree('#finder-tree');
      one(tree, 'search');
      const box = one(tree, 'textbox', 'Code postal ou commune');
      expect(norm(box.description)).to.equal('Par exemple : 48000 ou Mende');
      one(tree, 'button', 'Chercher');
      one(tree, 'button', 'Utiliser ma position');
      const list = one(tree, 'list', '3 lieux trouvés près de 48000');
      const entries = list.children.filter((n) => n.role === 'listitem');
      expect(entries).to.have.length(3);
      // Each place's name is the first thing read in its item, as a heading (level 2 by default); no item is focusable.
      expect(spoken(entries[0]!)[0]).to.equal('heading: Point numérique de la préfecture de la Lozère (exemple)');
      expect(one(entries[0]!, 'heading').states['level']).to.equal(2);
      expect(entries.map((n) => n.states['focusable'] ?? false)).to.deep.equal([false, false, false]);
      expect(items(el).map((li) => li.hasAttribute('tabindex'))).to.deep.equal([false, false, false]);
      // Every link a citizen reaches by Tab names its place; the phone link also says how far and whether it is open.
      const call = one(tree, 'link', 'Appeler le 04 65 71 00 01 : Point numérique de la préfecture de la Lozère (exemple)');
      expect(norm(call.description)).to.match(/^À moins de 1 km\. (Ouvert|Fermé)/);
      const placeLinks = findAll(list, 'link');
      expect(placeLinks).to.have.length(8);
      for (const link of placeLinks) {
        expect(norm(link.name), 'each link names its place').to.match(/ : .+ \(exemple\)$/);
      }
      // Three "Itinéraire" links in a list of links: each says to which place.
      one(tree, 'link', 'Itinéraire (OpenStreetMap) : Point numérique de la préfecture de la Lozère (exemple)');
      one(tree, 'link', 'Itinéraire (OpenStreetMap) : Médiathèque des Sources (exemple)');
      one(tree, 'link', 'Prendre rendez-vous en ligne : Point numérique de la préfecture de la Lozère (exemple)');
    });

    it('shows three more on request, focuses the first new one and says how many are shown', async () => {
      const { el } = await renderPoints(finder());
      await search(el, '48000');
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!;
      expect(norm(more.textContent)).to.equal('Voir plus de lieux');
      const result = oneEvent(el, 'relais-points-result');
      more.focus();
      await sendKeys({ press: 'Enter' });
      expect((await result).detail).to.deep.equal({ by: 'text', count: 6 });
      await waitUntil(() => items(el).length === 6, 'never showed 6 places');
      // On its heading (its name), not on the whole card.
      await waitUntil(() => el.shadowRoot!.activeElement === items(el)[3]!.querySelector('.name'), "focus never moved to the first new place's heading");
      expect(names(el)[3]).to.equal('Tiers-lieu de la Colagne (exemple)');
      expect(el.shadowRoot!.activeElement!.getAttribute('role')).to.equal('heading');
      await announced('6 lieux affichés');
    });

    it('shows a bus as itinerant, not as open at its base address', async () => {
      const { el } = await renderPoints(finder());
      await search(el, 'Florac');
      const bus = items(el).find((li) => li.textContent.includes('Bus France services des Cévennes'))!;
      expect(Boolean(bus), names(el).join(', ')).to.equal(true);
      const text = norm(bus.textContent);
      expect(text).to.contain('Itinérant : vérifiez les jours et les lieux de passage.');
      expect(text).to.contain('Adresse de rattachement :');
      expect(text).to.contain('Passe en général : du mardi au jeudi, 9 h – 16 h');
      expect(text).not.to.match(/Ouvert|Fermé/);
      expect(
        [...bus.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((href) => href.includes('openstreetmap.org')),
        'directions to a bus',
      ).to.deep.equal([]);
    });

    it('lists the communes of an ambiguous name; choosing one searches there', async () => {
      const { el } = await renderPoints(finder());
      await search(el, 'saint denis');
      const choices = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.choices button')];
      expect(choices.map((b) => norm(b.textContent))).to.deep.equal(['Saint-Denis (97400)', 'Saint-Denis (93200)']);
      await announced('Plusieurs communes portent ce nom. Choisissez la vôtre :');
      choices[0]!.focus();
      await settle(el, () => sendKeys({ press: 'Enter' }));
      // La Réunion's two places; none from the other side of the world, and so no "more".
      expect(names(el)).to.deep.equal(['France services du Barachois (exemple)', 'Case numérique des Hauts (exemple)']);
      await announced('2 lieux trouvés près de Saint-Denis (97400)');
      expectNone(el.shadowRoot!.querySelector('.more'), '"Voir plus de lieux"');
    });

    it('says what to do when the place is unknown, the field is empty or the postcode is short; the field stays usable', async () => {
      const { el, container } = await renderPoints(finder());
      const result = { fired: false };
      el.addEventListener('relais-points-result', () => (result.fired = true));
      for (const [typed, said] of [
        ['Xyzzyville', "Nous ne trouvons pas « Xyzzyville ». Vérifiez l'orthographe, ou écrivez le code postal."],
        ['', 'Écrivez un code postal ou le nom de votre commune.'],
        ['4800', 'Un code postal a 5 chiffres, par exemple 48000.'],
      ] as const) {
        await search(el, typed);
        expect(message(el)).to.equal(said);
        expect(field(el).getAttribute('aria-invalid')).to.equal('true');
        expect(field(el).getAttribute('aria-describedby')).to.equal('hint error');
        await announced(said);
        await noViolations(container);
      }
      expect(result.fired, 'no result event for a field problem').to.equal(false);
      await search(el, 'Mende');
      expect(field(el).getAttribute('aria-invalid')).to.equal('false');
      expect(names(el)).to.have.length(3);
    });
  });

  describe('search by location', () => {
    it('asks for the location only after the press, then lists the places near it (events carry no position)', async () => {
      const stub = standInLocation('granted');
      try {
        const tag = `loc-${Date.now()}`;
        const { el } = await renderPoints(finder(SAMPLE_POINTS, `/test-geocoder/search?tag=${tag}`));
        field(el).focus();
        await waitUntil(() => requested('help-points.search') > 0);
        expect(stub.calls, 'asked before the press').to.equal(0);
        const searching = oneEvent(el, 'relais-points-search');
        const result = oneEvent(el, 'relais-points-result');
        part<HTMLButtonElement>(el, 'locate')!.focus();
        await settle(el, () => sendKeys({ press: 'Enter' }));
        expect(stub.calls).to.equal(1);
        expect(stub.options[0]).to.include({ enableHighAccuracy: false });
        expect((await searching).detail).to.deep.equal({ by: 'location' });
        expect((await result).detail).to.deep.equal({ by: 'location', count: 3 });
        expect(names(el)[0]).to.equal('Point numérique de la préfecture de la Lozère (exemple)');
        await announced('3 lieux trouvés près de votre position');
        // The position never went to the geocoding service.
        expect(await geocoderLog(tag)).to.deep.equal([]);
      } finally {
        stub.restore();
      }
    });

    for (const [answer, said] of [
      ['denied', "Vous n'avez pas autorisé l'accès à votre position. Écrivez plutôt votre code postal ou votre commune."],
      ['timeout', "Votre position n'a pas été trouvée à temps. Essayez encore, ou écrivez votre code postal."],
      ['position-unavailable', "Votre position n'est pas disponible sur cet appareil. Écrivez votre code postal ou votre commune."],
      ['missing', "Votre position n'est pas disponible sur cet appareil. Écrivez votre code postal ou votre commune."],
    ] as const) {
      it(`location ${answer}: a plain message, announced, and the field still works`, async () => {
        const { el, container } = await renderPoints(finder());
        await locate(el, answer);
        expect(message(el)).to.equal(said);
        await announced(said);
        await noViolations(container);
        expect(field(el).disabled).to.equal(false);
        await search(el, '48000');
        expect(names(el)).to.have.length(3);
      });
    }

    it('far from every place: says so, with the national maps and the 34 00 line; the event says 0', async () => {
      const { el, container } = await renderPoints(finder());
      const result = oneEvent(el, 'relais-points-result');
      await locate(el, 'granted', BREST);
      expect((await result).detail).to.deep.equal({ by: 'location', count: 0 });
      const said = "Aucun lieu d'aide trouvé à moins de 100 km de votre position. Cherchez sur les cartes nationales ci-dessous, ou appelez le 34 00.";
      expect(message(el)).to.equal(said);
      await announced(said);
      expect(el.shadowRoot!.querySelectorAll('.maps a')).to.have.length(2);
      expect(names(el)).to.deep.equal([]);
      await noViolations(container);
    });

    it('gives up when the browser never answers', async () => {
      const { el } = await renderPoints(finder());
      el.locationTimeout = 50;
      const stub = standInLocation('never');
      try {
        await settle(el, () => part<HTMLButtonElement>(el, 'locate')!.click());
      } finally {
        stub.restore();
      }
      expect(message(el)).to.equal("Votre position n'a pas été trouvée à temps. Essayez encore, ou écrivez votre code postal.");
    });
  });

  describe('with a geocoding service (a real HTTP server in the test runner)', () => {
    it('asks it for the commune typed (and nothing else), then searches there', async () => {
      const tag = `ok-${Date.now()}`;
      const { el } = await renderPoints(finder(SAMPLE_POINTS, `/test-geocoder/search?tag=${tag}`));
      await search(el, 'Marvejols');
      expect(names(el)[0]).to.equal('France services des Trois Ponts (exemple)');
      const log = await geocoderLog(tag);
      expect(log).to.deep.equal([{ tag, q: 'Marvejols', type: 'municipality', limit: '5' }]);
    });

    it('shows that it is busy while the service is slow, then the places', async () => {
      const tag = `slow-${Date.now()}`;
      const { el, container } = await renderPoints(finder(SAMPLE_POINTS, `/test-geocoder/search?tag=${tag}&delay=1200`));
      field(el).value = 'Mende';
      part<HTMLButtonElement>(el, 'search')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.outcome')?.getAttribute('aria-busy') === 'true', 'never busy');
      await el.updateComplete;
      expect(norm(el.shadowRoot!.querySelector('.busy')?.textContent)).to.equal('Recherche des lieux en cours…');
      expect(el.shadowRoot!.querySelector('.outcome')!.getAttribute('aria-busy')).to.equal('true');
      await noViolations(container);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="results"]'), 'the slow answer never came', { timeout: 6000 });
      expect(names(el)).to.have.length(3);
    });

    it("when the service fails, falls back on the points file's own table", async () => {
      const { el } = await renderPoints(finder(SAMPLE_POINTS, '/test-geocoder/search?fail=503'));
      await search(el, 'Mende');
      expect(names(el)).to.have.length(3);
    });

    it('when the service fails or is too slow and there is no table, says so and what to do', async () => {
      const warnings = recordWarnings();
      for (const geocoder of ['/test-geocoder/search?fail=500', '/test-geocoder/search?delay=3000', '/test-geocoder/search?fail=json']) {
        const { el, container } = await renderPoints(finder('/test-geocoder/points.json', geocoder));
        el.geocoderTimeout = 300;
        await search(el, 'Mende');
        // A service that answers nonsense will not get better by trying again: the location and the maps will do.
        const said = geocoder.includes('json')
          ? 'Ici, la recherche par commune ne marche pas. Utilisez votre position, ou les cartes nationales ci-dessous.'
          : 'La recherche ne marche pas pour le moment. Vérifiez votre connexion, puis cherchez à nouveau.';
        expect(el.shadowRoot!.querySelectorAll('.maps a'), geocoder).to.have.length(geocoder.includes('json') ? 2 : 0);
        expect(message(el), geocoder).to.equal(said);
        await announced(said);
        expect(Boolean(part(el, 'phone')), 'phone line').to.equal(true);
        await noViolations(container);
      }
      warnings.restore();
      // The integrator hears once of the 500 (a server error of the geocoder) and once of the nonsense, both as the geocoder's (the points file is fine); the slow answer is the network's: nothing.
      const mine = warnings.calls.filter((w) => w.includes('<relais-help-points>'));
      expect(mine).to.have.length(2);
      expect(mine[0]).to.contain('got a server error for its geocoder').and.contain('HTTP 500').and.contain('Fix: check the server that serves geocoder.');
      expect(mine[1]).to.contain('cannot use its geocoder');
    });

    it('a points file with no geocoding table: the "48000 ou Mende" hint is hidden once the file is read (first focus), with one warning that names --postcodes', async () => {
      const warnings = recordWarnings();
      try {
        const { el } = await renderPoints(finder('/test-geocoder/points.json'));
        expect(el.shadowRoot!.querySelector('#hint'), 'shown until the file is read').to.exist;
        field(el).focus();
        await waitUntil(() => !el.shadowRoot!.querySelector('#hint'), 'the hint is hidden', { timeout: 5000 });
        expect(field(el).getAttribute('aria-describedby')).to.equal(null);
        await search(el, 'Mende');
        expect(field(el).getAttribute('aria-describedby')).to.equal('error');
      } finally {
        warnings.restore();
      }
      const mine = warnings.calls.filter((w) => w.includes('<relais-help-points>'));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('no geocoding table').and.contain('--postcodes');
    });

    it('a points file with its geocoding table keeps the hint, and warns nothing', async () => {
      const warnings = recordWarnings();
      try {
        const { el } = await renderPoints(finder());
        await search(el, '48000');
        expect(el.shadowRoot!.querySelector('#hint')?.textContent).to.contain('48000');
        expect(field(el).getAttribute('aria-describedby')).to.equal('hint');
      } finally {
        warnings.restore();
      }
      expect(warnings.calls.filter((w) => w.includes('<relais-help-points>'))).to.deep.equal([]);
    });

    it('without a service or a table, a commune search says to use the location or the maps; the location still works', async () => {
      const { el } = await renderPoints(finder('/test-geocoder/points.json'));
      await search(el, 'Mende');
      expect(message(el)).to.equal('Ici, la recherche par commune ne marche pas. Utilisez votre position, ou les cartes nationales ci-dessous.');
      // "ci-dessous": the maps are there.
      expect(el.shadowRoot!.querySelectorAll('.maps a')).to.have.length(2);
      await locate(el, 'granted');
      expect(names(el)[0]).to.equal('Lieu d’essai du Causse (exemple)');
    });
  });

  describe('when the points file fails', () => {
    it('network trouble: says to check the connection and try again; the next search works', async () => {
      const { el, container } = await renderPoints(finder('/test-geocoder/points.json?fail=503'));
      await locate(el, 'granted');
      expect(message(el)).to.equal('La recherche ne marche pas pour le moment. Vérifiez votre connexion, puis cherchez à nouveau.');
      expectNone(el.shadowRoot!.querySelector('.maps'), 'national maps');
      await noViolations(container);
      el.pointsSrc = '/test-geocoder/points.json';
      await el.updateComplete;
      await locate(el, 'granted');
      expect(names(el)).to.have.length(2);
    });

    it('a file that is not a points file: the national maps, and one warning that names the fix', async () => {
      const warnings = recordWarnings();
      try {
        const { el, container } = await renderPoints(finder('/examples/carte-grise/points/geo/cp-48.json'));
        await search(el, '48000');
        await search(el, '48000');
        expect(message(el)).to.equal("La liste des lieux n'est pas disponible. Cherchez sur les cartes nationales ci-dessous.");
        expect(el.shadowRoot!.querySelectorAll('.maps a')).to.have.length(2);
        await noViolations(container);
        const mine = warnings.calls.filter((w) => w.includes('<relais-help-points>'));
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('relais-points build');
      } finally {
        warnings.restore();
      }
    });

    it('ignores an unsafe points-src with one warning, and links to the maps', async () => {
      const warnings = recordWarnings();
      try {
        const { el } = await renderPoints(finder('javascript:alert(1)'));
        expectNone(part(el, 'input'), 'search field');
        expect(el.shadowRoot!.querySelectorAll('.maps a')).to.have.length(2);
        expect(warnings.calls.filter((w) => w.includes('points-src="javascript:alert(1)"'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('reflow', () => {
    // The page's text settings reach the finder: text-spacing overrides (WCAG 1.4.12) and 200 % text.
    for (const [what, style] of [
      ['', ''],
      [', with text spacing overrides', 'line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em'],
      [', with text at 200 %', 'font-size: 200%'],
    ] as const) {
      it(`fits 320 px with results${what}: no horizontal scroll, nothing sticks out or is cut`, async () => {
        await setViewport({ width: 320, height: 640 });
        const { el, container } = await renderPoints(finder(), style);
        await search(el, '48000');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const box = el.getBoundingClientRect();
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('li, a, button, input, p, label')) {
          const r = node.getBoundingClientRect();
          if (!r.width) continue;
          expect(r.right, node.outerHTML.slice(0, 80)).to.be.at.most(box.right + 0.5);
          if (node.localName !== 'input') expect(node.scrollWidth, `cut: ${node.outerHTML.slice(0, 80)}`).to.be.at.most(node.clientWidth + 1);
        }
        for (const b of el.shadowRoot!.querySelectorAll('button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
        await noViolations(container);
      });
    }
  });

  describe('axe catches a broken finder (control)', () => {
    it('reports a field without a label', async () => {
      const { el, container } = await renderPoints(finder());
      el.shadowRoot!.querySelector('label')!.remove();
      const ids = (await axeViolations(container)).map((v) => v.id);
      expect(ids).to.include('label');
    });
  });

  describe('inside <relais-help>', () => {
    before(() => defineHelp());

    it('with points-src, the panel section "Être aidé près de chez vous" holds the finder', async () => {
      const help = await fixture<RelaisHelp>(html`<relais-help points-src=${SAMPLE_POINTS} .now=${TUESDAY_10H}><a href="tel:3400">34 00</a></relais-help>`);
      await openHelp(help);
      await waitUntil(() => panel(help)!.querySelector('relais-help-points'), 'no finder in the panel');
      const inner = panel(help)!.querySelector('relais-help-points') as RelaisHelpPoints;
      await waitUntil(() => field(inner), 'the finder never upgraded', { timeout: 5000 });
      const section = inner.closest('section')!;
      expect(norm(section.querySelector('h3')!.textContent)).to.equal('Être aidé près de chez vous');
      await search(inner, '48000');
      expect(names(inner)).to.have.length(3);
      await announced('3 lieux trouvés près de 48000');
    });

    it('without points-src, the panel links to the national maps', async () => {
      const help = await fixture<RelaisHelp>(html`<relais-help .now=${TUESDAY_10H}><a href="tel:3400">34 00</a></relais-help>`);
      await openHelp(help);
      const hrefs = [...panel(help)!.querySelectorAll('.maps a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://www.france-services.gouv.fr', 'https://cartographie.societenumerique.gouv.fr']);
      expectNone(panel(help)!.querySelector('relais-help-points'), 'finder in the panel');
    });

    it('in the floating (modal) variant, the finder speaks through its own status region', async () => {
      const help = await fixture<RelaisHelp>(
        html`<relais-help variant="floating" points-src=${SAMPLE_POINTS} .now=${TUESDAY_10H}><a href="tel:3400">34 00</a></relais-help>`,
      );
      await openHelp(help);
      await waitUntil(() => panel(help)!.querySelector('relais-help-points'));
      const inner = panel(help)!.querySelector('relais-help-points') as RelaisHelpPoints;
      await waitUntil(() => field(inner), 'the finder never upgraded', { timeout: 5000 });
      await search(inner, '48000');
      const own = inner.shadowRoot!.querySelector('.status[aria-live="polite"]')!;
      await waitUntil(() => norm(own.textContent) === '3 lieux trouvés près de 48000', 'the modal finder did not speak');
      help.hide();
    });
  });
});
