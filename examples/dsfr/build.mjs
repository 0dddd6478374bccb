// Copies the State design system's CSS, fonts and script from @gouvfr/dsfr into
// ./dsfr/ (a build output): the page links them as a State site would. Its use
// is reserved to State sites; Relais itself never bundles it.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(dirname(createRequire(import.meta.url).resolve('@gouvfr/dsfr/package.json')), 'dist');
const out = join(here, 'dsfr');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
for (const file of ['dsfr.min.css', 'dsfr.module.min.js', 'fonts', 'icons/system']) cpSync(join(dist, file), join(out, file), { recursive: true });
console.log(`examples/dsfr: the State design system copied into ${out}`);
