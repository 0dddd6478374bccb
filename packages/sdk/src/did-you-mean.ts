/**
 * "Did you mean …?" hints for a word that names nothing known: small and
 * apart from the schema, so that a widget's development warning can use it
 * without loading the validator. Linear in practice: a capped number of
 * searches per list of problems, and a distance that stops once over the
 * allowed one.
 */

/**
 * At most this many "did you mean" searches per list of problems (one
 * validation, one merge): each compares a word with every known one, and a
 * config with thousands of unknown names must not block the page. Past it,
 * problems are still reported, without a hint.
 */
export const MAX_HINTS = 20;
const searches = new WeakMap<object, number>();

/**
 * The closest known word to `word`, as a hint, when close enough. With a
 * `budget` (the problems list the hint goes to), at most {@link MAX_HINTS}
 * searches are made for it.
 */
export function didYouMean(word: string, known: Iterable<string>, budget?: object): string | undefined {
  if (budget) {
    const done = searches.get(budget) ?? 0;
    if (done >= MAX_HINTS) return undefined;
    searches.set(budget, done + 1);
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  const lower = word.toLowerCase();
  for (const candidate of known) {
    // The distance is at least the difference in length: most candidates need no comparison.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = distance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined ? `did you mean "${best}"?` : undefined;
}

/**
 * Edit distance (insertions, deletions, substitutions, adjacent swaps), or
 * `limit + 1` as soon as it is known to be over `limit`.
 */
function distance(a: string, b: string, limit: number): number {
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // The minimum of a row never goes down in the next rows (a swap costs what the diagonal step before it could).
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, limit + 1);
}
