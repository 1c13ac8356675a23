/** "Did you mean" suggestions for near misses in ids, slugs and field names. */

/** Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The most edits a word of `length` characters may be from another and still look like a typo of it. */
function typoEdits(length: number): number {
  if (length <= 4) return 1;
  return Math.ceil(length / 3);
}

/**
 * The closest candidate to `value`, when it is close enough to be a plausible typo: within a few edits
 * for its length (one for a short word, so "a" is not taken for "alt"), or one that contains the other
 * (e.g. "chihuahua" and "fechac-chihuahua") when the shorter has at least four characters.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const contains = Math.min(hay.length, needle.length) >= 4 && (hay.includes(needle) || needle.includes(hay));
    const distance = contains ? 0.5 : editDistance(needle, hay);
    if (distance <= typoEdits(needle.length) && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** " Did you mean "x"?" or the empty string. */
export function didYouMean(value: unknown, candidates: Iterable<string>): string {
  if (typeof value !== 'string' || value === '') return '';
  const match = closest(value, candidates);
  return match === undefined || match === value ? '' : ` Did you mean "${match}"?`;
}
