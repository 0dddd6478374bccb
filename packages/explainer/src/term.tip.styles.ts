import { css } from 'lit';

/** Styles of `<relais-term>`'s toggletip, loaded with its content. */
export const tipStyles = css`
  .tip {
    position: fixed;
    inset: auto;
    z-index: var(--relais-term-z-index, 2147483000);
    box-sizing: border-box;
    width: max-content;
    max-width: min(var(--_term-width), calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    overflow: auto;
    margin: 0;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_term-surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-family: var(--_font);
    font-size: 1rem;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: break-word;
    cursor: auto;
  }
  .tip:focus {
    outline: none;
  }
  .tip p {
    margin: 0 0 0.5rem;
  }
  .word {
    font-weight: 700;
  }
  .example {
    color: var(--_text-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }
  .actions button,
  .actions a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_action);
    border-radius: var(--_radius);
    background: var(--_term-surface);
    color: var(--_link);
    font: inherit;
    cursor: pointer;
  }
  .actions a {
    border-color: transparent;
    text-decoration: underline;
  }
  .actions button[aria-pressed='true'] {
    background: var(--_action);
    color: var(--_on-action);
  }
  @media (forced-colors: active) {
    .tip,
    .actions button {
      border-color: CanvasText;
    }
    .actions button[aria-pressed='true'] {
      border-style: double;
      border-width: 4px;
    }
  }
`;
