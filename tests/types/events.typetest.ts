/**
 * Compiled by `npm run typecheck` (part of `npm test`), never run: what a
 * page's own TypeScript can write with Relais's events, typed through the
 * DOM's event maps (packages/sdk/src/events.ts). Each `@ts-expect-error`
 * must be an error, so the checks can fail.
 */
import type { RelaisEventDetail, RelaisEventName } from '@relais/sdk';
import '@relais/help/relais-help.js';

/** What a listener reads from each event's detail; a new event without a line here fails the build. */
const readers: { [K in RelaisEventName]: (e: DocumentEventMap[K]) => unknown } = {
  'relais-help-open': (e) => [e.detail.variant satisfies 'inline' | 'floating', e.detail.procedure?.length, e.detail.step?.length],
  'relais-help-close': (e) => e.detail.variant satisfies 'inline' | 'floating',
  'relais-help-channel': (e) => [e.detail.channel.length, e.detail.kind.length],
  'relais-step-change': (e) => [e.detail.to.length, e.detail.from?.length, e.detail.index + e.detail.total, e.detail.procedure?.length],
  'relais-step-select': (e) => e.detail.step.length,
  'relais-term-open': (e) => e.detail.term.length,
  'relais-term-close': (e) => e.detail.term.length,
  'relais-explainer-open': (e) => e.detail.topic.length,
  'relais-explainer-close': (e) => e.detail.topic.length,
  'relais-points-search': (e) => e.detail.by satisfies 'text' | 'location',
  'relais-points-result': (e) => [e.detail.by satisfies 'text' | 'location', e.detail.count.toFixed()],
  'relais-visit-open': (e) => [e.detail.place.length, e.detail.procedure?.length, e.detail.step?.length],
};

// On document, window and any element, with no cast and no import of the event map.
for (const name of Object.keys(readers) as RelaisEventName[]) {
  document.addEventListener(name, (e) => (readers[name] as (e: Event) => unknown)(e));
}
document.addEventListener('relais-help-open', (e) => e.detail.variant.toUpperCase());
window.addEventListener('relais-step-change', (e) => e.detail.index);
const help = document.querySelector('relais-help');
help?.addEventListener('relais-help-channel', (e) => e.detail.channel);
document.createElement('relais-help').addEventListener('relais-help-close', (e) => e.detail.variant);
document.body.addEventListener('relais-points-result', (e) => e.detail.count);
// The element's own typed properties (HTMLElementTagNameMap).
if (help) help.variant = 'floating';

// Errors that must stay errors.
// @ts-expect-error: relais-help-open has no `count`.
document.addEventListener('relais-help-open', (e) => void e.detail.count);
// @ts-expect-error: `variant` is 'inline' | 'floating', not a number.
document.addEventListener('relais-help-close', (e) => void e.detail.variant.toFixed());
// @ts-expect-error: the detail's `count` is a number.
document.addEventListener('relais-points-result', (e) => void e.detail.count.toUpperCase());

const detail: RelaisEventDetail<'relais-step-change'> = { to: 'vehicule', index: 1, total: 4 };
export { detail };
