/** Great-circle distances on a sphere the size of the Earth. */

const RAD = Math.PI / 180;
/** Mean Earth radius, km. */
export const EARTH_RADIUS_KM = 6371;

/** Haversine of an angle (radians). */
const hav = (theta: number): number => {
  const s = Math.sin(theta / 2);
  return s * s;
};

/** Great-circle distance in km between two points given in degrees. */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const h = hav((lat2 - lat1) * RAD) + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * hav((lng2 - lng1) * RAD);
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

/** A box in degrees, GeoJSON order: [west, south, east, north]. */
export type BBox = [number, number, number, number];

/** Smallest angular gap between two longitudes, degrees (0–180). */
function lngGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/**
 * The shortest distance in km from a point to any point of a box (0 inside).
 * Exact on the sphere: inside the box's longitudes the nearest point is on the
 * same meridian; outside, it is on the nearer edge meridian, where the great
 * circle through the point meets that meridian at a right angle, or a corner.
 */
export function distanceToBoxKm(lat: number, lng: number, box: BBox): number {
  const [west, south, east, north] = box;
  const inside = west <= east ? lng >= west && lng <= east : lng >= west || lng <= east;
  if (inside) {
    if (lat < south) return distanceKm(lat, lng, south, lng);
    if (lat > north) return distanceKm(lat, lng, north, lng);
    return 0;
  }
  const edge = lngGap(lng, west) <= lngGap(lng, east) ? west : east;
  const gap = lngGap(lng, edge);
  const cosGap = Math.cos(gap * RAD);
  let best = Math.min(distanceKm(lat, lng, south, edge), distanceKm(lat, lng, north, edge));
  if (cosGap > 0) {
    const foot = Math.atan(Math.tan(lat * RAD) / cosGap) / RAD;
    if (foot > south && foot < north) best = Math.min(best, distanceKm(lat, lng, foot, edge));
  }
  return best;
}

/** The box around a list of points ([west, south, east, north]); undefined for none. */
export function boxAround(points: readonly { lat: number; lng: number }[]): BBox | undefined {
  if (!points.length) return undefined;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    w = Math.min(w, p.lng);
    e = Math.max(e, p.lng);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  return [w, s, e, n];
}

/** Whether a latitude/longitude pair is usable (finite, in range, not the 0,0 placeholder). */
export function validPosition(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0);
}
