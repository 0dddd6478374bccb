// The custom elements manifest (custom-elements.json): the one description of
// every element's public API (attributes, properties, events, slots, parts,
// CSS properties), read from the JSDoc of each component's class. Storybook's
// controls and docs, the README API tables and editors read it.
//
// `npm run build` runs this through scripts/manifest.mjs, which writes the root
// manifest and one manifest per package. The JSON files are build outputs
// (gitignored): never commit them.
import path from 'node:path';

/**
 * What the analyzer's Lit support does not know about Relais, fixed after it
 * has run (this plugin's link phase comes last):
 * - tags are registered with `defineElement('relais-x', RelaisX)` (the registry
 *   guard in @relais/core), not `customElements.define()`: link them;
 * - `@internal` fields listed in `static properties` come back as public
 *   members: drop them, with anything `private` and Lit's `state: true`
 *   properties (which it also lists as attributes);
 * - `this.dispatchEvent(new CustomEvent(name, …))` in a generic helper yields
 *   an event called after the variable: drop it (events are documented with `@fires`);
 * - re-exports name the import specifier ("./help.js") or the re-exporting
 *   module: point them at the module that declares the name.
 */
function relaisPlugin() {
  /** "Class.member" for `@internal` members and `state: true` properties. */
  const hidden = new Set();
  /** `new CustomEvent(x)` where x is not a string: variable names, not event names. */
  const computedEventNames = new Set();
  /** { tag, className } from `defineElement('tag', Class)`. */
  const definitions = [];

  const hasInternalTag = (ts, node) => ts.getJSDocTags(node).some((tag) => ['internal', 'ignore'].includes(tag.tagName.text));

  return {
    name: 'relais',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const className = node.name.text;
        for (const member of node.members) {
          const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
          if (!name) continue;
          if (hasInternalTag(ts, member)) hidden.add(`${className}.${name}`);
          // static properties = { _x: { state: true }, … }
          const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
          if (isStatic && name === 'properties' && member.initializer && ts.isObjectLiteralExpression(member.initializer)) {
            for (const prop of member.initializer.properties) {
              if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
              const state = prop.initializer.properties.some(
                (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
              );
              if (state || hasInternalTag(ts, prop)) hidden.add(`${className}.${prop.name.getText()}`);
            }
          }
        }
      }
      if (ts.isNewExpression(node) && ['CustomEvent', 'Event'].includes(node.expression.getText())) {
        const first = node.arguments?.[0];
        if (first && !ts.isStringLiteralLike(first)) computedEventNames.add(first.getText());
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'defineElement') {
        const [tag, klass] = node.arguments;
        if (tag && klass && ts.isStringLiteralLike(tag) && ts.isIdentifier(klass)) {
          definitions.push({ tag: tag.text, className: klass.text, module: moduleDoc.path });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const declaredIn = new Map();
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          declaredIn.set(declaration.name, declaredIn.has(declaration.name) ? null : mod.path);
        }
      }

      // Re-exports: resolve "./x.js" against the module, and point at the declaring module.
      for (const mod of modules) {
        for (const entry of mod.exports ?? []) {
          const ref = entry.declaration;
          if (!ref?.module) continue;
          if (ref.module.startsWith('.')) {
            ref.module = path.posix.join(path.posix.dirname(mod.path), ref.module).replace(/\.js$/, '.ts');
          }
          const home = declaredIn.get(ref.name);
          const declaresIt = modules.find((m) => m.path === ref.module)?.declarations?.some((d) => d.name === ref.name);
          if (!declaresIt && home) ref.module = home;
        }
      }

      // Tags registered through defineElement().
      for (const { tag, className, module } of definitions) {
        const home = declaredIn.get(className);
        const klass = modules.find((m) => m.path === home)?.declarations?.find((d) => d.name === className);
        if (!klass) continue;
        klass.tagName ??= tag;
        klass.customElement = true;
        const mod = modules.find((m) => m.path === module);
        if (mod && !mod.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
          (mod.exports ??= []).push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home } });
        }
      }

      // Only the public API: no @internal, no private, no Lit state, no computed event names.
      for (const mod of modules) {
        for (const klass of mod.declarations ?? []) {
          if (klass.kind !== 'class' && klass.kind !== 'mixin') continue;
          const owner = (item) => item.inheritedFrom?.name ?? klass.name;
          const dropped = new Set();
          klass.members = (klass.members ?? []).filter((member) => {
            const drop = member.privacy === 'private' || member.name.startsWith('#') || hidden.has(`${owner(member)}.${member.name}`);
            if (drop) dropped.add(member.name);
            return !drop;
          });
          if (klass.attributes) {
            klass.attributes = klass.attributes.filter((attr) => !dropped.has(attr.fieldName) && !hidden.has(`${owner(attr)}.${attr.fieldName ?? attr.name}`));
          }
          if (klass.events) {
            klass.events = klass.events.filter((event) => event.description || !computedEventNames.has(event.name));
          }
          for (const key of ['members', 'attributes', 'events']) {
            if (klass[key]?.length === 0) delete klass[key];
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  // packages/react holds wrappers generated from this manifest (scripts/integrations.mjs), not elements.
  exclude: [
    'packages/react/**',
    '**/*.d.ts',
    '**/*.fixtures.ts',
    '**/*.logic.ts',
    '**/*.test.ts',
    '**/test/**',
    '**/internal/**',
    '**/node_modules/**',
    '**/dist/**',
  ],
  outdir: '.',
  litelement: true,
  // The root package.json is not a published package: leave it alone.
  packagejson: false,
  plugins: [relaisPlugin()],
};
