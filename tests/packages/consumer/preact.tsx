/** @jsxImportSource preact */
// Preact: the tags, typed by @relais/*/jsx-preact.
import type {} from '@relais/help/jsx-preact';
import type {} from '@relais/steps/jsx-preact';

export const page = (
  <div>
    <relais-steps for="demarche" variant="vertical" onrelais-step-change={(e) => e.detail.to}></relais-steps>
    <relais-help easy onrelais-help-close={(e) => e.detail.variant}>
      <a href="tel:3400">34 00</a>
    </relais-help>
  </div>
);
