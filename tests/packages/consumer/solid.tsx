/** @jsxImportSource solid-js */
// Solid: the tags, typed by @relais/*/jsx-solid.
import type {} from '@relais/help/jsx-solid';
import type {} from '@relais/explainer/jsx-solid';

export const page = () => (
  <div>
    <relais-help-points points-src="/aide/points.json" onrelais-points-result={(e) => e.detail.count}></relais-help-points>
    <relais-term term="neph">NEPH</relais-term>
  </div>
);
