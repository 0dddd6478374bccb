// The page's script, as an integrator writes it: one element, one listener.
import '@relais/help/relais-help.js';

declare global {
  interface Window {
    __relaisOpened?: { variant: string };
  }
}
document.addEventListener('relais-help-open', (e) => {
  window.__relaisOpened = { variant: e.detail.variant };
});
