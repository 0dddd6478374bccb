import { css } from 'lit';

/** Styles of `<relais-help-points>` (the list's own come with it, on demand). Component tokens fall back to the system tokens. */
export const pointsStyles = css`
  :host {
    --_points-accent: var(--relais-points-accent, var(--_action));
    --_points-on-accent: var(--relais-points-on-accent, var(--_on-action));
    --_points-surface: var(--relais-points-surface, var(--_surface));
    --_points-border: var(--relais-points-border, var(--_border));
    display: block;
    /* Its own surface: the texts follow the page's colour scheme, so the ground must too. */
    background: var(--_surface);
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  button,
  input,
  a {
    font: inherit;
  }
  p {
    margin: 0 0 0.5rem;
  }
  label {
    display: block;
    font-weight: 700;
  }
  .hint {
    color: var(--_text-muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  input {
    flex: 1 1 10rem;
    min-width: 0;
    min-height: var(--_target);
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_points-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  input[aria-invalid='true'] {
    border-color: var(--_warning);
    border-width: 3px;
  }
  .primary,
  .secondary {
    min-height: var(--_target);
    min-width: var(--_target);
    max-width: 100%;
    padding: 0.25rem 1rem;
    border: 2px solid var(--_points-accent);
    border-radius: var(--_radius);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .primary {
    background: var(--_points-accent);
    color: var(--_points-on-accent);
  }
  .secondary {
    background: var(--_surface);
    color: var(--_points-accent);
  }
  .error,
  .message {
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--_warning);
    font-weight: 700;
  }
  .outcome {
    margin-block: 0.75rem;
  }
  ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.2em;
  }
  /* 44 × 44 at least, like every target of Relais (measured in the accessibility matrix). */
  .maps li a,
  .phone a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    min-width: var(--_target);
    padding-block: 0.125rem;
  }
  .phone a {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .primary,
    .secondary,
    input {
      border: 2px solid ButtonText;
    }
  }
`;
