// Rollup settings for the bundle build: workspace packages read from their
// TypeScript sources (compiled by @rollup/plugin-typescript), tree-shaking.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { workspaceSources } from './workspace-sources.mjs';

/** Node resolution that reads the workspace packages' TypeScript sources. */
export function workspaceResolve() {
  return [workspaceSources(), nodeResolve({ exportConditions: ['browser', 'import', 'default'], extensions: ['.ts', '.mjs', '.js'] })];
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
