import { css } from 'lit';

/** Styles of `<relais-explainer>`'s panel content, loaded with it. */
export const panelStyles = css`
  dl,
  p,
  figure {
    margin: 0 0 0.75rem;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
    border: 1px solid var(--_border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_action);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_link);
    cursor: pointer;
  }
  .actions button[aria-pressed='true'] {
    background: var(--_action);
    color: var(--_on-action);
  }
  @media (forced-colors: active) {
    .actions button {
      border-color: ButtonText;
    }
    .actions button[aria-pressed='true'] {
      border-style: double;
      border-width: 4px;
    }
  }
`;
