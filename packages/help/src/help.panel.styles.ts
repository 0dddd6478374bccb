import { css } from 'lit';

/** Styles of the panel's content, adopted when the panel module loads. */
export const panelStyles = css`
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    line-height: 1.25;
  }
  section {
    padding-block: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  section:first-of-type {
    border-block-start: 0;
    padding-block-start: 0;
  }
  .status {
    margin-block-start: 0.5rem;
  }
  .muted {
    color: var(--_text-muted);
  }
  .week-title {
    margin-block: 0.75rem 0.25rem;
    font-weight: 700;
  }
  .week {
    list-style: none;
    padding-inline-start: 0;
  }
  .relay li,
  .relay li > span {
    display: block;
  }
  .relay .status {
    margin-block-start: 0.25rem;
  }
  .operator .label {
    margin-block-end: 0.25rem;
    font-weight: 700;
  }
  .later p:first-child {
    margin-block-start: 0;
  }
  a:not(.call) {
    color: var(--_link);
    text-underline-offset: 0.2em;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  li {
    margin-block: 0.25rem;
  }
  /* 44 × 44 at least, like every target of Relais (measured in the accessibility matrix). */
  li a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    min-width: var(--_target);
    padding-block: 0.125rem;
  }
  .code {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .code-value {
    margin: 0;
    padding: 0.25rem 0.75rem;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: var(--_help-code-size);
    font-weight: 700;
    letter-spacing: 0.15em;
  }
  .copy {
    min-height: var(--_target);
    padding: 0.25rem 1rem;
    border: 2px solid var(--_help-accent);
    border-radius: var(--_radius);
    background: var(--_help-surface);
    color: var(--_help-accent);
    font-weight: 700;
    cursor: pointer;
  }
  @media print {
    .copy {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .copy {
      border: 2px solid ButtonText;
    }
  }
`;
