// `npm run bench` (after the build): the nearest-help-point search measured
// on the real France Services list and on 100,000 synthetic points, each
// figure beside a plain linear haversine scan of the same points in the same
// run; the published file's size; and what the browser downloads to answer
// one search near Mende (48000) and near Cayenne (97300). Prints figures;
// asserts nothing about time.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const root = process.cwd();
const dist = resolve(root, 'packages/points/dist/index.js');
if (!existsSync(dist)) {
  console.error('points bench: packages/points/dist is missing. Run `npm run build` first (npm run bench does).');
  process.exit(1);
}
const points = await import(dist);
const data = (name) => {
  const path = resolve(root, '../shared/data', name);
  if (!existsSync(path)) {
    console.error(`points bench: ${path} is missing (see ../shared/data/README.md).`);
    process.exit(1);
  }
  return readFileSync(path, 'utf8');
};

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n < 0.1 ? `${(n * 1000).toFixed(2)} µs` : `${n.toFixed(3)} ms`);
const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
/** Deterministic random numbers, so runs compare. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const time = (fn) => {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
};
const rows = [];

/** Builds the index, queries it and the linear scan with the same random positions. */
function measure(label, list, loadMs, queries) {
  const [buildMs, index] = time(() => new points.PointIndex(list));
  const next = random(99);
  const positions = Array.from({ length: queries }, () => [41.3 + next() * 9.8, -5.2 + next() * 14.8]);
  // Warm both paths up, then time each query on its own.
  for (const [lat, lng] of positions.slice(0, 200)) {
    index.nearest(lat, lng, { k: 3 });
    points.linearNearest(list, lat, lng, { k: 3 });
  }
  const fast = [];
  const slow = [];
  let mismatches = 0;
  for (const [lat, lng] of positions) {
    let t = performance.now();
    const a = index.nearest(lat, lng, { k: 3 });
    fast.push(performance.now() - t);
    t = performance.now();
    const b = points.linearNearest(list, lat, lng, { k: 3 });
    slow.push(performance.now() - t);
    if (a.some((r, i) => Math.abs(r.km - b[i].km) > 1e-9)) mismatches++;
  }
  const q = median(fast);
  const scan = median(slow);
  rows.push({
    points: label,
    'load (parse)': loadMs === undefined ? '—' : ms(loadMs),
    'index build': ms(buildMs),
    'build ÷ one scan': `${(buildMs / scan).toFixed(1)}×`,
    'median k=3 query': ms(q),
    'median linear scan': ms(scan),
    'index speed-up': `${(scan / q).toFixed(1)}×`,
    'same answers': mismatches ? `NO (${mismatches})` : `yes (${positions.length})`,
  });
  return { q, scan };
}

// 1. The 2,845 France Services, loaded from the CSV.
const csv = data('france-services-2024-08.csv');
const [loadMs, loaded] = time(() => points.loadFranceServices(csv));
const real = measure(`${loaded.points.length} France Services`, loaded.points, loadMs, 5000);

// 2. 100,000 synthetic points over mainland France.
const next = random(1);
const synthetic = Array.from({ length: 100_000 }, (_, i) => ({ id: `s${i}`, lat: 41.3 + next() * 9.8, lng: -5.2 + next() * 14.8 }));
const big = measure('100,000 synthetic', synthetic, undefined, 2000);
console.table(rows);
console.log(
  `Targets: query under 0.1 ms median at 2,845 points — ${real.q < 0.1 ? 'met' : 'NOT met'} (${ms(real.q)}); at least 10× faster than the linear scan at 100,000 points — ${big.scan / big.q >= 10 ? 'met' : 'NOT met'} (${(big.scan / big.q).toFixed(1)}×).`,
);

// 3. The published file: the France Services list with the geocoding table.
const out = mkdtempSync(join(tmpdir(), 'relais-points-bench-'));
try {
  const table = points.buildGeoTable(data('communes-postal-codes-2024.csv'));
  const files = points.buildPointsFiles(loaded.points, { geo: table, built: '2025-01-01' });
  let raw = 0;
  let zipped = 0;
  const sizes = { entry: [0, 0], points: [0, 0, 0], geo: [0, 0, 0] };
  for (const [name, value] of files) {
    const text = JSON.stringify(value);
    const path = join(out, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    const r = Buffer.byteLength(text);
    const z = gz(text);
    raw += r;
    zipped += z;
    const kind = name === 'points.json' ? 'entry' : name.startsWith('points/') ? 'points' : 'geo';
    sizes[kind][0] += r;
    sizes[kind][1] += z;
    if (kind !== 'entry') sizes[kind][2] = Math.max(sizes[kind][2], z);
  }
  const csvBytes = Buffer.byteLength(csv);
  console.log(`\nPublished file (relais-points build, France Services + postcode table): ${files.size} files, ${kb(raw)} raw, ${kb(zipped)} gzipped.`);
  console.log(`  entry points.json: ${kb(sizes.entry[0])} raw, ${kb(sizes.entry[1])} gzipped`);
  console.log(
    `  places (${files.size - 1 - [...files.keys()].filter((n) => n.startsWith('geo/')).length} département shards): ${kb(sizes.points[0])} raw, ${kb(sizes.points[1])} gzipped; largest shard ${kb(sizes.points[2])} gzipped`,
  );
  console.log(`  geocoding shards: ${kb(sizes.geo[0])} raw, ${kb(sizes.geo[1])} gzipped; largest ${kb(sizes.geo[2])} gzipped`);
  console.log(
    `  the places alone, against the source CSV (${kb(csvBytes)}): ${(sizes.points[0] / csvBytes).toFixed(2)}× raw, ${(sizes.points[1] / gz(csv)).toFixed(2)}× gzipped`,
  );

  // 4. What one search downloads, as the widget fetches it.
  console.log('\nDownload budget of one search (entry + side files it needs, geocoding included; target ≤ 60 KB gzipped):');
  const budget = [];
  for (const query of ['48000', '97300', 'Mende', 'Cayenne']) {
    const fetched = [];
    const fetch = async (url) => {
      const path = join(out, new URL(url).pathname.replace(/^\/p\//, ''));
      if (!existsSync(path)) return { ok: false, status: 404, json: async () => null };
      const text = readFileSync(path, 'utf8');
      fetched.push({ file: path.slice(out.length + 1), raw: Buffer.byteLength(text), gz: gz(text) });
      return { ok: true, status: 200, json: async () => JSON.parse(text) };
    };
    const source = await points.openPoints('https://example.test/p/points.json', { fetch });
    const geo = await source.geocode(query);
    if (geo.status !== 'found') throw new Error(`bench: "${query}" was not found (${geo.status})`);
    const nearest = await source.nearest(geo.place.lat, geo.place.lng, { k: 3 });
    const total = fetched.reduce((s, f) => s + f.gz, 0);
    budget.push({
      search: query,
      files: fetched.map((f) => f.file).join(' '),
      raw: kb(fetched.reduce((s, f) => s + f.raw, 0)),
      gzipped: kb(total),
      'vs 60 KB': total <= 60 * 1024 ? `ok (${Math.round((total / (60 * 1024)) * 100)} %)` : 'OVER',
      nearest: `${nearest[0].point.city} ${nearest[0].km.toFixed(1)} km`,
    });
  }
  console.table(budget);
  const whole = gz(JSON.stringify(loaded.points));
  console.log(`For comparison, all 2,845 places in one file: ${kb(whole)} gzipped (no geocoding).`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
