import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript modules without types
import { elementTags, gaps, readCriteria, rgaaDoc, root } from './rgaa/table.mjs';
// @ts-expect-error -- plain JavaScript modules without types
import { coverage, everyElement, featureCriteria, features } from './rgaa/coverage.mjs';

// docs/rgaa.md: for each element, the RGAA 4.1.2 criteria that apply, each
// covered by a test or named as a human check.
describe('the RGAA table', () => {
  const tags = elementTags() as string[];

  it('reads the 106 criteria of RGAA 4.1.2', () => {
    expect((readCriteria() as Map<string, unknown>).size).toBe(106);
  });

  it('finds every element from its fixtures', () => {
    expect(tags).toEqual(expect.arrayContaining(['relais-help', 'relais-help-points', 'relais-steps', 'relais-term', 'relais-explainer']));
  });

  it('every applicable criterion of every element has a test that exists, or a human check', () => {
    expect(gaps(tags)).toEqual([]);
  });

  it('docs/rgaa.md is up to date (node tests/rgaa/table.mjs --write)', () => {
    expect(readFileSync(join(root as string, 'docs/rgaa.md'), 'utf8')).toBe(rgaaDoc(tags));
  });

  it('the check can fail: a new element, a criterion with no line, a test that is not in its file', () => {
    const table = {
      coverage: { ...coverage, 'relais-help': { ...coverage['relais-help'], '10.7': { file: 'tests/a11y/matrix.mjs', title: 'no such words', what: 'x' } } },
      everyElement,
      featureCriteria,
      features: { ...features, 'relais-visit': ['links'] },
    };
    const { ['12.6']: _dropped, ...withoutLandmark } = coverage['relais-help-points'];
    table.coverage['relais-help-points'] = withoutLandmark;
    const found = gaps([...tags, 'relais-visit', 'relais-new'], table) as string[];
    expect(found).toContain('relais-help: no "no such words" in tests/a11y/matrix.mjs'.replace('relais-help: ', 'relais-help 10.7: '));
    expect(found).toContain('relais-help-points: criterion 12.6 applies but has neither a test nor a human check');
    expect(found).toContain('relais-visit: criterion 6.1 applies but has neither a test nor a human check');
    expect(found.some((p) => p.startsWith('relais-new: no features listed'))).toBe(true);
  });
});
