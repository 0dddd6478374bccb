// Writes dist/relais-config.schema.json from the built schema (one source of truth).
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/config.js';

const out = new URL('../dist/relais-config.schema.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
