/**
 * Helpers for the tests that drive the carte-grise example page in an
 * <iframe> (same origin), with the single-file bundle as a site serves it.
 */

import { until as wait } from '../../packages/core/src/fixture.js';

/** The example page. */
export const PAGE = '/examples/carte-grise/index.html';

/** Polls `check` until it returns a truthy value, or fails after `timeout` ms, naming `what` (the fixtures' own wait). */
export const until = <T>(check: () => T, what: string, timeout = 8000): Promise<NonNullable<T>> => wait(check, what, timeout);

/** Resolves at the frame's next load. */
export function nextLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

/** Opens the example page in a new <iframe> `width` px wide, once loaded. */
export async function openPage(width = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  const loaded = nextLoad(frame);
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  return frame;
}
