import { defineConfig } from 'vitest/config';
import { workspaceSources } from './scripts/workspace-sources.mjs';

// Unit tests (`*.test.ts`, not `*.browser.test.ts`) run in Node.
export default defineConfig({
  // The workspace packages from their sources, not their (maybe stale) dist/: in
  // Node, packages in node_modules are resolved by Node itself unless inlined.
  plugins: [workspaceSources()],
  test: {
    // Some tests run the command-line tools as a citizen's integrator would, in their own processes: on a
    // loaded 2-core machine one such test can take more than vitest's 5 s default. This is a hang guard, not a speed check.
    testTimeout: 30_000,
    server: { deps: { inline: [/[\\/]packages[\\/]/, /@relais\//] } },
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
  },
});
