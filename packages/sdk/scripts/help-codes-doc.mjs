// Writes packages/sdk/HELP-CODES.md from the built help-code-read module.
// Build first (`npx tsc -b packages/sdk`), or point HELP_CODE_DIST at another
// folder holding help-code-read.js (and what it imports) and procedures.js.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.env.HELP_CODE_DIST ? pathToFileURL(resolve(process.env.HELP_CODE_DIST) + '/') : new URL('../dist/', import.meta.url);
const { helpCodesMarkdown } = await import(new URL('help-code-read.js', dist).href);
const { procedures } = await import(new URL('procedures.js', dist).href);

const out = new URL('../HELP-CODES.md', import.meta.url);
writeFileSync(out, helpCodesMarkdown(procedures));
console.log(`Wrote ${out.pathname} (${procedures.length} procedures)`);
