import { describe, expect, it } from 'vitest';
import { explainerTopics } from '../src/glossary/explainer-topics.js';
import { explainersFrench } from '../src/glossary/explainers-fr.js';
import { readdirSync } from 'node:fs';

describe('the field explainers, one file per topic', () => {
  it('gives every default topic a loader, in the list order, and nothing else', () => {
    expect(Object.keys(explainerTopics)).toEqual(explainersFrench.map((x) => x.id));
    const files = readdirSync(new URL('../src/glossary/explainers/fr/', import.meta.url)).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(explainersFrench.map((x) => x.id).sort());
  });

  it("each topic's loader gives the entry of that id, the one the list holds", async () => {
    for (const item of explainersFrench) {
      const { explainer } = await explainerTopics[item.id]!();
      expect(explainer).toBe(item);
    }
  });
});
