import type { Plugin } from 'vite';
/** The absolute path of the TypeScript source behind a workspace package's entry point, or undefined. */
export function sourceOf(specifier: string): string | undefined;
/** For rollup and Vite (vitest, Storybook): resolves workspace packages to their sources. */
export function workspaceSources(): Plugin;
/** For the web test runner (its dev server): the same, as a path from the root it serves. */
export function workspaceSourcesWtr(): { name: string; resolveImport(args: { source: string }): string | undefined };
