import { defineConfig } from 'vitest/config';

// Unit tests (`*.test.ts`, not `*.browser.test.ts`) run in Node.
export default defineConfig({
  // The workspace packages from their sources, not their (maybe stale) dist/: in
  // Node, packages in node_modules are resolved by Node itself unless inlined.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    server: { deps: { inline: [/[\\/]packages[\\/]/, /@relais\//] } },
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
  },
});
