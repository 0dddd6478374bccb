import { css } from 'lit';

/** Styles of the list of steps and of the checklist (loaded with them). */
export const partsStyles = css`
  .list,
  .checklist {
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.375rem;
    break-inside: avoid;
  }
  .marker {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    border: 2px solid var(--_text-muted);
    border-radius: 50%;
    font-weight: 700;
  }
  .optional .marker {
    border-style: dashed;
  }
  .done .marker {
    border-color: var(--_steps-done);
    background: var(--_steps-done);
    color: var(--_steps-surface);
  }
  .current .marker {
    border-color: var(--_steps-accent);
    background: var(--_steps-accent);
    color: var(--_on-action);
  }
  .error .marker {
    border-color: var(--_steps-error);
    border-width: 3px;
    color: var(--_steps-error);
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  .body {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    min-width: 0;
    padding-block-start: 0.1875rem;
  }
  .current .title {
    font-weight: 700;
  }
  /* Hidden, in the line: its width is the gap before the state. */
  .comma {
    clip-path: inset(50%);
    white-space: pre;
  }
  /* Inline, not inline-block: a screen reader reads the title and the state as one line. */
  .state {
    display: inline;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    font-size: 0.9375rem;
    white-space: nowrap;
  }
  .done .state {
    color: var(--_steps-done);
  }
  .current .state {
    color: var(--_steps-accent);
  }
  .error .state {
    color: var(--_steps-error);
    font-weight: 700;
  }
  .where {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 700;
  }
  .note,
  .hint {
    color: var(--_text-muted);
  }
  .go {
    min-height: var(--_target);
    padding: 0.125rem 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* On the title only: an inline state cannot take the underline off. */
  .go .title {
    text-decoration: underline;
  }
  .intro {
    margin-block-start: 0.75rem;
    font-weight: 700;
  }
  .ready {
    margin-block-end: 0;
    font-weight: 700;
  }
  .checklist label {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-height: var(--_target);
    padding-block: 0.5rem;
    cursor: pointer;
  }
  .checklist input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_steps-accent);
  }
  @media (forced-colors: active) {
    .marker,
    .state {
      border-color: CanvasText;
    }
    .current .marker,
    .done .marker {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .current .title {
      text-decoration: underline;
    }
  }
  @media print {
    .step,
    .checklist li {
      break-inside: avoid;
    }
    .go {
      color: inherit;
    }
    .go .title {
      text-decoration: none;
    }
  }
`;
