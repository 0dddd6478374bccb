// Rollup plugins shared by the bundle build and the size report: TypeScript
// sources compiled by esbuild, workspace packages read from their sources.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';

/** Compiles `.ts` files with esbuild, and maps `./x.js` imports to `./x.ts`. */
export function typescript() {
  return {
    name: 'relais-typescript',
    resolveId(source, importer) {
      if (!importer || !importer.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.replace(/\?.*$/, '').endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, experimentalDecorators: true, verbatimModuleSyntax: true } },
      });
      return { code: result.code, map: result.map };
    },
  };
}

/** Node resolution that reads the workspace packages' TypeScript sources. */
export function workspaceResolve() {
  return nodeResolve({ exportConditions: ['source', 'browser', 'import', 'default'], extensions: ['.ts', '.mjs', '.js'] });
}

/**
 * Tree-shaking: the packages' sources are free of side effects (as their
 * package.json says), except the define files (`relais-*.ts`) and the
 * umbrella. Stated here because sources reached through `./x.js` → `./x.ts`
 * do not go through node-resolve, which would read package.json.
 */
export const treeshake = {
  moduleSideEffects: (id) =>
    !/[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(id) || /[\\/]relais-[a-z-]+\.ts$/.test(id) || /[\\/]packages[\\/]relais[\\/]src[\\/]/.test(id),
};
