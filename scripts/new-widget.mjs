// `npm run new-widget <name>`: the skeleton of a new widget family,
// `@relais/<name>` with `<relais-<name>>`, in the one anatomy every widget
// has (see CONTRIBUTING.md): class, styles, pure logic, fixtures, define
// file, index, Node and browser tests, story, README, its message catalogue
// (French, easy-to-read French, English), and its place in the workspace,
// the TypeScript build, the catalogues the core loads and the loader's
// list of elements. The skeleton passes `npm test` as written; the rest of
// the checklist (events, config, size budget, screen-reader scenario) is
// printed at the end.
//   node scripts/new-widget.mjs <name> [--root DIR] [--no-install]
// (it then runs npm install, npm run build and npm run docs:config, unless --no-install)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const args = process.argv.slice(2);
const at = args.indexOf('--root');
const root = at >= 0 ? args[at + 1] : fileURLToPath(new URL('..', import.meta.url));
const name = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root');
const usage = 'Usage: npm run new-widget <name>   (a lower-case name with dashes, e.g. "rdv"; the element is <relais-<name>>)';
if (!name || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name) || name === 'relais') {
  console.error(usage);
  process.exit(2);
}
if (existsSync(join(root, 'packages', name))) {
  console.error(`new-widget: packages/${name} already exists.`);
  process.exit(1);
}

const tag = `relais-${name}`;
const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const Class = `Relais${camel[0].toUpperCase()}${camel.slice(1)}`;
const key = camel;
const files = new Map();
const add = (path, text) => files.set(path, text.replace(/^\n/, ''));

add(
  `packages/${name}/package.json`,
  `${JSON.stringify(
    {
      name: `@relais/${name}`,
      version: '0.1.0',
      description: `<${tag}>.`,
      license: 'MIT',
      type: 'module',
      main: './dist/index.js',
      types: './dist/index.d.ts',
      exports: {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        [`./${tag}.js`]: { types: `./dist/${tag}.d.ts`, default: `./dist/${tag}.js` },
        './package.json': './package.json',
      },
      // What is published (tests/packages/run.mjs checks it); the sources are mapped by scripts/workspace-sources.mjs.
      files: ['dist', '!dist/.tsbuildinfo', '!dist/**/*.d.ts.map', 'README.md', 'custom-elements.json'],
      sideEffects: [`./dist/${tag}.js`],
      customElements: 'custom-elements.json',
      dependencies: { '@relais/sdk': '0.1.0', '@relais/core': '0.1.0', lit: '^3.3.1' },
    },
    null,
    2,
  )}\n`,
);
add(
  `packages/${name}/tsconfig.json`,
  `${JSON.stringify(
    {
      extends: '../../tsconfig.json',
      compilerOptions: {
        composite: true,
        rootDir: 'src',
        outDir: 'dist',
        tsBuildInfoFile: 'dist/.tsbuildinfo',
        useDefineForClassFields: false,
        experimentalDecorators: true,
      },
      include: ['src'],
      exclude: ['src/**/*.test.ts', 'src/**/*.fixtures.ts'],
      files: [],
      references: [{ path: '../sdk' }, { path: '../core' }],
    },
    null,
    2,
  )}\n`,
);
add(
  `packages/sdk/src/messages/${name}.ts`,
  `
/** Texts of \`<${tag}>\`. */
const fr = {
  '${name}.button': 'Afficher la réponse',
  '${name}.answer': 'Voici la réponse à votre question.',
} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {
  '${name}.button': 'Show the answer',
  '${name}.answer': 'Here is the answer to your question.',
};

/** Easy-to-read French (FALC): short sentences, one idea each; every message has one. */
const frEasy: Record<keyof typeof fr, string> = {
  '${name}.button': 'Voir la réponse',
  '${name}.answer': 'Voici la réponse.',
};

export const ${key}Messages = { fr, en, frEasy };
`,
);
add(
  `packages/${name}/src/${name}.logic.ts`,
  `
/** What \`<${tag}>\` works out without the DOM (tested in Node). */

/** The button's state as an ARIA value. */
export function expanded(open: boolean): 'true' | 'false' {
  return open ? 'true' : 'false';
}
`,
);
add(
  `packages/${name}/src/${name}.styles.ts`,
  `
import { css } from 'lit';

/** Styles of \`<${tag}>\`. Component tokens fall back to the system tokens. */
export const ${key}Styles = css\`
  :host {
    display: block;
    /* Its own surface: its text stays readable on a page of any colour, light or dark. */
    background: var(--_surface);
    /* The room it takes once upgraded, held from before (see the README). */
    min-height: var(--relais-${name}-min-height, 2.75rem);
    line-height: 1.5;
  }
  button {
    min-height: var(--_target);
    padding: 0.5rem 1rem;
    border: 2px solid var(--_action);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_action);
    font: inherit;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
\`;
`,
);
add(
  `packages/${name}/src/${name}.ts`,
  `
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { RelaisElement, tokens } from '@relais/core';
import { ${key}Styles } from './${name}.styles.js';
import { expanded } from './${name}.logic.js';

/**
 * <${tag}>: a button that shows an answer (replace with what the widget does).
 * Its light-DOM children are its fallback before the script loads, without
 * JavaScript, and if Relais fails.
 *
 * @summary A new Relais widget.
 *
 * @slot - Fallback content, shown until the element is ready and if it fails.
 *
 * @csspart button - The button.
 *
 * @cssprop --relais-${name}-min-height - The room the element holds, so that the page does not move when it upgrades (default 2.75rem).
 */
export class ${Class} extends RelaisElement {
  static override styles = [tokens, ${key}Styles];

  static override catalogues = ['${name}'] as const;

  static override properties = {
    ...RelaisElement.properties,
    _open: { state: true },
  };

  declare private _open: boolean;

  constructor() {
    super();
    this._open = false;
  }

  protected override renderWidget(): TemplateResult {
    return html\`<div lang=\${this.locale}>
      <button part="button" type="button" aria-expanded=\${expanded(this._open)} aria-controls="answer" @click=\${() => (this._open = !this._open)}>
        \${this.t('${name}.button')}
      </button>
      <p id="answer" ?hidden=\${!this._open}>\${this.t('${name}.answer')}</p>
    </div>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`,
);
add(
  `packages/${name}/src/${tag}.ts`,
  `
/** Registers \`<${tag}>\` (once, even when Relais is loaded twice). */
import { defineElement } from '@relais/core';
import { ${Class} } from './${name}.js';

defineElement('${tag}', ${Class});

export { ${Class} };
`,
);
add(
  `packages/${name}/src/index.ts`,
  `
/** @relais/${name}: \`<${tag}>\`. Import \`@relais/${name}/${tag}.js\` to register the tag. */
export { ${Class} } from './${name}.js';
export { expanded } from './${name}.logic.js';
`,
);
add(
  `packages/${name}/src/${name}.fixtures.ts`,
  `
/**
 * Named examples of \`<${tag}>\`: the one source for stories, browser tests
 * and the accessibility sweep. \`play()\` brings an example to its state.
 */
import { html } from 'lit';
import { elementsIn, until } from '../../core/src/fixture.js';
import type { Fixture, FixtureSet } from '../../core/src/fixture.js';

export const tag = '${tag}';

/** Resolves once every \`<${tag}>\` in \`container\` shows its button. */
export async function ready(container: HTMLElement): Promise<void> {
  const all = elementsIn(container, tag);
  await until(() => all.every((el) => el.shadowRoot?.querySelector('button')), '<${tag}> to show its button');
}

const fallback = html\`<p>La réponse est dans la notice.</p>\`;

export const fixtures: Fixture[] = [
  { name: 'closed', description: 'The button, answer hidden.', render: () => html\`<${tag}>\${fallback}</${tag}>\` },
  {
    name: 'open',
    description: 'The answer shown.',
    render: () => html\`<${tag}>\${fallback}</${tag}>\`,
    play: async (container) => {
      await ready(container);
      elementsIn(container, tag)[0]!.shadowRoot!.querySelector('button')!.click();
      await until(() => !elementsIn(container, tag)[0]!.shadowRoot!.querySelector('#answer')?.hasAttribute('hidden'), 'the answer');
    },
  },
];

export const fixtureSet: FixtureSet = { tag, fixtures, ready };
`,
);
add(
  `packages/${name}/test/${name}.logic.test.ts`,
  `
import { describe, expect, it } from 'vitest';
import { expanded } from '../src/${name}.logic.js';

describe('<${tag}> logic', () => {
  it('says the state as ARIA does', () => {
    expect(expanded(true)).toBe('true');
    expect(expanded(false)).toBe('false');
  });
});
`,
);
add(
  `packages/${name}/test/${name}.browser.test.ts`,
  `
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/${tag}.js';
import { fixtureSet } from '../src/${name}.fixtures.js';
import { showFixture, sweep } from '../../../tests/helpers/sweep.js';
import { a11yTree, findAll, norm } from '../../../tests/helpers/a11y.js';

describe('<${tag}>', () => {
  it('shows its fallback content before it is defined', async () => {
    const el = await fixture<HTMLElement>(html\`<relais-${name}-undefined><p>La réponse est dans la notice.</p></relais-${name}-undefined>\`);
    expect(norm(el.textContent)).to.equal('La réponse est dans la notice.');
  });

  it('opens and closes by keyboard, and says its state', async () => {
    const container = await showFixture(fixtureSet, fixtureSet.fixtures[0]!);
    const el = container.querySelector('${tag}')!;
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const tree = await a11yTree('${tag}');
    expect(findAll(tree, 'button').map((n) => norm(n.name))).to.deep.equal(['Afficher la réponse']);
    await sendKeys({ press: 'Space' });
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  describe('axe sweep', () => {
    sweep(fixtureSet);
  });
});
`,
);
add(
  `stories/${name}.stories.ts`,
  `
/** \`<${tag}>\`: one story per fixture. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixtures } from '../packages/${name}/src/${name}.fixtures.js';
import { fixtureStories } from './fixture-stories.js';
import '../packages/${name}/src/${tag}.js';

const meta: Meta = { title: 'Widgets/${tag}', component: '${tag}', tags: ['autodocs'] };
export default meta;

const { story } = fixtureStories(fixtures, '${name}.fixtures.ts');

export const Closed: StoryObj = story('closed');
export const Open: StoryObj = story('open');
`,
);
add(
  `packages/${name}/README.md`,
  `
# @relais/${name}

\`<${tag}>\`.

## Usage
\`\`\`html
<script type="module" async src="/relais/relais.js"></script>
<${tag}><p>La réponse est dans la notice.</p></${tag}>
\`\`\`

## Accessibility
A native button with \`aria-expanded\`; Enter and Space open and close it.

## Theming
\`--relais-${name}-min-height\`, and the system tokens of \`@relais/core\`. Part: \`button\`.

## API
Generated in \`custom-elements.json\`.
`,
);
add(
  `stories/accessibility/${tag}.mdx`,
  `
import { Markdown, Meta } from '@storybook/addon-docs/blocks';
import readme from '../../packages/${name}/README.md?raw';
import { section } from '../readme.js';

<Meta title="Accessibility/${tag}" />

# \`<${tag}>\`: accessibility

Keyboard, what a screen reader says, and the RGAA 4.1.2 criteria that apply: the Accessibility section of the README of \`@relais/${name}\` (\`packages/${name}/README.md\`); the browser tests check it in Chromium's accessibility tree (\`packages/${name}/test/\`).

<Markdown>{section(readme, '## Accessibility')}</Markdown>
`,
);

// Written as the project's Prettier writes them, so that `npm run lint` passes as generated.
const prettierConfig = (await prettier.resolveConfig(join(root, 'package.json'))) ?? {};
for (const [path, text] of files) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, /\.mdx?$/.test(file) ? text : await prettier.format(text, { ...prettierConfig, filepath: file }));
}

/** Edits a shared file: `edit(text)` returns the new text; fails loudly when the anchor is gone. */
function edit(path, change) {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`new-widget: could not add ${name} to ${path} (its layout changed): add it by hand.`);
  edited.push(file);
  writeFileSync(file, after);
}
const edited = [];
edit('package.json', (t) => t.replace('"packages/relais",', `"packages/${name}",\n    "packages/relais",`));
edit('tsconfig.json', (t) => t.replace(/(\{\s*"path": "packages\/relais"\s*\})/, `{ "path": "packages/${name}" },\n    $1`));
// tsc reads the workspace packages' sources through `paths` (the tests' and the bundle's configs).
for (const config of ['tsconfig.test.json', 'tsconfig.bundle.json']) {
  edit(config, (t) =>
    t.replace(/("paths": \{\n)/, `$1      "@relais/${name}": ["./packages/${name}/src/index.ts"],\n      "@relais/${name}/*": ["./packages/${name}/src/*"],\n`),
  );
}
edit('packages/relais/tsconfig.json', (t) => t.replace(/("references": \[)/, `$1\n    { "path": "../${name}" },`));
edit('packages/core/src/texts.ts', (t) =>
  t.replace(
    /(\n {2}maps: loadOnce<Catalogue>[^\n]*\n)/,
    `$1  '${name}': loadOnce<Catalogue>(() => import('@relais/sdk/messages/${name}.js').then((m) => m.${key}Messages)),\n`,
  ),
);
for (const [file, part] of [
  ['fr', 'fr'],
  ['en', 'en'],
  ['fr-easy', 'frEasy'],
]) {
  edit(`packages/sdk/src/messages/${file}.ts`, (t) =>
    t
      .replace(/(import \{ helpMessages \} from '\.\/help\.js';)/, `$1\nimport { ${key}Messages } from './${name}.js';`)
      .replace(/(\.\.\.helpMessages\.\w+,)/, `$1\n  ...${key}Messages.${part},`),
  );
}
edit('rollup.config.mjs', (t) =>
  t.replace(
    'export const elements = {',
    `export const elements = {\n  '${tag}': { entry: 'packages/${name}/src/${tag}.ts', firstRender: ['${name}'], firstPress: [] },`,
  ),
);
// The README's install line packs every published package.
edit('README.md', (t) => t.replace(/^(npm pack [^\n]*?)( -w packages\/react)$/m, `$1 -w packages/${name}$2`));

for (const file of edited.filter((f) => !f.endsWith('.md')))
  writeFileSync(file, await prettier.format(readFileSync(file, 'utf8'), { ...prettierConfig, filepath: file }));

// Link the new workspace, build it, and write the config reference again (its catalogue adds message ids the config can override).
if (!args.includes('--no-install')) {
  for (const command of [
    ['install', '--no-audit', '--no-fund'],
    ['run', 'build'],
    ['run', 'docs:config'],
  ]) {
    const result = spawnSync('npm', command, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`new-widget: npm ${command.join(' ')} failed; run it again once fixed.`);
      process.exit(1);
    }
  }
}

console.log(`new-widget: wrote ${files.size} files for <${tag}> (@relais/${name}) and added it to the workspace, the build, the core's catalogues and the loader.
Next (CONTRIBUTING.md, "Adding a widget"): npm test;
then the widget's real markup and texts (plain French, easy-to-read, English), its events in packages/sdk/src/events.ts,
its config in the SDK's schema if it has any, a case in scripts/size.mjs, a screen-reader scenario in tests/screen-reader/,
and its line in README.md and docs/architecture.md.`);
