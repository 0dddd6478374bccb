/**
 * fast-check arbitraries for hostile configs, shared by the Node fuzz and the
 * browser fuzz: random values of every JSON and non-JSON kind, prototype keys,
 * deep nesting, huge strings and lists, and mutations of a valid config.
 */
import fc from 'fast-check';
import { richConfig, xssPayloads } from './data.js';

/** The seed every fuzz run uses (FUZZ_SEED overrides it); fast-check prints it, and the path, on failure. */
export const seed = Number((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env['FUZZ_SEED'] ?? 20261202);

const deep = (depth: number, leaf: unknown): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { help: v };
  return v;
};
/** An object whose own key is "__proto__" (as JSON.parse makes it), not a prototype change. */
const protoKey = (value: unknown) => JSON.parse(`{"__proto__": ${asJson(value) ?? 'null'}}`) as unknown;
/** The JSON text of a value, or undefined when it has none (a proxy that throws, a cycle). */
function asJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  } catch {
    return undefined;
  }
}
/** What a value becomes after a trip through JSON, as a fetched file is. */
export const asParsedJson = (value: unknown): unknown => {
  const text = asJson(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
};

/** Odd values: what a typo, a template engine or an attacker puts in a config. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    '',
    ' ',
    '\u0000',
    '\ud800',
    'x'.repeat(100_000),
    'é'.repeat(20_000),
    '25:00',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '{constructor}',
    '{__proto__}',
    null,
    undefined,
    true,
    false,
    [],
    {},
    Array.from({ length: 5_000 }, (_, i) => ({ id: `id-${i}` })),
    Array.from({ length: 5_000 }, (_, i) => `mot-${i}`),
    deep(2_000, 'fond'),
    deep(200, { phone: { number: 3400 } }),
    protoKey({ polluted: 'yes' }),
    { constructor: { prototype: { polluted: 'yes' } } },
    { prototype: { polluted: 'yes' } },
    protoKey({ help: { phone: { number: 'x' } } }),
    Object.create(null),
    new Date(NaN),
    new Map([['a', 1]]),
    new Set([1]),
    /regex/,
    () => 'fonction',
    Symbol('s'),
    10n,
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('proxy get');
        },
        ownKeys: () => {
          throw new Error('proxy keys');
        },
      },
    ),
    Object.defineProperty({}, 'phone', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    }),
  ),
  fc.constantFrom(...xssPayloads),
  fc.anything({
    maxDepth: 4,
    maxKeys: 6,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
);

const cyclic = () => {
  const a: Record<string, unknown> = { help: {} };
  (a['help'] as Record<string, unknown>)['phone'] = a;
  return a;
};

/** Every path (keys and indices) in a plain value. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}
const basePaths = paths(richConfig);

/** The valid config with up to 6 parts replaced, removed or given an odd extra key. */
export const mutatedConfig: fc.Arbitrary<unknown> = fc
  .array(
    fc.tuple(
      fc.nat(basePaths.length - 1),
      fc.constantFrom('replace', 'delete', 'extra', 'proto'),
      oddValue,
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'phnoe', 'toString', 'x'.repeat(5_000)),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((mutations) => {
    const config = structuredClone(richConfig) as unknown as Record<string, unknown>;
    for (const [n, how, value, key] of mutations) {
      const path = basePaths[n]!;
      if (!path.length) {
        if (how === 'extra') Object.defineProperty(config, key, { value, enumerable: true, configurable: true, writable: true });
        continue;
      }
      let parent: unknown = config;
      try {
        for (const step of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[step] : undefined;
      } catch {
        continue; // an earlier mutation put a throwing getter on the way
      }
      if (!parent || typeof parent !== 'object') continue;
      const last = path.at(-1)!;
      const p = parent as Record<string | number, unknown>;
      if (how === 'replace') p[last] = value;
      else if (how === 'delete') delete p[last];
      else if (how === 'extra') Object.defineProperty(p, key, { value, enumerable: true, configurable: true, writable: true });
      else p[last] = protoKey(value);
    }
    return config;
  });

/** A hostile config: a random value, a mutated valid one, or a cycle. */
export const hostileConfig: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 20, arbitrary: oddValue },
  { weight: 80, arbitrary: mutatedConfig },
  { weight: 1, arbitrary: fc.constant(null).map(cyclic) },
);

/** What Object.prototype holds: it must be the same after every run. */
export function prototypeSnapshot(): string {
  return [
    Object.getOwnPropertyNames(Object.prototype).sort().join(','),
    Object.getOwnPropertyNames(Array.prototype).length,
    String(({} as Record<string, unknown>)['polluted']),
  ].join('|');
}
