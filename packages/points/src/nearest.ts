/**
 * The k nearest help points by great-circle distance: a static spatial index
 * (kdbush, searched with geokdbush), with optional filters, and the plain
 * linear scan it is checked and measured against.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { distanceKm } from './geo.js';

/** A place and how far it is, in km. */
export interface Nearby<P> {
  point: P;
  km: number;
}

/** Options of a nearest-points search. */
export interface NearestOptions<P> {
  /** How many (default 3). */
  k?: number;
  /** Keep only the places for which this is true (e.g. open now, offers a service). */
  filter?: (point: P) => boolean;
  /** No farther than this, km. */
  maxKm?: number;
}

/** A static index of places, built once, for k-nearest searches. */
export class PointIndex<P extends { lat: number; lng: number }> {
  readonly points: readonly P[];
  private readonly _index: KDBush | undefined;

  constructor(points: readonly P[]) {
    this.points = points;
    if (!points.length) return;
    const index = new KDBush(points.length);
    for (const p of points) index.add(p.lng, p.lat);
    this._index = index.finish();
  }

  /** The `k` nearest places to a position, nearest first. */
  nearest(lat: number, lng: number, options: NearestOptions<P> = {}): Nearby<P>[] {
    if (!this._index) return [];
    const { k = 3, filter, maxKm } = options;
    const points = this.points;
    const ids = around(this._index, lng, lat, k, maxKm ?? Infinity, filter ? (id) => filter(points[id]!) : undefined);
    return ids.map((id) => {
      const point = points[id]!;
      return { point, km: distanceKm(lat, lng, point.lat, point.lng) };
    });
  }
}

/** The reference: every place's distance computed, the `k` smallest kept. */
export function linearNearest<P extends { lat: number; lng: number }>(
  points: readonly P[],
  lat: number,
  lng: number,
  options: NearestOptions<P> = {},
): Nearby<P>[] {
  const { k = 3, filter, maxKm = Infinity } = options;
  const best: Nearby<P>[] = [];
  for (const point of points) {
    if (filter && !filter(point)) continue;
    const km = distanceKm(lat, lng, point.lat, point.lng);
    if (km > maxKm || (best.length === k && km >= best[k - 1]!.km)) continue;
    let i = best.length;
    while (i > 0 && best[i - 1]!.km > km) i--;
    best.splice(i, 0, { point, km });
    if (best.length > k) best.pop();
  }
  return best;
}
