// The custom elements manifests (run by `npm run build`, after the packages are built):
// - `custom-elements.json` at the root: every package, paths from the repo root
//   (Storybook's controls and docs read it);
// - `packages/<name>/custom-elements.json` for each package whose package.json
//   names one in "customElements": that package's modules only, with paths to
//   its published files (`src/x.ts` → `dist/x.js`) and references to other
//   packages by package name.
// Both are build outputs (gitignored). The analysis itself is set up in
// custom-elements-manifest.config.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cem = fileURLToPath(new URL('../node_modules/.bin/cem', import.meta.url));

execFileSync(cem, ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });

const manifest = JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8'));

/** The packages, by folder: { dir, name, file } (file: where its manifest goes, if it has one). */
const packages = readdirSync(`${root}/packages`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${root}/packages/${entry.name}/package.json`))
  .map((entry) => {
    const json = JSON.parse(readFileSync(`${root}/packages/${entry.name}/package.json`, 'utf8'));
    return { dir: entry.name, name: json.name, file: json.customElements };
  });

/** `packages/help/src/help.ts` → { pkg, path: 'dist/help.js' }. */
function locate(repoPath) {
  const match = /^packages\/([^/]+)\/(.*)$/.exec(repoPath);
  const pkg = match && packages.find((p) => p.dir === match[1]);
  if (!pkg) return undefined;
  return { pkg, path: match[2].replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') };
}

/** Rewrites every `{ name, module }` reference in `value` for a manifest of package `pkg`. */
function relink(value, pkg) {
  if (Array.isArray(value)) return value.map((item) => relink(item, pkg));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = relink(item, pkg);
  if (typeof value.name === 'string' && typeof value.module === 'string' && !value.package) {
    const target = locate(value.module);
    if (target && target.pkg !== pkg) out.package = target.pkg.name;
    if (target) out.module = target.path;
  }
  return out;
}

let written = 0;
for (const pkg of packages) {
  const modules = manifest.modules.filter((mod) => mod.path.startsWith(`packages/${pkg.dir}/`));
  const tags = modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => `<${d.tagName}>`);
  if (!pkg.file) {
    if (tags.length)
      console.warn(
        `manifest: ${pkg.name} defines ${tags.join(', ')} but its package.json has no "customElements": add "customElements": "custom-elements.json".`,
      );
    continue;
  }
  const own = {
    ...manifest,
    modules: modules.map((mod) => ({ ...relink(mod, pkg), path: locate(mod.path).path })),
  };
  writeFileSync(`${root}/packages/${pkg.dir}/${pkg.file}`, `${JSON.stringify(own, null, 2)}\n`);
  written++;
}

const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName).length;
console.log(`manifest: custom-elements.json (${elements} element${elements === 1 ? '' : 's'}) and ${written} package manifest${written === 1 ? '' : 's'}`);
