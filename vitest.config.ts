import { defineConfig } from 'vitest/config';

// Unit tests (`*.test.ts`, not `*.browser.test.ts`) run in Node.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
  },
});
