/**
 * Named examples of `<relais-explainer>`, each under a real-looking field:
 * the one source for stories, browser tests, the accessibility sweep and the
 * docs. `hidden` ones are for tests. They use the default field explainers.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { elementsIn, until } from '../../core/src/fixture.js';
import type { Fixture, FixtureSet } from '../../core/src/fixture.js';

/** One named example. */
export interface ExplainerFixture extends Fixture {
  /** Shown with the explanation open. */
  open?: boolean;
}

export const tag = 'relais-explainer';
type ExplainerElement = HTMLElement & { summaryId: string; updateComplete: Promise<boolean> };

/** Resolves once every `<relais-explainer>` in `container` shows its button and has linked its summary to the field. */
export async function ready(container: HTMLElement): Promise<void> {
  const all = elementsIn<ExplainerElement>(container, tag);
  await until(
    () => all.every((el) => el.shadowRoot?.querySelector('button.toggle') && document.getElementById(el.summaryId)?.textContent),
    '<relais-explainer> to be ready (its button and summary)',
  );
  await Promise.all(all.map((el) => el.updateComplete));
}

/** Presses the first explainer's button and waits until its explanation shows. */
async function openFirst(container: HTMLElement): Promise<void> {
  await ready(container);
  const el = elementsIn<ExplainerElement>(container, tag)[0]!;
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await until(() => el.shadowRoot?.querySelector('[part="panel"]')?.querySelector('dl, p'), 'the explanation to show');
  await el.updateComplete;
}

/** A text field with its label and hint (and an error when given), then the explainer. Ids start with `prefix`. */
function field(prefix: string, options: { label: string; hint: string; topic: string; error?: string; easy?: boolean }): TemplateResult {
  const id = `${prefix}-field`;
  const describedBy = options.error ? `${prefix}-hint ${prefix}-error` : `${prefix}-hint`;
  return html`<div class="relais-fixture-field" style="display: grid; gap: 0.25rem; max-width: 36rem">
    <label for=${id}>${options.label}</label>
    <p id="${prefix}-hint" style="margin: 0">${options.hint}</p>
    ${options.error ? html`<p id="${prefix}-error" style="margin: 0; font-weight: 700">${options.error}</p>` : ''}
    <input id=${id} name=${prefix} type="text" autocomplete="off" aria-describedby=${describedBy} aria-invalid=${options.error ? 'true' : nothing} />
    <relais-explainer for=${id} topic=${options.topic} ?easy=${options.easy ?? false}></relais-explainer>
  </div>`;
}

const list: ExplainerFixture[] = [
  {
    name: 'closed',
    description: "Under the field, closed: \"Qu'est-ce que c'est ? Où le trouver ?\". The field's description already ends with the one-sentence summary.",
    render: () => field('explainer-closed', { label: 'Numéro de formule', hint: '11 caractères, par exemple 2013AB12345.', topic: 'numero-formule' }),
  },
  {
    name: 'open',
    description: 'Open: what is asked, why, where to find it, an example, "Plus simple" and "Écouter".',
    open: true,
    render: () => field('explainer-open', { label: 'Code de cession', hint: "Le vendeur vous l'a donné.", topic: 'code-cession' }),
  },
  {
    name: 'with-error',
    description: 'A field in error: its own hint and error stay first in its description, the summary comes last.',
    open: true,
    render: () =>
      field('explainer-error', {
        label: 'Numéro de formule',
        hint: '11 caractères, par exemple 2013AB12345.',
        error: 'Erreur\u00a0: ce numéro a 11 caractères.',
        topic: 'numero-formule',
      }),
  },
  {
    name: 'easy',
    description: 'Easy-to-read (FALC): the `easy` attribute.',
    open: true,
    render: () => field('explainer-easy', { label: 'Numéro de formule', hint: 'Il est sur la carte grise.', topic: 'numero-formule', easy: true }),
  },
  {
    name: 'dark',
    description: 'Open, on a page that declares `color-scheme: dark`.',
    open: true,
    dark: true,
    render: () => field('explainer-dark', { label: 'Code de cession', hint: "Le vendeur vous l'a donné.", topic: 'code-cession' }),
  },
  {
    name: 'english',
    description: 'In a part of the page marked lang="en".',
    open: true,
    render: () =>
      html`<div lang="en">${field('explainer-english', { label: 'Form number', hint: '11 characters, for example 2013AB12345.', topic: 'numero-formule' })}</div>`,
  },
];

/** The fixtures, in the order stories show them. */
export const fixtures: ExplainerFixture[] = list.map((fixture) => (fixture.open ? { ...fixture, play: openFirst } : fixture));

export const fixtureSet: FixtureSet<ExplainerFixture> = { tag, fixtures, ready };
