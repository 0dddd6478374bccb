/**
 * The one way a story shows a fixture: its markup at its clock, brought to
 * the state it shows by the fixture's own `play()` (what a test and the
 * accessibility sweep run too), on a dark page when it says so. A fixture
 * without a story fails `tests/stories.test.ts`.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { clockOf } from '../packages/core/src/fixture.js';
import type { Fixture } from '../packages/core/src/fixture.js';

/** How a story may differ from the fixture's defaults. */
export interface StoryOptions {
  /** The docs page shows the played story in its own frame of this height (a modal dialog, a toggletip in the top layer). */
  frame?: string;
}

/** The stories of one element's fixtures: `story(name)` for each visible fixture. */
export function fixtureStories<F extends Fixture>(fixtures: readonly F[], file: string) {
  return {
    story: <A = unknown>(name: string, options: StoryOptions = {}): StoryObj<A> => {
      const fixture = fixtures.find((f) => f.name === name && !f.hidden);
      if (!fixture) throw new Error(`${file}: no visible fixture named "${name}".`);
      const play = fixture.play;
      return {
        render: () => fixture.render(clockOf(fixture)),
        ...(play ? { play: ({ canvasElement }: { canvasElement: HTMLElement }) => play(canvasElement) } : {}),
        ...(fixture.dark ? { globals: { theme: 'dark' } } : {}),
        parameters: {
          controls: { disable: true },
          docs: {
            description: { story: fixture.description },
            story: play ? (options.frame ? { inline: false, height: options.frame } : { autoplay: true }) : {},
          },
        },
      };
    },
  };
}
