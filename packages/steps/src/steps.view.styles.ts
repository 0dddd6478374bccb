import { css } from 'lit';

/**
 * Styles of the tracker's view: the heading, the next step, the bar and the
 * buttons. Component tokens fall back to the system tokens. Logical
 * properties only, so right-to-left pages work.
 */
export const viewStyles = css`
  :host {
    --_steps-accent: var(--relais-steps-accent, var(--_action));
    --_steps-done: var(--relais-steps-done, var(--_success));
    --_steps-error: var(--relais-steps-error, var(--_warning));
    --_steps-surface: var(--relais-steps-surface, var(--_surface));
  }
  .base {
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_steps-surface);
    color: var(--_text);
  }
  .compact {
    padding-block: 0.25rem;
  }
  .heading {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .compact .heading {
    flex: 1 1 12rem;
    font-size: 1.0625rem;
  }
  p {
    margin: 0.25rem 0 0;
  }
  .time {
    color: var(--_text-muted);
  }
  .bar {
    display: flex;
    gap: 3px;
    height: 0.625rem;
    margin-block: 0.5rem 0;
  }
  .bar span {
    flex: 1;
    border: 1px solid var(--_text-muted);
    border-radius: 0.3125rem;
  }
  .bar .done {
    background: var(--_steps-done);
    border-color: var(--_steps-done);
  }
  .bar .current {
    background: var(--_steps-accent);
    border-color: var(--_steps-accent);
  }
  .bar .error {
    background: var(--_steps-error);
    border-color: var(--_steps-error);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    max-width: 100%;
    padding: 0.375rem 0.875rem;
    border: 2px solid var(--_steps-accent);
    border-radius: var(--_radius);
    background: var(--_steps-surface);
    color: var(--_link);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle[aria-expanded='true'] {
    background: var(--_surface-alt);
  }
  .chevron {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-block-end: 0.2em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
  }
  [aria-expanded='true'] > .chevron {
    margin-block: 0.25em 0;
    transform: rotate(225deg);
  }
  @media (forced-colors: active) {
    .base,
    .toggle {
      border-color: CanvasText;
    }
    .bar span {
      border-color: CanvasText;
    }
    .bar .done,
    .bar .current,
    .bar .error {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .toggle[aria-expanded='true'] {
      border-style: double;
      border-width: 4px;
    }
  }
  @media print {
    .base {
      border-color: #000;
      background: none;
      color: #000;
    }
    .toggle,
    .bar {
      display: none;
    }
    .more[hidden] {
      display: block;
    }
  }
`;
