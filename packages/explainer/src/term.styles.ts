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
    position: relative;
    /* A button cannot break across lines: the words stay together before the upgrade too (see the README), so the paragraph does not reflow. */
    white-space: nowrap;
  }
  /* A word inside a line: the line under it (a field right below a label) may hide the ring's lower edge, so the other three carry it. */
  .term:focus-visible {
    outline-width: 4px;
  }
  .term:hover,
  .term[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  /* Above the end of the word, taking no room in the line: the paragraph does not reflow when the word upgrades. */
  .mark {
    position: absolute;
    inset-inline-end: -0.5em;
    top: -0.4em;
    width: 0.7em;
    height: 0.7em;
    fill: var(--_term-mark);
    pointer-events: none;
  }
  /* A term with no words of its own (the "?" after a label) is its mark: a target of at least 24 × 24 px. */
  .term.lone {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.5rem;
    min-height: 1.5rem;
    vertical-align: middle;
    text-decoration: none;
  }
  .term.lone .mark {
    position: static;
    display: inline-block;
    width: 1.25em;
    height: 1.25em;
  }
  .tip {
    position: fixed;
    inset: auto;
    margin: 0;
  }
  .tip[hidden] {
    display: none;
  }
  /* Closed, with its content ready (the pointer or focus is on the word): laid out out of sight, so that the press only shows it. */
  .tip.ready:not(:popover-open) {
    display: block;
    visibility: hidden;
    inset-block-start: 0;
    inset-inline-start: 0;
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
