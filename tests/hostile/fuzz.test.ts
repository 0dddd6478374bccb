/**
 * Hostile input, in Node: thousands of random and mutated configs through
 * the validator, the resolver, the merges of the glossary, the explainers and
 * the messages, and random points data through its readers. Nothing throws,
 * every problem has a path, Object.prototype is never touched, the phone
 * number is always there. Fixed seed (FUZZ_SEED to change it), printed by
 * fast-check on failure with the path that replays the case.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { format, mergeConfig, mergeExplainers, mergeGlossary, messagesFor, resolveConfig, validateConfig } from '../../packages/sdk/src/index.js';
import { defaultGlossary } from '../../packages/sdk/src/glossary/default-glossary.js';
import { defaultExplainers } from '../../packages/sdk/src/glossary/default-explainers.js';
import { PointsDataError, readEntry, readPoint } from '../../packages/points/src/index.js';
import { asParsedJson, hostileConfig, mutatedConfig, oddValue, prototypeSnapshot, seed } from './arbitraries.js';
import { richConfig, xssPayloads } from './data.js';

const runs = 2_000;
const options = { seed, numRuns: runs };
const clean = prototypeSnapshot();
vi.setConfig({ testTimeout: 120_000 });

/** The last figures, for docs/quality.md. */
export const fuzzFigures = { seed, runsPerProperty: runs };

describe(`fuzzed configs (seed ${seed}, ${runs} runs per property)`, () => {
  it('the valid base config is valid (the mutations start from it)', () => {
    expect(validateConfig(richConfig).messages).toEqual([]);
  });

  it('validateConfig never throws; every problem has a path, what was expected and what was found; what it keeps is valid', () => {
    fc.assert(
      fc.property(hostileConfig, (input) => {
        const result = validateConfig(input);
        expect(result.ok).toBe(result.problems.length === 0);
        expect(result.messages).toHaveLength(result.problems.length);
        for (const p of result.problems) {
          expect(typeof p.path).toBe('string');
          expect(p.path.length).toBeGreaterThan(0);
          expect(typeof p.expected).toBe('string');
          expect(typeof p.found).toBe('string');
        }
        // What it keeps is valid: the widgets can use it as it is.
        expect(validateConfig(result.config).messages).toEqual([]);
        expect(prototypeSnapshot()).toBe(clean);
      }),
      options,
    );
  });

  it('resolveConfig (page config over the ANTS line, element settings over it) always leaves a phone number to call', () => {
    fc.assert(
      fc.property(
        hostileConfig,
        fc.oneof(
          fc.constant({}),
          mutatedConfig.map((c) => validateConfig(c).config),
        ),
        (page, element) => {
          const { config, problems } = resolveConfig(page, element);
          expect(Array.isArray(problems)).toBe(true);
          const number = config.help?.phone?.number;
          expect(typeof number === 'string' && /^\+?[0-9]{2,}$/.test(number), `number: ${String(number)}`).toBe(true);
          expect(prototypeSnapshot()).toBe(clean);
        },
      ),
      options,
    );
  });

  it('mergeConfig with an object that has its own "__proto__", "constructor" or "prototype" key changes no prototype', () => {
    fc.assert(
      // As the JSON script tag gives them: JSON.parse makes "__proto__" an own key.
      fc.property(mutatedConfig.map(asParsedJson), (over) => {
        const merged = mergeConfig({ help: { phone: { number: '3400' } } }, over as Record<string, unknown>);
        expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
        expect(prototypeSnapshot()).toBe(clean);
      }),
      options,
    );
  });
});

describe(`fuzzed glossary, explainers and messages (seed ${seed})`, () => {
  it('the glossary merge never throws, keeps every default it was not told to remove, and says what it dropped', () => {
    fc.assert(
      fc.property(oddValue, oddValue, oddValue, (add, override, remove) => {
        const glossary = validateConfig({ glossary: { add, override, remove } }).config.glossary;
        const { items, problems } = mergeGlossary(defaultGlossary, glossary);
        expect(Array.isArray(problems)).toBe(true);
        for (const entry of items) expect(typeof entry.fr.term === 'string' && typeof entry.fr.definition === 'string').toBe(true);
        expect(prototypeSnapshot()).toBe(clean);
      }),
      options,
    );
  });

  it('the explainers merge never throws', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'numero-formule')), oddValue), (explainers) => {
        const checked = validateConfig({ explainers }).config.explainers;
        const { items } = mergeExplainers(defaultExplainers, checked);
        expect(items.length).toBeGreaterThan(0);
        expect(prototypeSnapshot()).toBe(clean);
      }),
      options,
    );
  });

  it('message overrides stay text: a placeholder that is no own value stays as written', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...xssPayloads), fc.string()),
        fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'n', 'hasOwnProperty'),
        (template, key) => {
          const { config } = validateConfig({ messages: { fr: { 'help.button': template } } });
          const texts = messagesFor('fr', { overrides: config.messages });
          const out = format(`${texts['help.button']} {${key}}`, { n: 2 });
          expect(typeof out).toBe('string');
          expect(out).not.toMatch(/native code|\[object Object\]/);
          expect(prototypeSnapshot()).toBe(clean);
        },
      ),
      options,
    );
  });
});

// Points data arrive by fetch: what the readers get is parsed JSON.
describe(`fuzzed points data (seed ${seed})`, () => {
  const entryLike = fc
    .oneof(
      oddValue,
      fc.record(
        {
          format: fc.oneof(fc.constant('relais-points'), oddValue),
          version: fc.oneof(fc.constant(1), oddValue),
          points: oddValue,
          shards: oddValue,
          geocoding: oddValue,
          count: oddValue,
        },
        { requiredKeys: [] },
      ),
    )
    .map(asParsedJson);
  it('readEntry returns an entry or throws PointsDataError, nothing else', () => {
    fc.assert(
      fc.property(entryLike, (raw) => {
        try {
          const entry = readEntry(raw);
          expect(entry.points ?? entry.shards).toBeInstanceOf(Array);
        } catch (error) {
          expect(error).toBeInstanceOf(PointsDataError);
        }
      }),
      options,
    );
  });
  it('readPoint returns a point with a name and a finite position, or nothing', () => {
    const pointLike = fc
      .oneof(
        oddValue,
        fc.record(
          {
            id: oddValue,
            name: oddValue,
            lat: fc.oneof(fc.double(), oddValue),
            lng: fc.oneof(fc.double(), oddValue),
            phone: oddValue,
            hours: oddValue,
            address: oddValue,
            kind: oddValue,
          },
          { requiredKeys: [] },
        ),
      )
      .map(asParsedJson);
    fc.assert(
      fc.property(pointLike, (raw) => {
        const point = readPoint(raw);
        if (point) {
          expect(typeof point.name).toBe('string');
          expect(Number.isFinite(point.lat) && Number.isFinite(point.lng)).toBe(true);
        }
      }),
      options,
    );
  });
});

// What the fuzz found, kept as plain cases; and the checks failing on purpose.
describe('found by the fuzz, and the fuzz can fail', () => {
  it('a sparse list is refused, not kept with its holes (the kept config stayed invalid: "days": [ , ])', () => {
    // eslint-disable-next-line no-sparse-arrays
    const result = validateConfig({ help: { phone: { hours: { weekly: [{ days: [, 'mon'], opens: '08:00', closes: '12:00' }] } } } });
    expect(result.messages).toEqual(['help.phone.hours.weekly[0].days: expected a list without holes, got a list of 2']);
    expect(validateConfig(result.config).ok).toBe(true);
  });

  it('an own "__proto__" key (from JSON.parse) does not become the merged config\'s prototype', () => {
    const over = JSON.parse('{"__proto__": {"help": {"phone": {"number": "0899000000"}}}}') as Record<string, unknown>;
    const merged = mergeConfig({ help: { phone: { number: '3400' } } }, over);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(merged.help.phone.number).toBe('3400');
  });

  it('the check can fail: a merge without the "__proto__" guard is caught, with its seed', () => {
    const naive = (base: Record<string, unknown>, over: Record<string, unknown>) => {
      const out: Record<string, unknown> = { ...base };
      for (const [k, v] of Object.entries(over)) out[k] = v;
      return out;
    };
    const details = fc.check(
      fc.property(mutatedConfig.map(asParsedJson), (over) => {
        expect(Object.getPrototypeOf(naive({}, over as Record<string, unknown>))).toBe(Object.prototype);
      }),
      options,
    );
    expect(details.failed).toBe(true);
    expect(details.seed).toBe(seed);
  });

  it('the check can fail: a function that pollutes Object.prototype is caught', () => {
    const details = fc.check(
      fc.property(fc.string(), (key) => {
        (Object.prototype as Record<string, unknown>)['polluted'] = key;
        try {
          expect(prototypeSnapshot()).toBe(clean);
        } finally {
          delete (Object.prototype as Record<string, unknown>)['polluted'];
        }
      }),
      { ...options, numRuns: 5 },
    );
    expect(details.failed).toBe(true);
  });
});
