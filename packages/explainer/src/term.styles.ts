import { css } from 'lit';

/** Styles of `<relais-term>`. Component tokens fall back to the system tokens. */
export const termStyles = css`
  :host {
    --_term-mark: var(--relais-term-mark, var(--_link));
    --_term-surface: var(--relais-term-surface, var(--_surface));
    --_term-width: var(--relais-term-width, 22rem);
    display: inline;
  }
  .term {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: inherit;
    text-decoration: underline dotted var(--_term-mark);
    text-decoration-thickness: 0.125em;
    text-underline-offset: 0.2em;
    cursor: pointer;
    border-radius: 0.125rem;
  }
  /* A word inside a line: the line under it (a field right below a label) may hide the ring's lower edge, so the other three carry it. */
  .term:focus-visible {
    outline-width: 4px;
  }
  .term:hover,
  .term[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .mark {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-start: 0.15em;
    vertical-align: -0.1em;
    fill: var(--_term-mark);
  }
  .tip {
    position: fixed;
    inset: auto;
    margin: 0;
  }
  .tip[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .term {
      text-decoration-color: LinkText;
    }
    .term:focus-visible {
      outline-width: 4px;
    }
    .mark {
      fill: LinkText;
    }
  }
  @media print {
    .mark,
    .tip {
      display: none;
    }
  }
`;
