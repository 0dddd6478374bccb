/**
 * Named examples ("fixtures"), the one source for stories, browser tests,
 * the accessibility sweep and the docs: the type every element's
 * `*.fixtures.ts` uses, and the wait its `play` functions share. For
 * development only: fixture files are not part of the packages' builds.
 */
import type { TemplateResult } from 'lit';

/** One named example of an element. */
export interface Fixture {
  name: string;
  /** What it shows, in a sentence (the story's description). */
  description: string;
  /** For tests only (no story). */
  hidden?: boolean;
  /** Shown on a dark page (`color-scheme: dark` on the wrapper). */
  dark?: boolean;
  /** The clock, for elements that tell the time (an ISO date; default: a Tuesday 10:00 in Paris). */
  now?: string;
  render: (now: Date) => TemplateResult;
  /**
   * Brings the rendered example to the state it shows, the way a citizen
   * would (pressing buttons, typing). Resolves once that state is shown.
   */
  play?: (container: HTMLElement) => Promise<void>;
}

/** What an element's fixtures file exports. */
export interface FixtureSet<F extends Fixture = Fixture> {
  /** The element the fixtures show. */
  readonly tag: string;
  readonly fixtures: readonly F[];
  /** Resolves once every such element in `container` has left its fallback. */
  ready: (container: HTMLElement) => Promise<void>;
}

/** The default clock of fixtures: Tuesday 24 November 2026, 10:00 in Paris (the 34 00 is open). */
export const TUESDAY_10H = '2026-11-24T09:00:00Z';

/** The fixture's clock. */
export const clockOf = (fixture: Fixture): Date => new Date(fixture.now ?? TUESDAY_10H);

/**
 * Polls `check` until it gives a truthy value; fails after `timeout` ms,
 * naming `what`. The limit only guards against a hang (a busy CI machine
 * running the matrix's pages side by side can take seconds): nothing is
 * measured with it; speed is measured by the benchmarks.
 */
export async function until<T>(check: () => T, what: string, timeout = 10000): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The elements named `tag` in `container`. */
export function elementsIn<E extends Element = HTMLElement>(container: ParentNode, tag: string): E[] {
  return [...container.querySelectorAll<E>(tag)];
}
