// `npm run lint` (with Prettier and the Lit template checker): type-checked
// TypeScript rules, Lit's rules for templates, lit-a11y for the markup they
// render, and the web-components rules for element classes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/react/src/**',
      'tests/packages/consumer/**',
      'examples/dsfr/dsfr/**',
      'examples/carte-grise/vendor/**',
      // The Vite examples are type-checked by their own builds (tsc, vue-tsc), with their own tsconfig.
      'examples/react/**',
      'examples/vue/**',
      'storybook-static/**',
      'coverage/**',
      'examples/*/points/**',
      'packages/points/sample/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `typeof import('./x.js')` is how a lazily imported module is typed.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports', disallowTypeAnnotations: false }],
      // Some functions are async by contract (they return a Promise) without awaiting anything yet.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/test/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's property assertions: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read JSON files, command output and untyped .mjs helpers, and check what they hold.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
