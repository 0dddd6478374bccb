import { css } from 'lit';

/**
 * The host's own styles, in the element's file: the room the tracker holds
 * while it loads. The rest comes with the view (`steps.view.styles.ts`).
 */
export const hostStyles = css`
  :host {
    /* flow-root: the fallback's margins stay inside, as in the documented :not(:defined) rule. */
    display: flow-root;
    /* The room the tracker takes, held from before it upgrades (see the README). */
    min-height: var(--relais-steps-min-height, 11.5rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  /* On phones the heading and the next step take more lines. */
  @media (max-width: 37.5em) {
    :host {
      min-height: var(--relais-steps-min-height, 16.5rem);
    }
  }
  @media (max-width: 25em) {
    :host {
      min-height: var(--relais-steps-min-height, 20rem);
    }
  }
  :host([variant='compact']) {
    min-height: var(--relais-steps-min-height, 3.5rem);
  }
  @media print {
    :host {
      min-height: 0;
    }
  }
`;
