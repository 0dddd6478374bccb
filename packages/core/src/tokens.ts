import { css } from 'lit';

/**
 * Design tokens, in tiers: `--relais-*` (system) falls back to the French State
 * design system's variable when the page defines it, then to a neutral
 * accessible value (text contrast at least 7:1). Light or dark follows the
 * page's `color-scheme` (`light-dark()`): a page that declares
 * `color-scheme: light dark` gets the dark palette in dark mode.
 * Component tokens (`--relais-help-*`) fall back to these.
 */
export const tokens = css`
  :host {
    --_text: var(--relais-color-text, var(--text-default-grey, light-dark(#161616, #eeeeee)));
    --_text-muted: var(--relais-color-text-muted, var(--text-mention-grey, light-dark(#3a3a3a, #cecece)));
    --_surface: var(--relais-color-surface, var(--background-default-grey, light-dark(#ffffff, #1e1e1e)));
    --_surface-alt: var(--relais-color-surface-alt, var(--background-alt-grey, light-dark(#f6f6f6, #2a2a2a)));
    --_border: var(--relais-color-border, var(--border-plain-grey, light-dark(#3a3a3a, #cecece)));
    --_action: var(--relais-color-action, var(--background-action-high-blue-france, light-dark(#000091, #a1a1f8)));
    --_on-action: var(--relais-color-on-action, var(--text-inverted-blue-france, light-dark(#ffffff, #000000)));
    --_link: var(--relais-color-link, var(--text-action-high-blue-france, light-dark(#000091, #b8b8fa)));
    --_success: var(--relais-color-success, var(--text-default-success, light-dark(#0f5e2b, #a3e7b9)));
    --_warning: var(--relais-color-warning, var(--text-default-warning, light-dark(#6b3a00, #fcd19a)));
    --_focus: var(--relais-color-focus, var(--border-focus-blue-france, light-dark(#0a76f6, #68a4ff)));
    --_radius: var(--relais-radius, 0.25rem);
    --_font: var(--relais-font-family, inherit);
    --_space: var(--relais-space, 1rem);
    --_target: var(--relais-target-size, 2.75rem);
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** The token names a page may set, for docs and the token test. */
export const tokenNames = [
  '--relais-color-text',
  '--relais-color-text-muted',
  '--relais-color-surface',
  '--relais-color-surface-alt',
  '--relais-color-border',
  '--relais-color-action',
  '--relais-color-on-action',
  '--relais-color-link',
  '--relais-color-success',
  '--relais-color-warning',
  '--relais-color-focus',
  '--relais-radius',
  '--relais-font-family',
  '--relais-space',
  '--relais-target-size',
] as const;
