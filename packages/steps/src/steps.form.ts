/**
 * `for="form-id"`: the steps of a multi-step form, read from its markup.
 * Each `[data-relais-step="id"]` inside the form is a step (a `fieldset` or a
 * `section`, usually); its title is its `data-relais-title`, else its own
 * `legend`, else its first heading. The current step is the first one that is
 * neither `hidden` nor `display: none`. A step the form knows is done (a
 * draft resumed by the site) says so with `data-relais-state="done"`, one to
 * correct with `data-relais-state="error"`.
 */
import { STEP_ID } from './steps.logic.js';
import type { FormStep } from './steps.logic.js';

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A step element's title. */
function titleOf(el: HTMLElement): string {
  const own = el.getAttribute('data-relais-title');
  if (own && own.trim()) return own.trim();
  const legend = [...el.children].find((child) => child.localName === 'legend');
  return text(legend) || text(el.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')) || (el.getAttribute('aria-label') ?? '').trim();
}

/** Whether a step element is shown: not `hidden`, not `display: none`. */
export function isShown(el: HTMLElement): boolean {
  return !el.hidden && getComputedStyle(el).display !== 'none';
}

/** What the form says: its steps, the current one, and the ids it had to skip (bad or repeated). */
export interface FormReading {
  steps: FormStep[];
  current?: string | undefined;
  skipped: string[];
}

/** Reads the steps of `form` and which one is shown. */
export function readForm(form: Element): FormReading {
  const steps: FormStep[] = [];
  const skipped: string[] = [];
  let current: string | undefined;
  for (const el of form.querySelectorAll<HTMLElement>('[data-relais-step]')) {
    const id = (el.getAttribute('data-relais-step') ?? '').trim();
    if (!STEP_ID.test(id) || steps.some((s) => s.id === id)) {
      skipped.push(id);
      continue;
    }
    const state = el.getAttribute('data-relais-state');
    steps.push({ id, title: titleOf(el), state: state === 'done' || state === 'error' ? state : undefined });
    if (current === undefined && isShown(el)) current = id;
  }
  return { steps, current, skipped };
}
