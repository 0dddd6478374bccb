import { expect, html, waitUntil } from '@open-wc/testing';
import { configure, resetConfigStore } from '@relais/core';
import { sendKeys } from '@web/test-runner-commands';
import type { RelaisHelp } from '../src/help.js';
import { siteChannels } from '../src/help.fixtures.js';
import { a11yTree, axeViolations, describeViolations, findAll, norm } from '../../../tests/helpers/a11y.js';
import { defineHelp, focused, openHelp, panel, renderHelp, trigger } from '../../../tests/helpers/help.js';

// The line when it is closed, and the ways in for deaf and hard-of-hearing
// citizens (issue 15): what the panel says and in what order.

const fallback = html`<a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a>`;
const SUNDAY = new Date('2026-11-22T12:00:00Z');
const TUESDAY = new Date('2026-11-24T09:00:00Z');
const CHRISTMAS = new Date('2026-12-25T09:00:00Z');

/** Text without the zone note the test browser (not in Paris) adds: "(heure de Paris)". */
const here = (text: string | null | undefined) => norm(text).replace(/ \(heure de Paris\)$/, '');

/** The panel's parts in reading order: headings, links, and the paragraphs that matter. */
function outline(el: RelaisHelp): string[] {
  return [...panel(el)!.querySelectorAll('h3, a, .status, .week li, .operator p')].map((n) => `${n.localName}: ${here(n.textContent)}`);
}

async function open(now: Date, extra: Partial<Pick<RelaisHelp, 'channels'>> = {}): Promise<RelaisHelp> {
  const { el } = await renderHelp(
    extra.channels
      ? html`<relais-help procedure="ants/carte-grise/changement-titulaire" .channels=${extra.channels} .now=${now}>${fallback}</relais-help>`
      : html`<relais-help procedure="ants/carte-grise/changement-titulaire" .now=${now}>${fallback}</relais-help>`,
  );
  await openHelp(el);
  return el;
}

describe('<relais-help> when the line is closed', () => {
  before(() => defineHelp());

  it("says when it opens and the week's hours in words, then writing and help near you, then the call button, secondary", async () => {
    const el = await open(SUNDAY);
    const parts = outline(el);
    const at = (start: string) => parts.findIndex((p) => p.startsWith(start));
    expect(parts.slice(0, 6)).to.deep.equal([
      'h3: Par téléphone',
      'p: Fermé — ouvre demain à 7 h 45',
      'li: Du lundi au vendredi, de 7 h 45 à 19 h.',
      'li: Le samedi, de 8 h à 17 h.',
      'li: Fermé les jours fériés.',
      'h3: Par écrit',
    ]);
    expect(at('h3: Par écrit')).to.be.below(at('h3: Être aidé près de chez vous'));
    expect(at('h3: Être aidé près de chez vous')).to.be.below(at('a: Appeler quand même le 34 00'));
    const call = panel(el)!.querySelector('a[part="phone"]')!;
    expect(call.classList.contains('secondary'), 'the call button is secondary').to.equal(true);
    expect(call.getAttribute('href')).to.equal('tel:3400');
    expect(norm(call.closest('section')!.querySelector('p')!.textContent)).to.equal(
      'La ligne est fermée. Si vous appelez, vous entendrez peut-être un message enregistré.',
    );
    // Keyboard: the first stop in the panel is the written contact, not the call.
    trigger(el)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(norm(focused(el)?.textContent)).to.match(/^Écrire à France Titres/);
    const violations = await axeViolations(el);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('says why on a public holiday: "Fermé aujourd\'hui (Noël)"', async () => {
    const el = await open(CHRISTMAS);
    expect(here(panel(el)!.querySelector('.status')!.textContent)).to.equal("Fermé aujourd'hui (Noël). Ouvre demain à 8 h");
  });

  it('says why on a closing of its own: "Fermé aujourd\'hui (Inventaire)", and that it is not as usual without a label', async () => {
    const weekly = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:45', closes: '19:00' }];
    try {
      configure({ help: { phone: { hours: { weekly, exceptions: [{ date: '2026-11-24', closed: true, label: 'Inventaire' }] } } } });
      const el = await open(TUESDAY);
      await waitUntil(() => here(panel(el)?.querySelector('.status')?.textContent).includes('Inventaire'), 'the exception in the status', { timeout: 5000 });
      expect(here(panel(el)!.querySelector('.status')!.textContent)).to.equal("Fermé aujourd'hui (Inventaire). Ouvre demain à 7 h 45");
      configure({ help: { phone: { hours: { weekly, exceptions: [{ date: '2026-11-24', closed: true }] } } } });
      await waitUntil(
        () => here(panel(el)?.querySelector('.status')?.textContent).startsWith("Fermé, ce n'est pas comme d'habitude"),
        'the unlabelled exception',
        {
          timeout: 5000,
        },
      );
      expect(here(panel(el)!.querySelector('.status')!.textContent)).to.equal("Fermé, ce n'est pas comme d'habitude. Ouvre demain à 7 h 45");
    } finally {
      resetConfigStore();
    }
  });

  it('when the line is open, the call button comes first and is the main one; no week to read', async () => {
    const el = await open(TUESDAY);
    const call = panel(el)!.querySelector('a[part="phone"]')!;
    expect(call.classList.contains('secondary')).to.equal(false);
    expect(norm(call.textContent)).to.equal('Appeler le 34 00');
    expect(outline(el)[1]).to.equal('a: Appeler le 34 00');
    expect(panel(el)!.querySelector('.week')).to.equal(null);
  });
});

describe('<relais-help> for deaf and hard-of-hearing citizens', () => {
  before(() => defineHelp());

  it("with the preset: says how to call the 34 00 through the operator's relay service, in plain words, then offers writing", async () => {
    const el = await open(TUESDAY);
    const section = [...panel(el)!.querySelectorAll('section')].find((s) => norm(s.querySelector('h3')?.textContent) === 'Vous êtes sourd ou malentendant')!;
    expect([...section.querySelectorAll('p')].map((p) => norm(p.textContent))).to.deep.equal([
      'Le service relais téléphonique',
      "Appelez le 34 00 avec le service relais de votre opérateur de téléphone. Une personne traduit l'appel en langue des signes, en LfPC ou par écrit.",
      "Ce service est gratuit dans une limite d'heures chaque mois. Votre opérateur vous dit comment l'utiliser.",
      "Vous pouvez écrire au lieu d'appeler.",
    ]);
    // The written channel's link says plainly where it leads (the agency's home page).
    const link = section.querySelector('a')!;
    expect(norm(link.textContent)).to.equal("Écrire à France Titres : le site ants.gouv.fr (page d'accueil), où se trouve le formulaire de contact");
    expect(link.getAttribute('href')).to.equal('https://ants.gouv.fr/');
  });

  it("with a site's relay platform: shown first, with its modes and its hours (the phone line's), in the accessibility tree", async () => {
    const el = await open(TUESDAY, { channels: siteChannels });
    const section = [...panel(el)!.querySelectorAll('section')].find((s) => norm(s.querySelector('h3')?.textContent) === 'Vous êtes sourd ou malentendant')!;
    const first = section.querySelector('li')!;
    expect(norm(first.querySelector('a')!.textContent)).to.equal('Appeler en langue des signes ou par écrit (plateforme en ligne du service)');
    expect([...first.querySelectorAll('span')].map((s) => here(s.textContent))).to.deep.equal([
      'Possible en : langue des signes (LSF), langue parlée complétée (LfPC) ou écrit en direct.',
      "Ouvert jusqu'à 19 h",
    ]);
    const tree = await a11yTree('relais-help');
    const names = findAll(tree, 'link').map((n) => norm(n.name));
    expect(names.indexOf('Appeler en langue des signes ou par écrit (plateforme en ligne du service)')).to.be.below(
      names.indexOf('Écrire au service (formulaire de contact)'),
    );
    const violations = await axeViolations(el);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('the platform follows the line: closed on Sunday, it says so', async () => {
    const el = await open(SUNDAY, { channels: siteChannels });
    const relay = panel(el)!.querySelector('.relay li')!;
    expect(here(relay.querySelector('.status')!.textContent)).to.equal('Fermé — ouvre demain à 7 h 45');
  });
});
