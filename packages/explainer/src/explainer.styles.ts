import { css } from 'lit';

/** Styles of `<relais-explainer>`. Component tokens fall back to the system tokens. */
export const explainerStyles = css`
  :host {
    --_explainer-accent: var(--relais-explainer-accent, var(--_link));
    --_explainer-surface: var(--relais-explainer-surface, var(--_surface-alt));
    display: block;
    margin-block: 0.25rem 0.5rem;
    /* The room the button takes (two lines on a phone), held from before it upgrades (see the README): the page does not move. */
    min-height: var(--relais-explainer-min-height, 2.75rem);
    line-height: 1.5;
  }
  @media (max-width: 37.5em) {
    :host {
      min-height: var(--relais-explainer-min-height, 4rem);
    }
  }
  button {
    font: inherit;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
    max-width: 100%;
    margin: 0;
    padding: 0.25rem 0.5rem 0.25rem 0.25rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_explainer-accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .toggle:hover {
    text-decoration-thickness: 0.15em;
  }
  .chevron {
    flex: none;
    width: 1em;
    height: 1em;
    fill: currentColor;
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .toggle[aria-expanded='false'] .chevron {
    transform: scaleX(-1);
  }
  .panel {
    margin-block-start: 0.25rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_explainer-accent);
    border-radius: var(--_radius);
    background: var(--_explainer-surface);
    color: var(--_text);
    overflow-wrap: break-word;
  }
  .panel[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .panel {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
  @media print {
    .toggle,
    .actions {
      display: none;
    }
  }
`;
