/**
 * Numbers the pages of a Pagefind bundle newest first, so sorting by date needs no data of its own.
 *
 * Pagefind's metadata, which every first search downloads whole, carries each sort as the list of every
 * page's number in that order: for the date sort at 5,000 solutions about 11 kB compressed, which no
 * compression shrinks (it is a shuffle of the numbers). Once the pages are numbered by date, a page's
 * number is its rank: the search page orders results by it (`src/lib/search/index-names.ts`) and the
 * sort leaves the metadata.
 *
 * Pagefind writes page numbers in two more places, both renumbered here: the word entries of the index
 * chunks (with their accented variants) and the filter chunks. The shapes are Pagefind 1.6's, checked
 * as they are read.
 */
import type { CborValue } from '../../lib/search/cbor.ts';

/** The one sort the site gives Pagefind (`src/components/SearchData.astro`, on every page). */
const DATE_SORT = 'date';

const isCount = (value: CborValue | undefined): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * Each page's new number (its rank by date, newest first) by its number in Pagefind's bundle, from the
 * metadata's sorts: exactly one, `date`, listing every page once in ascending date order.
 */
export function rankByDate(sorts: CborValue | undefined, pageCount: number, file: string): number[] {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}; the build numbers pages by the "${DATE_SORT}" sort that src/components/SearchData.astro gives every page`);
  };
  // An index without pages has nothing to sort, and Pagefind writes no sort for it.
  if (pageCount === 0 && Array.isArray(sorts) && sorts.length === 0) return [];
  if (!Array.isArray(sorts) || sorts.length !== 1) return fail(`expected one sort, found ${Array.isArray(sorts) ? sorts.length : 'none'}`);
  const [sort] = sorts;
  if (!Array.isArray(sort) || sort[0] !== DATE_SORT || !Array.isArray(sort[1])) return fail(`the sort is not [${JSON.stringify(DATE_SORT)}, [pages]]`);
  const ascending = sort[1];
  const rank = new Array<number>(pageCount).fill(-1);
  ascending.forEach((page, index) => {
    if (!isCount(page) || page >= pageCount || rank[page] !== -1) fail(`the date sort lists page ${JSON.stringify(page)} more than once or out of range`);
    // Pagefind sorts "desc" by walking this list backwards; ties keep that order.
    rank[page as number] = ascending.length - 1 - index;
  });
  if (ascending.length !== pageCount) fail(`the date sort lists ${ascending.length} of ${pageCount} pages`);
  return rank;
}

/** A list of page entries `[number, …rest]` whose numbers are gaps from the one before (the first from 0). */
function renumberGapList(list: CborValue | undefined, rank: readonly number[], where: string): CborValue[][] {
  if (!Array.isArray(list)) throw new Error(`${where}: the pages are not a list`);
  let page = 0;
  const entries = list.map((entry, index) => {
    if (!Array.isArray(entry) || !isCount(entry[0])) throw new Error(`${where}: page entry ${index} does not start with a page number`);
    page += entry[0];
    const ranked = rank[page];
    if (ranked === undefined) throw new Error(`${where}: page entry ${index} names page ${page}, which the metadata does not list`);
    return { ranked, rest: entry.slice(1) };
  });
  entries.sort((a, b) => a.ranked - b.ranked);
  let previous = 0;
  return entries.map(({ ranked, rest }, index) => {
    if (index > 0 && ranked === previous) throw new Error(`${where}: page ${ranked} is listed twice`);
    const gap = ranked - previous;
    previous = ranked;
    return [gap, ...rest];
  });
}

/**
 * A word entry of an index chunk, renumbered: `[word, pages, variants]`, where pages are
 * `[gap from the previous page, locations, meta locations]` and each variant (the word as written with
 * accents, "bogotá" for "bogota") is `[variant, pages]`.
 */
export function renumberWordEntry(entry: CborValue, rank: readonly number[], file: string): CborValue {
  if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[0] !== 'string' || !Array.isArray(entry[2])) {
    throw new Error(`${file}: unexpected Pagefind index entry (not [word, pages, variants])`);
  }
  const [word, pages, variants] = entry;
  const where = `${file}: word "${word}"`;
  return [
    word,
    renumberGapList(pages, rank, where),
    variants.map((variant, index) => {
      if (!Array.isArray(variant) || variant.length !== 2 || typeof variant[0] !== 'string') throw new Error(`${where}: variant ${index} is not [variant, pages]`);
      return [variant[0], renumberGapList(variant[1], rank, `${where}, variant "${variant[0]}"`)];
    }),
  ];
}

/** A filter chunk, renumbered: `[filter, [[value, [page, …]], …]]` with page numbers in ascending order. */
export function renumberFilterChunk(chunk: CborValue, rank: readonly number[], file: string): CborValue {
  if (!Array.isArray(chunk) || chunk.length !== 2 || typeof chunk[0] !== 'string' || !Array.isArray(chunk[1])) {
    throw new Error(`${file}: unexpected Pagefind filter chunk (not [filter, values])`);
  }
  const [filter, values] = chunk;
  return [
    filter,
    values.map((value, index) => {
      if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || !Array.isArray(value[1])) {
        throw new Error(`${file}: filter "${filter}" value ${index} is not [value, pages]`);
      }
      const pages = value[1].map((page) => {
        const ranked = isCount(page) ? rank[page] : undefined;
        if (ranked === undefined) throw new Error(`${file}: filter "${filter}" value "${value[0]}" names page ${JSON.stringify(page)}, which the metadata does not list`);
        return ranked;
      });
      return [value[0], pages.sort((a, b) => a - b)];
    }),
  ];
}
