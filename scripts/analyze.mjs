// Which modules weigh what in an element's define file:
//   node scripts/analyze.mjs packages/help/src/relais-help.ts
// Sizes are per module, minified without mangling, before gzip.
import { rollup } from 'rollup';
import { minify } from 'terser';
import { treeshake, typescript, workspaceResolve } from './rollup-helpers.mjs';

const bundle = await rollup({ input: process.argv[2], treeshake, plugins: [workspaceResolve(), typescript()], onwarn() {} });
const { output } = await bundle.generate({ format: 'es' });
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  console.log(`\n${chunk.fileName}${chunk.isEntry ? ' (entry)' : chunk.isDynamicEntry ? ' (lazy)' : ''}`);
  const rows = [];
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.code) continue;
    const min = await minify(m.code, { module: true, compress: false, mangle: false });
    rows.push([min.code?.length ?? 0, id.replace(process.cwd() + '/', '')]);
  }
  for (const [n, id] of rows.sort((a, b) => b[0] - a[0])) console.log(String(n).padStart(7), id);
}
