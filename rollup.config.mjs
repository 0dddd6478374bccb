// The single-file bundle: packages/relais/dist/relais.js, the one file a page
// references. Lazy parts (points module, glossary data) become sibling files
// in the same folder, loaded through import() relative to import.meta.url.
// Per-package ESM and .d.ts files are written by `tsc -b` (scripts/build.mjs).
import terser from '@rollup/plugin-terser';
import { treeshake, typescript, workspaceResolve } from './scripts/rollup-helpers.mjs';

export default {
  input: { relais: 'packages/relais/src/relais.ts' },
  output: {
    dir: 'packages/relais/dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'relais-[name]-[hash].js',
    sourcemap: true,
  },
  treeshake,
  plugins: [workspaceResolve(), typescript(), terser({ format: { comments: false }, ecma: 2020, module: true })],
};
