import { css } from 'lit';

/** Styles of `<relais-help>`. Component tokens fall back to the system tokens. */
export const helpStyles = css`
  :host {
    --_help-accent: var(--relais-help-accent, var(--_action));
    --_help-on-accent: var(--relais-help-on-accent, var(--_on-action));
    --_help-surface: var(--relais-help-surface, var(--_surface));
    --_help-code-size: var(--relais-help-code-size, 2rem);
    display: block;
    /* The room the button takes (two lines on a phone), held from before it upgrades (see the README): the page does not move. */
    min-height: var(--relais-help-min-height, 3rem);
    line-height: 1.5;
  }
  @media (max-width: 37.5em) {
    :host {
      min-height: var(--relais-help-min-height, 4.75rem);
    }
  }
  :host([variant='floating']) {
    display: contents;
  }
  button,
  a {
    font: inherit;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    min-width: var(--_target);
    max-width: 100%;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_help-accent);
    border-radius: var(--_radius);
    background: var(--_help-accent);
    color: var(--_help-on-accent);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .trigger[aria-expanded='true'] {
    background: var(--_help-surface);
    color: var(--_help-accent);
  }
  .floating .trigger {
    position: fixed;
    inset-block-end: max(1rem, env(safe-area-inset-bottom));
    inset-inline-end: max(1rem, env(safe-area-inset-right));
    z-index: var(--relais-help-z-index, 2147483000);
    max-width: calc(100vw - 2rem);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.3);
  }
  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  .panel {
    margin-block-start: 0.5rem;
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_help-surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .panel[hidden] {
    display: none;
  }
  /*
   * Made ready before the first press, the panel is laid out out of sight
   * (not display: none), so that the press only shows it: no style or layout
   * of its content on the click (INP). Its room clips it, so the hidden panel
   * adds nothing to the page's scrolling; open, it is in the flow.
   */
  .room {
    position: relative;
    overflow: clip;
  }
  .panel[hidden].prepared {
    display: block;
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    visibility: hidden;
  }
  /* Opened with show() and made modal by hand (see help.panel.ts): fixed in
     the middle of the viewport, above the page, with its own backdrop. */
  dialog {
    position: fixed;
    inset: 0;
    z-index: var(--relais-help-z-index, 2147483000);
    box-sizing: border-box;
    width: min(36rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    overflow: auto;
    /* A part focused at the edge of a long dialog is scrolled in with room for its focus ring (3 px, 2 px off). */
    scroll-padding-block: 0.75rem;
    margin: auto;
    box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.6);
    padding: 0;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_help-surface);
    color: var(--_text);
  }
  /* The same for the floating variant: the closed dialog, made ready, is laid out out of sight (fixed: no scrolling added). */
  dialog.prepared:not([open]) {
    display: block;
    visibility: hidden;
  }
  dialog .panel {
    margin: 0;
    border: 0;
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.375rem;
    line-height: 1.25;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .close {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_help-accent);
    border-radius: var(--_radius);
    background: var(--_help-surface);
    color: var(--_help-accent);
    cursor: pointer;
  }
  .call {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    background: var(--_help-accent);
    color: var(--_help-on-accent);
    font-size: 1.5rem;
    font-weight: 700;
    text-decoration: none;
  }
  .call:hover {
    text-decoration: underline;
  }
  /* While the line is closed: still there, but not the first thing to do. */
  .call.secondary {
    border: 2px solid var(--_help-accent);
    background: var(--_help-surface);
    color: var(--_help-accent);
    font-size: 1.125rem;
  }
  @media (forced-colors: active) {
    .trigger,
    .call,
    .close {
      border: 2px solid ButtonText;
    }
    .trigger[aria-expanded='true'] {
      border-style: double;
      border-width: 4px;
    }
  }
  @media print {
    .trigger,
    .close {
      display: none;
    }
  }
`;
