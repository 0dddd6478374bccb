/** Putting several sources together: one France Services or préfecture listed twice is kept once. */
import { PointIndex } from './nearest.js';
import type { HelpPoint } from './model.js';
import type { Loaded, Skipped } from './loaders.js';

/** Two places of these kinds this close (km) are the same place. */
export const SAME_PLACE_KM = 0.15;

/**
 * Merges loaded sources in order. A France Services or a préfecture that an
 * earlier source already has (same kind, within 150 m) is left out, and the
 * later source's report says so. Lieux de médiation are never merged: several
 * can share a building.
 */
export function mergeLoaded(loads: Loaded[]): HelpPoint[] {
  const kept: HelpPoint[] = [];
  for (const load of loads) {
    const index = new PointIndex(kept.filter((p) => p.kind !== 'mediation'));
    const mine: HelpPoint[] = [];
    load.points.forEach((point, i) => {
      if (point.kind !== 'mediation') {
        const twin = index.nearest(point.lat, point.lng, { k: 1, maxKm: SAME_PLACE_KM, filter: (p) => p.kind === point.kind })[0];
        if (twin) {
          const skipped: Skipped = {
            row: load.rows[i] ?? 0,
            id: point.id,
            name: point.name,
            reason: 'duplicate',
            detail: `same place as ${twin.point.id} (${twin.point.name}), ${Math.round(twin.km * 1000)} m away`,
          };
          load.report.skipped.push(skipped);
          load.report.kept--;
          return;
        }
      }
      mine.push(point);
    });
    kept.push(...mine);
  }
  return kept;
}
