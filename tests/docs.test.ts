import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script, without declarations
import { configReference } from '../scripts/config-reference.mjs';

// The README and the docs, true as written: every command they give exists,
// every link leads to a file, the Node version is the one in `engines`, the
// config reference is what the schema gives, and the npm start lists every
// package there is. (After `npm run build`, as in `npm test`.)

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');
const readme = read('README.md');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string; npm: string } };
const docs = [
  'README.md',
  'docs/integration.md',
  'docs/architecture.md',
  'CONTRIBUTING.md',
  'packages/react/README.md',
  'examples/react/README.md',
  'examples/vue/README.md',
  'examples/dsfr/README.md',
  'examples/mairie/README.md',
];

describe('README and docs, true as written', () => {
  it.each(docs)('%s: every `npm run X` is a script of the root package.json', (file) => {
    // `npm run build -w examples/react` is a workspace's own script: left to that workspace.
    const runs = [...read(file).matchAll(/npm run ([a-z][a-z0-9:-]*)( -w)?/g)].filter((m) => !m[2]).map((m) => m[1]!);
    expect(runs.filter((name) => !pkg.scripts[name])).toEqual([]);
  });

  it.each(docs)('%s: every relative link leads to a file or folder', (file) => {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const links = [...read(file).matchAll(/\]\(((?!https?:|mailto:|#|\?)[^)\s]+)\)/g)].map((m) => m[1]!.split('#')[0]!);
    // docs/quality.md is written by the proof work (its own issue); every other link must lead somewhere now.
    const missing = links.filter((link) => !existsSync(`${root}${dir}${link}`) && link !== 'docs/quality.md');
    expect(missing).toEqual([]);
  });

  it('gives the Node and npm versions that package.json requires', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
    expect(readme).toContain('Node.js 20.19 or newer (or 22.12 or newer');
    expect(pkg.engines.npm).toBe('>=11.19');
    expect(readme).toContain('npm 11.19 or newer');
  });

  it('the drop-in copy gives public/relais/relais.js, and the manifest holds the integrity the tag needs', () => {
    expect(readme).toContain('cp -r packages/relais/dist public/relais');
    expect(readme).toContain('<script type="module" async src="/relais/relais.js" integrity="sha384-…" crossorigin="anonymous"></script>');
    // `cp -r a/dist b/relais` with no b/relais yet copies dist's content into b/relais.
    expect(existsSync(`${root}packages/relais/dist/relais.js`)).toBe(true);
    const manifest = JSON.parse(read('packages/relais/dist/relais.manifest.json')) as { integrity: Record<string, string> };
    expect(manifest.integrity['relais.js']).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  });

  it('the npm pack command names every published package', () => {
    const published = readdirSync(`${root}packages`)
      .filter((dir) => existsSync(`${root}packages/${dir}/package.json`))
      .filter((dir) => dir !== 'relais' && !(JSON.parse(read(`packages/${dir}/package.json`)) as { private?: boolean }).private);
    const line = readme.split('\n').find((l) => l.startsWith('npm pack '))!;
    for (const dir of published) expect(line, dir).toContain(`-w packages/${dir}`);
  });

  it('docs/config.md is what the configuration schema gives (run `npm run docs:config` after changing the schema)', () => {
    expect(read('docs/config.md')).toBe(configReference());
  });

  it('npm start serves the examples index, which links every example folder', () => {
    expect(pkg.scripts['start']).toContain('build:examples');
    const index = read('examples/index.html');
    const folders = readdirSync(`${root}examples`, { withFileTypes: true }).filter(
      (e) => e.isDirectory() && existsSync(`${root}examples/${e.name}/package.json`),
    );
    for (const folder of folders) expect(index, folder.name).toMatch(new RegExp(`href="${folder.name}/`));
  });
});
