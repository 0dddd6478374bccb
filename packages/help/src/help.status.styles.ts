import { css } from 'lit';

/**
 * "Open now" / "closed" in words, with a dot that is filled when open and
 * hollow when closed (so the state never rests on colour alone). Shared by
 * the help button (its panel's phone line) and the finder (its places). It is
 * part of each element's own styles, so the lazy parts need no extra file.
 */
export const statusStyles = css`
  .status {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 700;
  }
  .status::before {
    content: '';
    flex: none;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    border: 2px solid currentColor;
  }
  .status.open {
    color: var(--_success);
  }
  .status.open::before {
    background: currentColor;
  }
  .status.closed {
    color: var(--_warning);
  }
  @media (forced-colors: active) {
    .status::before {
      border-color: CanvasText;
    }
    .status.open::before {
      background: CanvasText;
    }
  }
`;
