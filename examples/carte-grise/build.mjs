// Copies web-vitals (its attribution build, one file) into ./vendor/ (a build
// output): with ?vitals in the address, the page reports its own web vitals
// (vitals.js). Nothing else of the page needs a build.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = fileURLToPath(import.meta.resolve('web-vitals/attribution'));
mkdirSync(join(here, 'vendor'), { recursive: true });
copyFileSync(source, join(here, 'vendor', 'web-vitals.js'));
console.log('examples/carte-grise: web-vitals copied into vendor/ (for ?vitals)');
