/**
 * Named examples of `<relais-help>`: the one source for stories, browser
 * tests, the accessibility sweep and the docs. `hidden` ones are for tests.
 * Each `render()` returns markup (the element must be registered to upgrade);
 * `play()` opens the panel the way a citizen would, for those that show it open.
 */
import { html } from 'lit';
import { elementsIn, until } from '../../core/src/fixture.js';
import type { Fixture, FixtureSet } from '../../core/src/fixture.js';

/** One named example. */
export interface HelpFixture extends Fixture {
  /** Shown with its panel open. */
  open?: boolean;
}

export const tag = 'relais-help';
const fallback = html`<a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a>`;
const SUNDAY = '2026-11-22T12:00:00Z';
/** Christmas Day 2026, a Friday, 10:00 in Paris: the line is closed for the holiday. */
const CHRISTMAS = '2026-12-25T09:00:00Z';

/** A site's own ways in: an online relay platform (shown first to deaf citizens), its contact page, checked. */
export const siteChannels = [
  {
    id: 'relais-en-ligne',
    kind: 'relay' as const,
    label: 'Appeler en langue des signes ou par écrit (plateforme en ligne du service)',
    href: 'https://relais.example.fr/',
    modes: ['lsf' as const, 'lfpc' as const, 'text' as const],
  },
  {
    id: 'ecrire',
    kind: 'written' as const,
    label: 'Écrire au service (formulaire de contact)',
    href: 'https://service.example.fr/contact',
    checked: { on: '2026-12-02', where: 'exemple de Relais (adresse fictive)' },
  },
];

type HelpElement = HTMLElement & { show(): Promise<void>; updateComplete: Promise<boolean> };

/** Resolves once every `<relais-help>` in `container` shows its button. */
export async function ready(container: HTMLElement): Promise<void> {
  const all = elementsIn<HelpElement>(container, tag);
  await until(() => all.every((el) => el.shadowRoot?.querySelector('button.trigger')), '<relais-help> to show its button');
}

/** Presses the button of the first `<relais-help>` and waits until the panel's content is there. */
async function openPanel(container: HTMLElement): Promise<void> {
  await ready(container);
  const el = elementsIn<HelpElement>(container, tag)[0]!;
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.trigger')!;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  // Seen, not only there: the closed panel is laid out out of sight, ready for the press.
  await until(() => el.shadowRoot?.querySelector('a.call')?.checkVisibility({ visibilityProperty: true }), 'the help panel to open');
  // The floating variant's dialog is made modal in steps (focus in, then the page inert; see help.panel.ts): the state shown is the last one.
  await until(() => {
    const dialog = el.shadowRoot?.querySelector('dialog');
    return !dialog || dialog.dataset['phase'] === 'open';
  }, 'the dialog to be modal');
  await el.updateComplete;
}

const list: HelpFixture[] = [
  {
    name: 'closed',
    description: 'The button, panel closed. With no config it uses the 34 00 line.',
    render: (now) => html`<relais-help .now=${now}>${fallback}</relais-help>`,
  },
  {
    name: 'open',
    description: 'Open panel, line open: phone link, status, price, help code, channels.',
    open: true,
    render: (now) => html`<relais-help procedure="ants/carte-grise/changement-titulaire" step="ancien-titulaire" .now=${now}>${fallback}</relais-help>`,
  },
  {
    name: 'line-closed',
    description:
      'Open panel on a Sunday: the line is closed and says when it opens, and the week in words; writing and help near you come before the call button, which is secondary.',
    open: true,
    now: SUNDAY,
    render: (now) => html`<relais-help procedure="ants/carte-grise/changement-titulaire" .now=${now}>${fallback}</relais-help>`,
  },
  {
    name: 'holiday',
    description:
      'Open panel on Christmas Day: "Fermé aujourd\'hui (Noël)", when it opens, the week in words, writing and help near you before the call button.',
    open: true,
    now: CHRISTMAS,
    render: (now) => html`<relais-help procedure="ants/carte-grise/changement-titulaire" step="vehicule" .now=${now}>${fallback}</relais-help>`,
  },
  {
    name: 'relay',
    description:
      "A site's online relay platform (sign language, cued speech, real-time text), shown first to deaf and hard-of-hearing citizens, with its hours (the phone line's).",
    open: true,
    render: (now) => html`<relais-help procedure="ants/cni/pre-demande" step="adresse" .channels=${siteChannels} .now=${now}>${fallback}</relais-help>`,
  },
  {
    name: 'relay-closed',
    description: 'The same on a Sunday: the platform says it is closed, like the line; writing comes first.',
    open: true,
    now: SUNDAY,
    render: (now) => html`<relais-help procedure="ants/cni/pre-demande" .channels=${siteChannels} .now=${now}>${fallback}</relais-help>`,
  },
  {
    name: 'floating-open',
    description: 'The floating variant: a corner button that opens a modal dialog.',
    open: true,
    render: (now) => html`<relais-help variant="floating" procedure="ants/permis/renouvellement" step="justificatifs" .now=${now}>${fallback}</relais-help>`,
  },
  {
    name: 'dark',
    description: 'Open panel on a page that declares `color-scheme: dark`.',
    open: true,
    dark: true,
    render: (now) => html`<relais-help procedure="ants/cni/pre-demande" step="adresse" .now=${now}>${fallback}</relais-help>`,
  },
  {
    name: 'easy',
    description: 'Easy-to-read (FALC) texts.',
    open: true,
    render: (now) => html`<relais-help easy procedure="ants/passeport/pre-demande" .now=${now}>${fallback}</relais-help>`,
  },
  {
    name: 'english',
    description: 'In a part of the page marked lang="en".',
    open: true,
    render: (now) => html`<div lang="en"><relais-help procedure="ants/permis/inscription" step="justificatifs" .now=${now}>${fallback}</relais-help></div>`,
  },
];

/** The fixtures, in the order stories show them. */
export const fixtures: HelpFixture[] = list.map((fixture) => (fixture.open ? { ...fixture, play: openPanel } : fixture));

export const fixtureSet: FixtureSet<HelpFixture> = { tag, fixtures, ready };
