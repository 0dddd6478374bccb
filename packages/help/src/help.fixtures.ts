/**
 * Named examples of `<relais-help>`: the one source for stories, browser
 * tests, the accessibility sweep and the docs. `hidden` ones are for tests.
 * Each `render()` returns markup (the element must be registered to upgrade).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** One named example. */
export interface HelpFixture {
  name: string;
  description: string;
  /** Opens the panel after rendering. */
  open?: boolean;
  /** Shown in dark (`color-scheme: dark` on the wrapper). */
  dark?: boolean;
  /** For tests only. */
  hidden?: boolean;
  /** The clock: a Tuesday 10:00 in Paris unless said otherwise. */
  now?: string;
  render: (now: Date) => TemplateResult;
}

const fallback = html`<a href="tel:3400">Besoin d'aide ? Appelez le 34 00</a>`;
const TUESDAY_10H = '2026-11-24T09:00:00Z';
const SUNDAY = '2026-11-22T12:00:00Z';

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
    description: 'Open panel on a Sunday: the line is closed and says when it opens.',
    open: true,
    now: SUNDAY,
    render: (now) => html`<relais-help procedure="ants/carte-grise/changement-titulaire" .now=${now}>${fallback}</relais-help>`,
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
export const helpFixtures: HelpFixture[] = list.map((fixture) => ({ ...fixture, now: fixture.now ?? TUESDAY_10H }));
