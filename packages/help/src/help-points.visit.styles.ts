/** Styles of the visit sheet, on screen (adopted when its part loads) and for printing it alone. */
import { css } from 'lit';

export const visitStyles = css`
  .sheet {
    padding: 0.75rem;
    border: 2px solid var(--_points-border);
    border-radius: var(--_radius);
    background: var(--_points-surface);
  }
  .sheet .heading {
    margin: 0 0 0.5rem;
    font-weight: 700;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .sheet > .heading {
    font-size: 1.25rem;
  }
  .sheet section {
    margin-block-start: 0.75rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_points-border);
  }
  .sheet .name {
    font-weight: 700;
  }
  .sheet .meta {
    color: var(--_text-muted);
  }
  .sheet .code {
    font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: 1.25rem;
    font-weight: 700;
    letter-spacing: 0.1em;
  }
  .documents {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .documents li {
    display: flex;
    gap: 0.5rem;
    margin-block: 0.25rem;
  }
  .documents .box {
    flex: none;
    font-size: 1.25rem;
    line-height: 1.2;
  }
  .documents .state {
    color: var(--_text-muted);
  }
  .private {
    margin-block-start: 0.75rem;
    color: var(--_text-muted);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  .sheet a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  .print-frame {
    position: absolute;
    width: 0;
    height: 0;
    border: 0;
  }
  @media (forced-colors: active) {
    .sheet,
    .sheet section {
      border-color: CanvasText;
    }
  }
  @media print {
    .sheet {
      padding: 0;
      border: 0;
      font-size: 11pt;
      line-height: 1.35;
    }
    .buttons,
    .sheet .screen-only {
      display: none;
    }
    .sheet a {
      min-height: 0;
      color: inherit;
      text-decoration: none;
    }
    .sheet section {
      break-inside: avoid;
    }
  }
`;

/**
 * The printed sheet, alone in its frame: one A4 page, black on white, no
 * buttons, links as their words.
 */
export const printCss = `
@page { size: A4; margin: 12mm; }
html { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif; color: #000; background: #fff; }
body { margin: 0; font-size: 11pt; line-height: 1.35; }
p { margin: 0 0 0.35em; }
.heading { font-weight: 700; font-size: 12.5pt; margin: 0 0 0.3em; }
.sheet > .heading { font-size: 16pt; }
section { margin-top: 0.6em; padding-top: 0.5em; border-top: 1px solid #000; break-inside: avoid; }
.name { font-weight: 700; }
.code { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 14pt; font-weight: 700; letter-spacing: 0.1em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
ul { margin: 0; padding: 0; list-style: none; }
li { display: flex; gap: 0.4em; margin: 0.15em 0; }
.box { flex: none; }
a { color: inherit; text-decoration: none; }
.screen-only, .buttons { display: none; }
.private { margin-top: 0.6em; font-size: 9.5pt; }
svg { display: none; }
`;
