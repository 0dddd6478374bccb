import { describe, expect, it } from 'vitest';
import { distanceKm, distanceToBoxKm } from '../src/geo.js';
import { buildPointsFiles } from '../src/format.js';
import type { ShardRef } from '../src/format.js';
import { loadFranceServices } from '../src/loaders.js';
import { linearNearest, PointIndex } from '../src/nearest.js';
import type { HelpPoint } from '../src/model.js';
import { dataText, FRANCE_SERVICES, random } from './data.js';
import { served } from './files.js';

const { points } = loadFranceServices(dataText(FRANCE_SERVICES));
const next = random(42);
/** Random positions: mostly in mainland France, some overseas and far away. */
function query(): [number, number] {
  const r = next();
  if (r < 0.7) return [41.3 + next() * 9.8, -5.2 + next() * 14.8];
  if (r < 0.85) return [3 + next() * 15, -62 + next() * 12];
  return [-90 + next() * 180, -180 + next() * 360];
}
const kms = (list: { km: number }[]) => list.map((x) => x.km);

describe('great-circle distances', () => {
  it('measures Paris–Marseille at about 661 km', () => {
    expect(distanceKm(48.8566, 2.3522, 43.2965, 5.3698)).toBeGreaterThan(655);
    expect(distanceKm(48.8566, 2.3522, 43.2965, 5.3698)).toBeLessThan(665);
  });

  it('never overestimates the distance to a box (lower bound, checked against points inside it)', () => {
    for (let i = 0; i < 300; i++) {
      const [lat, lng] = query();
      const s = -60 + next() * 100;
      const w = -170 + next() * 300;
      const box: [number, number, number, number] = [w, s, w + next() * 30, s + next() * 20];
      const lb = distanceToBoxKm(lat, lng, box);
      for (let j = 0; j < 30; j++) {
        const pLat = box[1] + next() * (box[3] - box[1]);
        const pLng = box[0] + next() * (box[2] - box[0]);
        expect(lb).toBeLessThanOrEqual(distanceKm(lat, lng, pLat, pLng) + 1e-6);
      }
    }
  });
});

describe('PointIndex.nearest against a brute-force scan, on the 2,845 France Services', () => {
  const index = new PointIndex(points);

  it('gives the same k nearest distances for 500 random queries (k = 1, 3, 10)', () => {
    for (let i = 0; i < 500; i++) {
      const [lat, lng] = query();
      for (const k of [1, 3, 10]) {
        const fast = index.nearest(lat, lng, { k });
        const slow = linearNearest(points, lat, lng, { k });
        expect(fast).toHaveLength(k);
        kms(fast).forEach((km, j) => expect(km).toBeCloseTo(slow[j]!.km, 9));
      }
    }
  });

  it('applies a filter and a maximum distance the same way', () => {
    const fixed = (p: HelpPoint) => !p.mobile;
    for (let i = 0; i < 200; i++) {
      const [lat, lng] = query();
      const fast = index.nearest(lat, lng, { k: 3, filter: fixed, maxKm: 40 });
      const slow = linearNearest(points, lat, lng, { k: 3, filter: fixed, maxKm: 40 });
      expect(kms(fast).map((x) => x.toFixed(9))).toEqual(kms(slow).map((x) => x.toFixed(9)));
      expect(fast.every((r) => !r.point.mobile && r.km <= 40)).toBe(true);
    }
  });

  it('returns nothing from an empty index', () => {
    expect(new PointIndex([]).nearest(44, 3)).toEqual([]);
  });
});

describe('the published shards, read as the widget reads them', () => {
  it('shard by département, each with its box and count', () => {
    const files = buildPointsFiles(points, { built: '2025-01-01' });
    const entry = files.get('points.json') as { shards: ShardRef[]; count: number };
    expect(entry.count).toBe(2845);
    expect(entry.shards.reduce((s, x) => s + x.count, 0)).toBe(2845);
    expect(entry.shards.find((s) => s.dep === '973')).toMatchObject({ file: 'points/973.json' });
  });

  it('give the same k nearest as a brute-force scan of every place, loading only some shards', async () => {
    const { source } = await served(points, { built: '2025-01-01' });
    const shardCount = (buildPointsFiles(points).get('points.json') as { shards: unknown[] }).shards.length;
    for (let i = 0; i < 200; i++) {
      const [lat, lng] = query();
      for (const k of [3, 6]) {
        const got = await source.nearest(lat, lng, { k });
        const want = linearNearest(points, lat, lng, { k });
        expect(
          kms(got).map((x) => x.toFixed(6)),
          `${lat},${lng} k=${k}`,
        ).toEqual(kms(want).map((x) => x.toFixed(6)));
      }
    }
    // A search in mainland France needs a few départements, not all of them.
    const fresh = await served(points, { built: '2025-01-01' });
    await fresh.source.nearest(44.5185, 3.499, { k: 3 });
    expect(fresh.requests.length - 1).toBeLessThan(8);
    expect(shardCount).toBeGreaterThan(100);
  });
});
