/** Styles of the finder's list of places, adopted when its lazy part loads. */
import { css } from 'lit';

export const resultsStyles = css`
  .count,
  .name {
    font-weight: 700;
  }
  .results {
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .results > li {
    margin-block: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_points-border);
    border-radius: var(--_radius);
    background: var(--_points-surface);
  }
  .name {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
  }
  .meta {
    color: var(--_text-muted);
  }
  .mobile {
    color: var(--_warning);
    font-weight: 700;
  }
  .choices,
  .actions {
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
  }
  .choices li {
    margin-block: 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    /* Room between rows too: a focus ring is never drawn over the link below. */
    gap: 0.5rem 1rem;
    margin: 0;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  .visit {
    margin-block-start: 0.5rem;
  }
  @media (forced-colors: active) {
    .results > li {
      border-color: CanvasText;
    }
  }
`;
