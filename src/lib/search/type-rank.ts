/**
 * Relevance across kinds of page: for the same match, a solution or a building block is what a reader
 * came for, and an organization, an event or a news item that mentions the same words ranks below it.
 * Pagefind ranks by the words alone (a short organization page whose title is the query outranks the
 * solution about it), so the search page weighs each result's score by its type before ordering.
 */
import type { ContentType } from '../../schemas/index.ts';

/** The types that name, announce or report rather than document: their scores are weighed down. */
export const lowerRankedTypes: readonly ContentType[] = ['organization', 'event', 'news'];

/** The weight of a lower-ranked type's scores (the others' is 1). */
export const LOWER_WEIGHT = 0.5;

/**
 * `results` in order of their scores weighed by their type (`weightOf` a result; 1 when unknown);
 * results of equal weighed score keep Pagefind's order.
 */
export function rankByType<T extends { score: number }>(results: readonly T[], weightOf: (result: T) => number): T[] {
  return results
    .map((result, position) => ({ result, position, score: result.score * weightOf(result) }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ result }) => result);
}

/*
 * The optimized bundle (src/search-index/compact-bundle.ts) marks the pages of the lower-ranked types
 * in a file of its own, a bit a page, which the first search loads beside its words; Pagefind's own
 * bundle finds them with its type filter instead (search-index.ts). One module for the format, used
 * by both sides.
 */

/** The file's name in the bundle's folder, from the bundle's tag (see `index-names.ts`). */
export const lowerRankedFileName = (tag: string) => `lower.${tag}.pf_rank`;

/** The file, before the gzip it is served in: bit `position % 8` of byte `position / 8` set for each page of a lower-ranked type. */
export function encodeLowerRanked(pages: number, lower: Iterable<number>): Uint8Array {
  const file = new Uint8Array(Math.ceil(pages / 8));
  for (const position of lower) {
    if (!Number.isSafeInteger(position) || position < 0 || position >= pages) throw new Error(`Page ${position} is outside 0–${pages - 1}`);
    file[position >> 3]! |= 1 << (position & 7);
  }
  return file;
}

/** Whether the page at a position is of a lower-ranked type, from the file. */
export function decodeLowerRanked(file: Uint8Array): (position: number) => boolean {
  return (position) => ((file[position >> 3] ?? 0) & (1 << (position & 7))) !== 0;
}
