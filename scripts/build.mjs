// `npm run build`: ESM + .d.ts per package (tsc -b), the JSON Schema of the
// configuration, the single-file bundle (rollup), the custom elements manifests.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const run = (label, command, args) => {
  const started = Date.now();
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

run('packages (tsc -b)', bin('tsc'), ['-b']);
if (existsSync(`${root}/packages/sdk/scripts/emit-schema.mjs`)) {
  run('config JSON Schema', process.execPath, ['packages/sdk/scripts/emit-schema.mjs']);
}
// The bundle's lazy chunks have hashed names: the last build's go first, so
// that copying dist/ to a site copies only what relais.js can load.
const bundleDir = `${root}/packages/relais/dist`;
if (existsSync(bundleDir)) {
  for (const file of readdirSync(bundleDir)) if (/^relais-.+\.js(\.map)?$/.test(file)) rmSync(`${bundleDir}/${file}`);
}
run('packages/relais/dist/relais.js (rollup)', bin('rollup'), ['-c', '--silent']);
if (existsSync(`${root}/custom-elements-manifest.config.mjs`)) {
  run('custom elements manifest', process.execPath, ['scripts/manifest.mjs']);
}
