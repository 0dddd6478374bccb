import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { glossaryIndex } from '../src/glossary/glossary-fr-index.js';
import { frenchTexts, glossaryFrench } from '../src/glossary/glossary-fr.js';
import { glossaryTexts } from '../src/glossary/glossary-texts.js';
import { joinTexts, withTexts } from '../src/glossary/join.js';

const ids = glossaryIndex.map((e) => e.id);
const textFiles = () =>
  readdirSync(new URL('../src/glossary/terms/fr/', import.meta.url))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();

describe('the glossary: a French index, and each entry’s texts in a file of its own', () => {
  it('has texts for every entry of the index, and no texts (file, loader or list item) for an id the index lacks', () => {
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    expect(textFiles(), 'terms/fr/<id>.ts').toEqual([...ids].sort());
    expect(Object.keys(glossaryTexts), 'the loaders, in the index order').toEqual(ids);
    expect(Object.keys(frenchTexts), 'the texts glossary-fr.ts joins, in the index order').toEqual(ids);
  });

  it('keeps in the index only what finding and naming a word needs', () => {
    for (const entry of glossaryIndex) {
      expect(Object.keys(entry).sort(), entry.id).toEqual(['domain', 'fr', 'id']);
      expect(
        Object.keys(entry.fr).every((k) => k === 'term' || k === 'variants'),
        entry.id,
      ).toBe(true);
    }
  });

  it('joins back to whole entries: the index’s forms and the file’s texts, nothing lost or overwritten', () => {
    expect(glossaryFrench.map((e) => e.id)).toEqual(ids);
    glossaryFrench.forEach((entry, i) => {
      const listed = glossaryIndex[i]!;
      const texts = frenchTexts[entry.id]!;
      expect(
        Object.keys(texts.fr).some((k) => k === 'term' || k === 'variants'),
        `${entry.id}: forms only in the index`,
      ).toBe(false);
      expect(entry).toEqual({ ...listed, ...texts, fr: { ...listed.fr, ...texts.fr } });
      expect(entry.fr.definition && entry.fr.easy, `${entry.id}: a definition and an easy-to-read version`).toBeTruthy();
    });
  });

  it('each loader gives the texts of its id, the ones the whole list holds', async () => {
    for (const id of ids) {
      const { texts } = await glossaryTexts[id]!();
      expect(texts, id).toBe(frenchTexts[id]);
    }
  });

  it('says at once which entry has no texts', () => {
    expect(() => withTexts([{ id: 'sans-texte', domain: 'general', fr: { term: 'sans texte' } }], frenchTexts)).toThrow(
      /sans-texte.*terms\/fr\/sans-texte\.ts/,
    );
    expect(joinTexts({ id: 'x', domain: 'general', fr: { term: 'x', variants: ['y'] } }, { fr: { definition: 'd', easy: 'e' } })).toEqual({
      id: 'x',
      domain: 'general',
      fr: { term: 'x', variants: ['y'], definition: 'd', easy: 'e' },
    });
  });
});
