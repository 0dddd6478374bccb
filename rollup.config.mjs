// The bundle a page references: packages/relais/dist/relais.js, a small
// loader, and beside it one entry per element (relais-help.js, …) and the
// chunks they share, all loaded through import() relative to import.meta.url.
// Per-package ESM and .d.ts files are written by `tsc -b` (scripts/build.mjs).
//
// The loader fetches, at once, every file an element needs for its first
// render: the build works that list out from the chunk graph (each entry's
// static imports, and the lazily imported parts named in `firstRender`) and
// writes it into relais.js.
import terser from '@rollup/plugin-terser';
import ts from '@rollup/plugin-typescript';
import typescriptApi from 'typescript';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { treeshake, workspaceResolve } from './scripts/rollup-helpers.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Each element: its define file, and the parts it imports lazily but needs before it first renders. */
export const elements = {
  'relais-help': { entry: 'packages/help/src/relais-help.ts', firstRender: ['help', 'hours', 'maps'], firstPress: ['packages/help/src/help.panel.ts'] },
  'relais-help-points': {
    entry: 'packages/help/src/relais-help-points.ts',
    firstRender: ['points', 'hours', 'maps', 'visit'],
    // The search (focus in the field). The visit sheet is fetched when places are shown (see help-points.ts).
    firstPress: ['packages/help/src/help-points.search.ts'],
  },
  'relais-steps': {
    entry: 'packages/steps/src/relais-steps.ts',
    firstRender: ['steps', 'packages/steps/src/steps.tracker.ts', 'packages/steps/src/steps.presets.ts'],
    firstPress: ['packages/steps/src/steps.parts.ts'],
  },
  'relais-term': {
    entry: 'packages/explainer/src/relais-term.ts',
    firstRender: ['explainer'],
    firstPress: ['packages/explainer/src/term.tip.ts', 'packages/explainer/src/glossary.data.ts'],
  },
  'relais-explainer': {
    entry: 'packages/explainer/src/relais-explainer.ts',
    firstRender: ['explainer', 'packages/explainer/src/explainers.data.ts', 'packages/explainer/src/explainer.panel.ts'],
    firstPress: [],
  },
};
/** A message catalogue's module, by the name elements use (`static catalogues`). */
const catalogue = (name) => `packages/sdk/src/messages/${name}.ts`;

const input = {
  relais: 'packages/relais/src/relais.ts',
  'relais-api': 'packages/relais/src/api.ts',
  'relais-annotate': 'packages/relais/src/annotate.ts',
  ...Object.fromEntries(Object.entries(elements).map(([tag, e]) => [tag, e.entry])),
};

/**
 * relais.js gets its own copy of the page config store, so that it imports
 * no other file (a static import would be one more round trip before any
 * element loads). The copies share one record on the page (see config-store.ts).
 */
function loaderOwnsStore() {
  const suffix = '?relais-loader';
  return {
    name: 'relais-loader-store',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith('/packages/relais/src/relais.ts') || source !== '@relais/core/config-store.js') return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && `${resolved.id}${suffix}`;
    },
    load: (id) => (id.endsWith(suffix) ? transpiled(id, suffix) : null),
  };
}

/** A copy of a module, compiled here by TypeScript itself (the TypeScript plugin leaves ids with a query alone). */
function transpiled(id, suffix) {
  const source = readFileSync(id.slice(0, -suffix.length), 'utf8');
  return typescriptApi.transpileModule(source, {
    compilerOptions: { module: typescriptApi.ModuleKind.ESNext, target: typescriptApi.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  }).outputText;
}

/** Each default glossary entry's French texts (`terms/fr/<id>.ts`): a file of their own, fetched for the terms a page shows. */
const glossaryText = /[\\/]packages[\\/]sdk[\\/]src[\\/]glossary[\\/]terms[\\/]fr[\\/][^\\/?]+\.ts$/;
/** The entries' text files and what they share (`terms/sources.ts`): their chunks are named relais-glossary-text-…. */
const glossaryTextChunk = /[\\/]packages[\\/]sdk[\\/]src[\\/]glossary[\\/]terms[\\/](fr[\\/][^\\/?]+|sources)\.ts$/;

/**
 * The whole French glossary (`glossary-fr.ts`), which an English page and a
 * merge of the page config's changes load, in one file: copies of the
 * entries' text files go into it, as the files themselves are each a chunk
 * of their own (what a French page fetches). Without this, the whole
 * glossary would be one request per entry.
 */
function wholeFrenchGlossary() {
  const suffix = '?relais-whole';
  return {
    name: 'relais-whole-glossary',
    async resolveId(source, importer, options) {
      const fromData = importer?.endsWith('/packages/explainer/src/glossary.data.ts') && source === '@relais/sdk/glossary/glossary-fr.js';
      const inCopy = importer?.endsWith(suffix);
      if (!fromData && !inCopy) return null;
      const resolved = await this.resolve(source, inCopy ? importer.slice(0, -suffix.length) : importer, { ...options, skipSelf: true });
      return resolved && (fromData || glossaryText.test(resolved.id)) ? `${resolved.id}${suffix}` : resolved;
    },
    load: (id) => (id.endsWith(suffix) ? transpiled(id, suffix) : null),
  };
}

/** Writes into relais.js the files each element needs, and the bundle's SRI manifest. */
function relaisManifest() {
  return {
    name: 'relais-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const chunkOf = (source) => {
        const id = `${process.cwd()}/${source}`;
        const found = chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
        if (!found) this.error(`relais-manifest: no chunk holds ${source}`);
        return found;
      };
      /** A chunk and every chunk it imports statically, transitively. */
      const closure = (chunk, out = new Set()) => {
        if (out.has(chunk.fileName)) return out;
        out.add(chunk.fileName);
        for (const name of chunk.imports) closure(byFile.get(name), out);
        return out;
      };
      const manifest = { elements: {}, press: {}, api: 'relais-api.js', annotate: [] };
      for (const [tag, e] of Object.entries(elements)) {
        const files = closure(chunkOf(e.entry));
        for (const part of e.firstRender) closure(chunkOf(part.includes('/') ? part : catalogue(part)), files);
        files.delete('relais.js');
        manifest.elements[tag] = [...files];
        const press = new Set();
        for (const part of e.firstPress) closure(chunkOf(part), press);
        manifest.press[tag] = [...press].filter((f) => !files.has(f) && f !== 'relais.js');
      }
      // A <relais-explainer>'s topic: its own file (one per default topic), fetched with the element's, not after its data module.
      manifest.topics = {};
      for (const file of readdirSync('packages/sdk/src/glossary/explainers/fr')) {
        const topic = closure(chunkOf(`packages/sdk/src/glossary/explainers/fr/${file}`));
        manifest.topics[file.replace(/\.ts$/, '')] = [...topic].filter((f) => !manifest.elements['relais-explainer'].includes(f) && f !== 'relais.js');
      }
      // annotate(): its entry, its walk and the glossary, fetched at once.
      const annotate = closure(chunkOf('packages/relais/src/annotate.ts'));
      for (const part of ['packages/explainer/src/annotate.run.ts', 'packages/explainer/src/glossary.data.ts']) closure(chunkOf(part), annotate);
      annotate.delete('relais.js');
      manifest.annotate = [...annotate];
      const loader = bundle['relais.js'];
      if (!loader.code.includes('__RELAIS_MANIFEST__')) this.error('relais-manifest: no placeholder in relais.js');
      loader.code = loader.code.replace('__RELAIS_MANIFEST__', JSON.stringify(manifest));
      // Subresource Integrity of the one file a page references, for its <script integrity>.
      const integrity = `sha384-${createHash('sha384').update(loader.code).digest('base64')}`;
      this.emitFile({
        type: 'asset',
        fileName: 'relais.manifest.json',
        source: `${JSON.stringify({ ...manifest, integrity: { 'relais.js': integrity } }, null, 2)}\n`,
      });
    },
  };
}

export default {
  input,
  output: {
    dir: 'packages/relais/dist',
    format: 'es',
    entryFileNames: '[name].js',
    // An entry's texts are named as such (a topic of the field explainers may have the same id).
    chunkFileNames: (chunk) =>
      chunk.moduleIds.length && chunk.moduleIds.every((id) => glossaryTextChunk.test(id)) ? 'relais-glossary-text-[name]-[hash].js' : 'relais-[name]-[hash].js',
    sourcemap: true,
    // Lit and the shared core in one file: every element needs them, and one file compresses better than six.
    manualChunks: (id) =>
      /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id) ||
      (/[\\/]packages[\\/]core[\\/]src[\\/]/.test(id) && !/config-store\.ts\?relais-loader$/.test(id))
        ? 'core'
        : undefined,
  },
  treeshake,
  plugins: [
    loaderOwnsStore(),
    wholeFrenchGlossary(),
    workspaceResolve(),
    // The project's TypeScript: `tsc -b` writes the declarations; here only the JavaScript for the bundle.
    ts({
      tsconfig: './tsconfig.bundle.json',
      compilerOptions: { sourceMap: true, rootDir: here, outDir: `${here}packages/relais/dist` },
      noEmitOnError: false,
    }),
    terser({ format: { comments: false }, ecma: 2020, module: true }),
    relaisManifest(),
  ],
};
