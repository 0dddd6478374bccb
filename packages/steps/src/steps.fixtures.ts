/**
 * Named examples of `<relais-steps>`: the one source for stories, browser
 * tests, the accessibility sweep and the docs. `hidden` ones are for tests.
 * Each `render()` returns markup (the element must be registered to upgrade).
 * They use `no-persist`, so that each example starts from what it says.
 */
import { html } from 'lit';
import type { StepConfig } from '@relais/sdk';
import { elementsIn, until } from '../../core/src/fixture.js';
import type { Fixture, FixtureSet } from '../../core/src/fixture.js';

/** One named example. */
export interface StepsFixture extends Fixture {
  /** Shown with "Voir toutes les étapes" open (the compact variant: expanded). */
  open?: boolean;
  /** Shown with "À préparer" open (full variant). */
  docsOpen?: boolean;
}

export const tag = 'relais-steps';

/** Resolves once every `<relais-steps>` in `container` shows its heading (texts, view and steps are there). */
export async function ready(container: HTMLElement): Promise<void> {
  const all = elementsIn(container, tag);
  await until(() => all.every((el) => el.shadowRoot?.querySelector('[part="heading"]')), '<relais-steps> to show its heading');
}

/** Presses a disclosure's button (0: the list, 1: the checklist) and waits until its content shows. */
async function press(container: HTMLElement, index: 0 | 1): Promise<void> {
  const el = elementsIn(container, tag)[0]!;
  const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toggle"]')[index];
  if (!button) throw new Error(`no disclosure button #${index}`);
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  const shown = (node: Element | null | undefined) => Boolean(node && node.getClientRects().length);
  await until(() => shown(el.shadowRoot!.querySelector(index === 0 ? 'ol' : 'input[type="checkbox"]')), `disclosure #${index} to open`);
}

/** Opens what the fixture shows open; a vertical tracker shows its list by itself. */
async function play(fixture: StepsFixture, container: HTMLElement): Promise<void> {
  await ready(container);
  if (fixture.open) await press(container, 0);
  if (fixture.docsOpen) await press(container, 1);
  if (fixture.name === 'vertical') await until(() => elementsIn(container, tag)[0]!.shadowRoot!.querySelector('ol'), 'the vertical list');
}

/** Five steps, two of them at the town hall: "Étape 2 sur 5 : Vos justificatifs". */
export const fiveSteps: StepConfig[] = [
  { id: 'coordonnees', title: 'Vos coordonnées', minutes: 3 },
  { id: 'justificatifs', title: 'Vos justificatifs', minutes: 5, documents: ["Votre pièce d'identité", 'Un justificatif de domicile de moins de 6\u00a0mois'] },
  { id: 'paiement', title: 'Paiement', minutes: 3, documents: ['Une carte bancaire'] },
  { id: 'rendez-vous', title: 'Rendez-vous en mairie', where: 'town-hall', minutes: 20, documents: ['Le récapitulatif de votre demande'] },
  { id: 'retrait', title: 'Retrait du titre', where: 'town-hall', minutes: 10, note: 'La mairie vous prévient quand il est prêt.' },
];

const fallback = html`<p>Étapes de la démarche</p>`;

const list: StepsFixture[] = [
  {
    name: 'first',
    description: 'First step of the carte grise change of owner (from its preset): everything to have at hand before starting.',
    docsOpen: true,
    render: () => html`<relais-steps procedure="ants/carte-grise/changement-titulaire" current="vehicule" no-persist>${fallback}</relais-steps>`,
  },
  {
    name: 'middle',
    description: '"Étape 2 sur 5 : Vos justificatifs", the next step, the time left, every step with its state.',
    open: true,
    render: () => html`<relais-steps .steps=${fiveSteps} current="justificatifs" no-persist>${fallback}</relais-steps>`,
  },
  {
    name: 'last',
    description: 'The last step: no "next step"; the two town-hall steps are shown as such.',
    open: true,
    render: () => html`<relais-steps .steps=${fiveSteps} current="retrait" no-persist>${fallback}</relais-steps>`,
  },
  {
    name: 'error',
    description: 'A step to correct ("à corriger"), written in words and marked, never by colour alone.',
    open: true,
    render: () =>
      html`<relais-steps .steps=${fiveSteps.map((s) => (s.id === 'justificatifs' ? { ...s, state: 'error' as const } : s))} current="paiement" no-persist
        >${fallback}</relais-steps
      >`,
  },
  {
    name: 'offline',
    description: 'Identity card, at the town-hall appointment: off-line steps with an icon and words, documents to bring.',
    open: true,
    docsOpen: true,
    render: () => html`<relais-steps procedure="ants/cni/pre-demande" current="empreintes" no-persist>${fallback}</relais-steps>`,
  },
  {
    name: 'compact',
    description: 'The compact variant (phones, 320 px), expanded: one line that opens.',
    open: true,
    render: () => html`<relais-steps variant="compact" procedure="ants/permis/renouvellement" current="justificatifs" no-persist>${fallback}</relais-steps>`,
  },
  {
    name: 'compact-closed',
    description: 'The compact variant, closed: one line. No empty list is left for screen readers.',
    render: () => html`<relais-steps variant="compact" procedure="ants/permis/renouvellement" current="justificatifs" no-persist>${fallback}</relais-steps>`,
  },
  {
    name: 'vertical',
    description: 'The vertical variant, for a side column: the list always shows.',
    render: () =>
      html`<div style="max-width: 22rem">
        <relais-steps variant="vertical" procedure="ants/passeport/pre-demande" current="rendez-vous" no-persist>${fallback}</relais-steps>
      </div>`,
  },
  {
    name: 'navigable',
    description: 'With `navigable`, done steps are buttons: the host decides whether to go back (`relais-step-select`).',
    open: true,
    render: () => html`<relais-steps .steps=${fiveSteps} current="rendez-vous" navigable no-persist>${fallback}</relais-steps>`,
  },
  {
    name: 'dark',
    description: 'On a page that declares `color-scheme: dark`.',
    open: true,
    docsOpen: true,
    dark: true,
    render: () => html`<relais-steps .steps=${fiveSteps} current="justificatifs" no-persist>${fallback}</relais-steps>`,
  },
  {
    name: 'english',
    description: 'In a part of the page marked lang="en": the preset steps in English.',
    open: true,
    render: () => html`<div lang="en"><relais-steps procedure="ants/permis/inscription" current="photo-signature" no-persist>${fallback}</relais-steps></div>`,
  },
  {
    name: 'easy',
    description: 'Easy-to-read (FALC) texts.',
    open: true,
    docsOpen: true,
    render: () => html`<relais-steps easy procedure="ants/passeport/pre-demande" current="empreintes" no-persist>${fallback}</relais-steps>`,
  },
  {
    name: 'rtl',
    description: 'Inside a right-to-left part of the page (`dir="rtl"` on an ancestor).',
    open: true,
    render: () => html`<div dir="rtl"><relais-steps .steps=${fiveSteps} current="paiement" no-persist>${fallback}</relais-steps></div>`,
  },
  {
    name: 'form',
    description: 'With `for="form-id"`: the steps and the current one come from the form (`[data-relais-step]`, the first one shown).',
    render: () => html`<relais-steps for="fixture-form" procedure="ants/carte-grise/changement-titulaire" no-persist>${fallback}</relais-steps>
      <form id="fixture-form" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset data-relais-step="vehicule" hidden><legend>Votre véhicule</legend></fieldset>
        <fieldset data-relais-step="ancien-titulaire"><legend>L'ancien propriétaire</legend><p>Le vendeur vous a donné un code de cession.</p></fieldset>
        <fieldset data-relais-step="nouveau-titulaire" hidden><legend>Vous, le nouveau propriétaire</legend></fieldset>
        <section data-relais-step="recapitulatif" style="display: none"><h3>Vérifier et envoyer</h3></section>
      </form>`,
  },
];

/** The fixtures, in the order stories show them. */
export const fixtures: StepsFixture[] = list.map((fixture) =>
  fixture.open || fixture.docsOpen || fixture.name === 'vertical' ? { ...fixture, play: (container) => play(fixture, container) } : fixture,
);

export const fixtureSet: FixtureSet<StepsFixture> = { tag, fixtures, ready };
