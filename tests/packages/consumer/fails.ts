// Must NOT compile (tests/packages/run.mjs checks that tsc reports errors here).
import '@relais/help/relais-help.js';

document.addEventListener('relais-help-open', (e) => e.detail.count);
