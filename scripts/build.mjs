// `npm run build`: ESM + .d.ts per package (tsc -b), the JSON Schema of the
// configuration, the single-file bundle (rollup), the custom elements manifests,
// and what is generated from them (framework types, editor data, @relais/react).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const run = (label, command, args) => {
  const started = Date.now();
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

// Each build starts from empty dist/ folders, so that nothing stale (a file
// whose source is gone or no longer built) is left to be packed or served.
for (const pkg of readdirSync(`${root}/packages`)) rmSync(`${root}/packages/${pkg}/dist`, { recursive: true, force: true });
run('packages (tsc -b)', bin('tsc'), ['-b']);
run('config JSON Schema', process.execPath, ['packages/sdk/scripts/emit-schema.mjs']);
run('packages/relais/dist/relais.js (rollup)', bin('rollup'), ['-c', '--silent']);
run('custom elements manifest', process.execPath, ['scripts/manifest.mjs']);
// From the manifests: JSX, Vue, VS Code and JetBrains data, and @relais/react (scripts/integrations.mjs).
run('framework types, editor data, @relais/react sources', process.execPath, ['scripts/integrations.mjs']);
run('packages/react (tsc)', bin('tsc'), ['-p', 'packages/react']);
