// The workspace packages read from their TypeScript sources, for the tools
// that run on the sources (vitest, the web test runner, Storybook, rollup).
// A published package.json points only at files it ships (dist/): the
// mapping from an entry point to its source is made here, from each package's
// `exports` (`./dist/x.js` is built from `./src/x.ts`), not in package.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** [{ prefix, suffix, source(star) }] for every entry point that has a TypeScript source. */
function entries() {
  const list = [];
  for (const dir of readdirSync(join(root, 'packages'))) {
    const file = join(root, 'packages', dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const built = typeof target === 'string' ? target : target?.default;
      const match = typeof built === 'string' && /^\.\/dist\/(.*)\.js$/.exec(built);
      if (!match) continue;
      const specifier = subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`;
      const [prefix, suffix = ''] = specifier.split('*');
      const [srcPrefix, srcSuffix = ''] = `${match[1]}.ts`.split('*');
      list.push({ prefix, suffix, wildcard: specifier.includes('*'), source: (star) => join(root, 'packages', dir, 'src', `${srcPrefix}${star}${srcSuffix}`) });
    }
  }
  return list;
}

let cache;
/** The absolute path of the TypeScript source behind a workspace package's entry point, or undefined. */
export function sourceOf(specifier) {
  cache ??= entries();
  for (const entry of cache) {
    if (!entry.wildcard ? specifier !== entry.prefix : !(specifier.startsWith(entry.prefix) && specifier.endsWith(entry.suffix))) continue;
    const star = entry.wildcard ? specifier.slice(entry.prefix.length, specifier.length - entry.suffix.length) : '';
    const file = entry.source(star);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** For rollup and Vite (vitest, Storybook): resolves workspace packages to their sources. */
export function workspaceSources() {
  return {
    name: 'relais-workspace-sources',
    enforce: 'pre',
    resolveId(source) {
      return (source.startsWith('@relais/') || source === 'relais') && sourceOf(source) ? sourceOf(source) : null;
    },
  };
}

/** For the web test runner (its dev server): the same, as a path from the root it serves. */
export function workspaceSourcesWtr() {
  return {
    name: 'relais-workspace-sources',
    resolveImport({ source }) {
      const file = (source.startsWith('@relais/') || source === 'relais') && sourceOf(source);
      return file ? `/${relative(root, file).split(sep).join('/')}` : undefined;
    },
  };
}
