/**
 * The one axe sweep: every fixture of an element (hidden ones too), brought
 * to the state it shows by its own `play()`, in each colour mode a citizen
 * may use (light; a page that declares both schemes with a dark preference;
 * Windows forced colours), with WCAG 2.0–2.2 A/AA, RGAA 4 and best-practice
 * rules. A pass on a dark page checks that the part really is dark.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { clockOf } from '../../packages/core/src/fixture.js';
import type { Fixture, FixtureSet } from '../../packages/core/src/fixture.js';
import { axeViolations, describeViolations } from './a11y.js';
import { axeViolationsForcedColors } from './forced-colors.js';
import { luminance } from './help.js';

/** The colour modes swept. */
export const colourModes = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const }, scheme: '' },
  // The page declares both schemes, so the emulated dark preference does switch the palette.
  { name: 'prefers dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const }, scheme: 'light dark' },
  { name: 'forced colours', media: { colorScheme: 'light' as const, forcedColors: 'active' as const }, scheme: '' },
];

export interface SweepOptions<F extends Fixture> {
  /** The element's own surface, checked to be dark on a dark page (undefined: nothing to check in that state). */
  surface?: (container: HTMLElement, fixture: F) => Element | null | undefined;
  /** Elements that sit in the page's text: the page paints its own background on a dark page. */
  inText?: boolean;
}

/** Renders a fixture as a story shows it, and plays it; returns its container. */
export async function showFixture<F extends Fixture>(set: FixtureSet<F>, f: F, scheme = '', style = ''): Promise<HTMLElement> {
  const dark = f.dark ? 'dark' : scheme;
  const page = dark ? `color-scheme: ${dark};` : '';
  const container = await fixture<HTMLElement>(html`<div class="fixture" style=${`${page}${style}`}>${f.render(clockOf(f))}</div>`);
  await set.ready(container);
  await f.play?.(container);
  return container;
}

/** Registers the sweep of `set` (inside the caller's `describe`). */
export function sweep<F extends Fixture>(set: FixtureSet<F>, options: SweepOptions<F> = {}): void {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));
  for (const mode of colourModes) {
    describe(mode.name, () => {
      for (const f of set.fixtures) {
        it(`${f.name}: no violations`, async () => {
          await emulateMedia(mode.media);
          const paint = options.inText && (f.dark || mode.scheme) ? 'background: Canvas; color: CanvasText' : '';
          const container = await showFixture(set, f, mode.scheme, paint);
          if ((mode.name === 'prefers dark' || f.dark) && mode.media.forcedColors !== 'active') {
            const surface = options.surface?.(container, f);
            // The pass checks what it says: the part really is dark.
            if (surface) expect(luminance(getComputedStyle(surface).backgroundColor), `${f.name}: dark surface`).to.be.below(0.2);
          }
          // In forced colours, axe misreads the text colour (see helpers/forced-colors.ts).
          const violations = mode.media.forcedColors === 'active' ? await axeViolationsForcedColors(container) : await axeViolations(container);
          expect(violations, `${f.name} (${mode.name}):\n${describeViolations(violations)}`).to.deep.equal([]);
        });
      }
    });
  }
}
