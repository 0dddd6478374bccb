/**
 * Named examples of `<relais-term>`: the one source for stories, browser
 * tests, the accessibility sweep and the docs. `hidden` ones are for tests.
 * Each `render()` returns markup (the element must be registered to upgrade).
 * They use the default glossary.
 */
import { html } from 'lit';
import { elementsIn, until } from '../../core/src/fixture.js';
import type { Fixture, FixtureSet } from '../../core/src/fixture.js';
import { glossaryLoader } from './shared.js';

/** One named example. */
export interface TermFixture extends Fixture {
  /** Shown with the first term's explanation open. */
  open?: boolean;
}

export const tag = 'relais-term';
type TermElement = HTMLElement & { entry: unknown; show(): Promise<void>; updateComplete: Promise<boolean> };

/** Resolves once every `<relais-term>` in `container` is settled: a button with its entry, or plain text for a word the glossary does not have. */
export async function ready(container: HTMLElement): Promise<void> {
  const all = elementsIn<TermElement>(container, tag);
  const settled = (el: TermElement) =>
    (el.shadowRoot?.querySelector('button.term') && el.entry) || (glossaryLoader.value && !el.entry && !el.shadowRoot?.querySelector('button.term'));
  await until(() => all.every(settled), '<relais-term> to be ready (its button and glossary entry)');
  await Promise.all(all.map((el) => el.updateComplete));
}

/** Presses the first term's word and waits until its explanation shows. */
async function openFirst(container: HTMLElement): Promise<void> {
  await ready(container);
  const el = elementsIn<TermElement>(container, tag)[0]!;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!.click();
  await until(() => {
    const tip = el.shadowRoot?.querySelector<HTMLElement>('.tip');
    // Seen, not only laid out: the explanation is rendered out of sight before the press (the word on screen).
    return tip?.querySelector('#text') && tip.checkVisibility({ visibilityProperty: true });
  }, 'the explanation to show');
}

const list: TermFixture[] = [
  {
    name: 'in-text',
    description: 'Words of a paragraph that explain themselves: the entry is found from the text, or named with `term`.',
    render: () =>
      html`<p>
        Pour acheter un véhicule d'occasion, demandez au vendeur le
        <relais-term>code de cession</relais-term> et la
        <relais-term term="certificat-immatriculation">carte grise</relais-term>.
      </p>`,
  },
  {
    name: 'open',
    description: 'The explanation open: definition, "Plus simple", "Écouter" where the browser can read aloud, "En savoir plus".',
    open: true,
    render: () => html`<p>Munissez-vous du <relais-term>code de cession</relais-term> que le vendeur vous a remis.</p>`,
  },
  {
    name: 'easy',
    description: 'Easy-to-read (FALC): the `easy` attribute shows the easy version first.',
    open: true,
    render: () => html`<p>Vous avez besoin de votre <relais-term easy>numéro de formule</relais-term>.</p>`,
  },
  {
    name: 'in-label',
    description: "A term inside a field's label: the field's name stays the same, clicking the word opens its explanation.",
    render: () =>
      html`<div>
        <label for="term-fixture-formule"><relais-term>Numéro de formule</relais-term> de la carte grise</label>
        <input id="term-fixture-formule" name="numero_formule" type="text" autocomplete="off" />
      </div>`,
  },
  {
    name: 'in-clipping-box',
    description: 'Inside a box with `overflow: hidden`: the explanation is in the top layer, never cut off.',
    open: true,
    render: () =>
      html`<div style="overflow: hidden; height: 3.5rem; border: 1px solid; padding: 0.5rem">
        <p style="margin: 0">Votre <relais-term>NEPH</relais-term> est sur votre permis.</p>
      </div>`,
  },
  {
    name: 'dark',
    description: 'Open, on a page that declares `color-scheme: dark`.',
    open: true,
    dark: true,
    render: () => html`<p>Joignez un <relais-term>justificatif de domicile</relais-term> de moins de 6&nbsp;mois.</p>`,
  },
  {
    name: 'english',
    description: 'In a part of the page marked lang="en": the English entry and texts.',
    open: true,
    render: () => html`<p lang="en">Keep your <relais-term term="certificat-immatriculation">registration certificate</relais-term> at hand.</p>`,
  },
  {
    name: 'unknown',
    description: 'A word that is not in the glossary stays plain text (and the page is told once, in the console).',
    hidden: true,
    render: () => html`<p>Un <relais-term>mot inconnu du glossaire</relais-term> reste du texte.</p>`,
  },
];

/** The fixtures, in the order stories show them. */
export const fixtures: TermFixture[] = list.map((fixture) => (fixture.open ? { ...fixture, play: openFirst } : fixture));

export const fixtureSet: FixtureSet<TermFixture> = { tag, fixtures, ready };
