import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Fixture, FixtureSet } from '../packages/core/src/fixture.js';

// Every element's fixtures are found here by their file name
// (packages/*/src/*.fixtures.ts): each file exports its fixture set, and each
// visible fixture has a story, so designers see every state the tests check.

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtureFiles = readdirSync(`${root}packages`).flatMap((pkg) => {
  try {
    return readdirSync(`${root}packages/${pkg}/src`)
      .filter((f) => f.endsWith('.fixtures.ts'))
      .map((f) => `packages/${pkg}/src/${f}`);
  } catch {
    return [];
  }
});
const storyFiles = readdirSync(`${root}stories`)
  .filter((f) => f.endsWith('.stories.ts'))
  .map((f) => ({ file: `stories/${f}`, text: readFileSync(`${root}stories/${f}`, 'utf8') }));

/** The fixture names a story file shows with `story('name')`. */
export function storiesIn(text: string): string[] {
  return [...text.matchAll(/\bstory(?:<[^>]*>)?\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!);
}

/** The visible fixtures of `set` that no story shows. */
export function missingStories(set: { fixtures: readonly Fixture[] }, shown: readonly string[]): string[] {
  return set.fixtures.filter((f) => !f.hidden && !shown.includes(f.name)).map((f) => f.name);
}

describe('fixtures and their stories', () => {
  it("finds every element's fixtures", () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtureFiles)('%s: exports its fixture set, and each visible fixture has a story', async (file) => {
    const module = (await import(/* @vite-ignore */ pathToFileURL(`${root}${file}`).href)) as { fixtureSet?: FixtureSet };
    const set = module.fixtureSet;
    expect(set, `${file} exports no fixtureSet`).toBeDefined();
    expect(set!.tag).toMatch(/^relais-[a-z-]+$/);
    expect(set!.fixtures.length).toBeGreaterThan(0);
    const modulePath = file.replace(/\.ts$/, '.js');
    const stories = storyFiles.filter((s) => s.text.includes(`'../${modulePath}'`));
    expect(
      stories.map((s) => s.file),
      `no story file imports ${modulePath}`,
    ).not.toEqual([]);
    const shown = stories.flatMap((s) => storiesIn(s.text));
    expect(missingStories(set!, shown), `add a story for these fixtures of ${file}`).toEqual([]);
    // Names are unique, and every story names a fixture that exists.
    const names = set!.fixtures.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of shown) expect(names).toContain(name);
  });

  it('catches a fixture without a story (control)', () => {
    const set = {
      fixtures: [
        { name: 'shown', description: '', render: () => null },
        { name: 'forgotten', description: '', render: () => null },
      ] as unknown as Fixture[],
    };
    expect(missingStories(set, storiesIn("export const A = story<Args>('shown');"))).toEqual(['forgotten']);
    expect(missingStories(set, storiesIn("story('shown'); story('forgotten')"))).toEqual([]);
  });
});

describe('every element in Storybook', () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

  it('reads the elements from the manifest (npm run build writes it)', () => {
    expect(tags.length).toBeGreaterThanOrEqual(5);
  });

  it.each(tags)('<%s> has its Widgets stories and its Accessibility page', (tag) => {
    expect(
      storyFiles.some((s) => s.text.includes(`title: 'Widgets/${tag}'`)),
      `a stories file titled Widgets/${tag}`,
    ).toBe(true);
    const page = readFileSync(`${root}stories/accessibility/${tag}.mdx`, 'utf8');
    expect(page).toContain(`<Meta title="Accessibility/${tag}" />`);
  });
});
