/**
 * Deliberately broken fixtures, one per kind of check the matrix makes: the
 * matrix runs each in the cells it names and fails unless the check catches
 * it (so that every check is seen to fail). `relais-broken` is a small
 * element with a shadow root, like Relais's own, defined only here.
 */
import { LitElement, css, html } from 'lit';
import type { Fixture, FixtureSet } from '../../packages/core/src/fixture.js';
import { elementsIn, until } from '../../packages/core/src/fixture.js';

/** A broken fixture: what must catch it. */
export interface BrokenFixture extends Fixture {
  /** The start of a problem the matrix must report for it. */
  caughtBy: string;
  /** The condition it is broken in (default: every one). */
  condition?: string;
}

class RelaisBroken extends LitElement {
  static override properties = { kind: {} };
  declare kind: string;
  static override styles = css`
    :host {
      display: block;
      color: #161616;
      background: #ffffff;
      font: 16px/1.5 sans-serif;
    }
    button {
      min-width: 44px;
      min-height: 44px;
      color: #ffffff;
      background: #000091;
      border: 0;
    }
    button:focus-visible {
      outline: 3px solid #0a76f6;
      outline-offset: 2px;
    }
    .no-ring:focus {
      outline: none;
    }
    .faint {
      color: #707070; /* 4.8:1 on white: passes 4.5:1, fails 7:1 */
    }
    .pale {
      color: #848484; /* 3.8:1 on white */
    }
    .one-line {
      white-space: nowrap;
      overflow: hidden;
    }
    .small {
      min-width: 0;
      min-height: 0;
      width: 24px;
      height: 24px;
    }
    .wide {
      width: 30rem;
    }
  `;

  override render() {
    switch (this.kind) {
      case 'nameless':
        return html`<button type="button"><svg aria-hidden="true" width="20" height="20"><circle cx="10" cy="10" r="8" fill="currentColor" /></svg></button>`;
      case 'contrast-4':
        return html`<p class="pale">Texte à 4 pour 1 environ.</p>`;
      case 'contrast-5':
        return html`<p class="faint">Texte assez contrasté pour AA, pas pour AAA.</p>`;
      case 'clipped':
        return html`<p class="one-line">Une ligne trop longue qui ne passe pas à 320 pixels de large et se trouve coupée.</p>`;
      case 'wide':
        return html`<p class="wide">Un bloc de 30 rem de large.</p>`;
      case 'no-ring':
        return html`<button type="button" class="no-ring">Sans contour</button>`;
      case 'small':
        return html`<button type="button" class="small" aria-label="Petit">·</button>`;
      case 'trap':
        return html`<button type="button" @keydown=${(e: KeyboardEvent) => e.key === 'Tab' && e.preventDefault()}>Piège</button>`;
      default:
        return html`<p>?</p>`;
    }
  }
}
if (!customElements.get('relais-broken')) customElements.define('relais-broken', RelaisBroken);

const tag = 'relais-broken';
const ready = async (container: HTMLElement) => {
  await until(() => elementsIn<LitElement>(container, tag).every((el) => el.shadowRoot?.firstElementChild), '<relais-broken> to render');
};

/** A live region made with its message in the same change (screen readers miss it). */
async function lateRegion(container: HTMLElement): Promise<void> {
  const status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.textContent = '3 lieux trouvés';
  container.append(status);
  await new Promise((resolve) => setTimeout(resolve, 20));
}

const broken: BrokenFixture[] = [
  {
    name: 'nameless-control',
    description: 'A button without a name.',
    caughtBy: 'axe button-name',
    render: () => html`<relais-broken kind="nameless"></relais-broken>`,
  },
  {
    name: 'text-at-4-to-1',
    description: 'Text at about 4:1.',
    caughtBy: 'axe color-contrast:',
    render: () => html`<relais-broken kind="contrast-4"></relais-broken>`,
  },
  {
    name: 'text-at-5-to-1',
    description: 'Text at 4.8:1: AA, not 7:1.',
    caughtBy: 'axe color-contrast-enhanced',
    render: () => html`<relais-broken kind="contrast-5"></relais-broken>`,
  },
  {
    name: 'clipped-at-320',
    description: 'A line cut by its box at 320 px.',
    caughtBy: 'clipped:',
    condition: '320px',
    render: () => html`<relais-broken kind="clipped"></relais-broken>`,
  },
  {
    name: 'wider-than-320',
    description: 'A block wider than 320 px.',
    caughtBy: 'horizontal scroll',
    condition: '320px',
    render: () => html`<relais-broken kind="wide"></relais-broken>`,
  },
  {
    name: 'no-focus-ring',
    description: 'A button that hides its focus.',
    caughtBy: 'focus:',
    render: () => html`<relais-broken kind="no-ring"></relais-broken>`,
  },
  { name: 'small-target', description: 'A 24 px button.', caughtBy: 'target', render: () => html`<relais-broken kind="small"></relais-broken>` },
  {
    name: 'keyboard-trap',
    description: 'A button that keeps Tab.',
    caughtBy: 'keyboard trap',
    render: () => html`<relais-broken kind="trap"></relais-broken>`,
  },
  {
    name: 'late-live-region',
    description: 'A status region made with its text.',
    caughtBy: 'live region created with its message',
    render: () => html`<relais-broken kind="ok"></relais-broken>`,
    play: lateRegion,
  },
  {
    name: 'missing-data',
    description: 'A fixture whose data file is not there: checked in an error state it does not mean.',
    caughtBy: '404 for',
    render: () => html`<relais-broken kind="ok"></relais-broken>`,
    play: async () => {
      await fetch('/no/such/points.json').catch(() => undefined);
    },
  },
];

export const brokenSet: FixtureSet<BrokenFixture> = { tag, fixtures: broken, ready };
