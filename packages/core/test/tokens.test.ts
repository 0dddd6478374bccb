import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenNames, tokens } from '../src/tokens.js';

// The design tokens a page may set: each is defined, used by the widgets, and
// falls back to the State design system's variable where one exists; each
// component token is documented on its element.

const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = readdirSync(root).flatMap((pkg) => {
  try {
    return readdirSync(`${root}${pkg}/src`)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.fixtures.ts'))
      .map((f) => ({ file: `${pkg}/src/${f}`, text: readFileSync(`${root}${pkg}/src/${f}`, 'utf8') }));
  } catch {
    return [];
  }
});
const styles = sources.filter((s) => /\.styles\.ts$|tokens\.ts$/.test(s.file));
const css = tokens.cssText;

/** `--_name: var(--relais-x, <fallback>)` declarations of the system tier. */
function systemTokens(text: string): { local: string; name: string; fallback: string }[] {
  return [...text.matchAll(/(--_[a-z-]+):\s*var\((--relais-[a-z-]+),\s*([^;]+);/g)].map((m) => ({ local: m[1]!, name: m[2]!, fallback: m[3]! }));
}

describe('design tokens', () => {
  const declared = systemTokens(css);

  it('every listed token is defined, and every defined one is listed', () => {
    expect(declared.map((d) => d.name).sort()).toEqual([...tokenNames].sort());
  });

  it('every token is used by some widget style', () => {
    const unused = declared.filter((d) => !styles.some((s) => s.text.includes(`var(${d.local})`))).map((d) => d.name);
    expect(unused).toEqual([]);
  });

  it("colours fall back to the State design system's variable, then to a neutral value for light and dark", () => {
    for (const d of declared.filter((t) => t.name.startsWith('--relais-color-'))) {
      expect(d.fallback, d.name).toMatch(/^var\(--[a-z-]+(?:grey|blue-france|success|warning)[a-z-]*,\s*light-dark\(#[0-9a-f]{6},\s*#[0-9a-f]{6}\)\)\)$/);
    }
  });

  it('every component token (--relais-<component>-*) a style reads is documented with @cssprop on an element', () => {
    const system = new Set<string>(tokenNames);
    const read = new Set(styles.flatMap((s) => [...s.text.matchAll(/var\((--relais-[a-z-]+)/g)].map((m) => m[1]!)).filter((name) => !system.has(name)));
    const documented = new Set(sources.flatMap((s) => [...s.text.matchAll(/@cssprop (--relais-[a-z-]+)/g)].map((m) => m[1]!)));
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !read.has(name))).toEqual([]);
  });

  it('catches a token that is declared but never listed (control)', () => {
    const extra = systemTokens(`${css} :host { --_extra: var(--relais-extra, red); }`);
    expect(extra.map((d) => d.name)).toContain('--relais-extra');
    expect(extra.map((d) => d.name).sort()).not.toEqual([...tokenNames].sort());
  });
});
