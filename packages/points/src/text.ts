/**
 * Matching what citizens type against commune names: case, accents,
 * punctuation, "St"/"Ste", leading articles and small typos do not matter.
 */

const ARTICLES = new Set(['le', 'la', 'les', 'l']);
const SAINTS = new Set(['saint', 'sainte']);

/** Lower case, no accents, ligatures spelled out, punctuation as spaces, "st" → "saint". */
export function fold(value: string): string {
  return value
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bste?\b/g, (w) => (w === 'st' ? 'saint' : 'sainte'));
}

/** The folded name without a leading article ("le puy en velay" → "puy en velay"). */
export function core(folded: string): string {
  const words = folded.split(' ');
  return words.length > 1 && ARTICLES.has(words[0]!) ? words.slice(1).join(' ') : folded;
}

/**
 * The word a name is filed under: the first one that is not an article or
 * "saint"/"sainte" ("saint etienne du rouvray" → "etienne").
 */
export function fileWord(folded: string): string {
  const words = folded.split(' ').filter(Boolean);
  const word = words.find((w) => !ARTICLES.has(w) && !SAINTS.has(w));
  return word ?? words[words.length - 1] ?? '';
}

/**
 * Edit distance (insertions, deletions, substitutions, swaps of two
 * neighbours), or `max + 1` as soon as it is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many typos a name of this length tolerates: none up to 4 letters, 1 up to 7, then 2. */
export function typosAllowed(length: number): number {
  return length <= 4 ? 0 : length <= 7 ? 1 : 2;
}

/** White space collapsed and trimmed (line breaks in quoted CSV fields become spaces). */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
