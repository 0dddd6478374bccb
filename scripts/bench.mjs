// `npm run bench`: runs every benchmark script (packages/*/bench/*.bench.mjs)
// one after the other. Each prints its own figures; none asserts time.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
let failed = false;
for (const pkg of readdirSync(`${root}/packages`)) {
  const dir = `${root}/packages/${pkg}/bench`;
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort()) {
    if (only && !file.includes(only) && pkg !== only) continue;
    console.log(`\n== ${pkg}/bench/${file}`);
    const run = spawnSync(process.execPath, [`${dir}/${file}`], { cwd: root, stdio: 'inherit' });
    failed ||= run.status !== 0;
  }
}
process.exit(failed ? 1 : 0);
