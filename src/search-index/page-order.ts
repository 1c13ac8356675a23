/**
 * Numbers the pages of a Pagefind bundle newest first, so sorting by date needs no data of its own.
 *
 * Pagefind's metadata, which every first search downloads whole, carries each sort as the list of every
 * page's number in that order, which no compression shrinks (it is a shuffle of the numbers). Once the pages are numbered by date, a page's
 * number is its rank: the search page orders results by it (`src/lib/search/index-names.ts`) and the
 * sort leaves the metadata.
 *
 * Pagefind writes page numbers in two more places, both renumbered here: the word entries of the index
 * chunks (with their accented variants) and the filter chunks. The shapes are Pagefind 1.6's, checked
 * as they are read.
 */
import { PagefindFormatError, type FilterChunk, type PageEntry, type SortMeta, type WordEntry } from '../lib/search/pagefind-format.ts';

/** The sorts the site gives Pagefind (`src/components/SearchData.astro`, on every page). */
const DATE_SORT = 'date';
/** Ordered by title, for the explorer; kept out of the metadata, in a file of its own (`title-order.ts`). */
export const TITLE_SORT = 'title';

/** Each page's place in a sort that lists every page once in ascending order (`descending` reverses it). */
function placeIn(sort: SortMeta, pageCount: number, descending: boolean, fail: (what: string) => never): number[] {
  const [name, ascending] = sort;
  const place = new Array<number>(pageCount).fill(-1);
  ascending.forEach((page, index) => {
    if (page >= pageCount || place[page] !== -1) fail(`the ${name} sort lists page ${page} more than once or out of range`);
    // Pagefind sorts "desc" by walking this list backwards; ties keep that order.
    place[page] = descending ? ascending.length - 1 - index : index;
  });
  if (ascending.length !== pageCount) fail(`the ${name} sort lists ${ascending.length} of ${pageCount} pages`);
  return place;
}

/**
 * Each page's new number (its rank by date, newest first) by its number in Pagefind's bundle, and its
 * place in title order, from the metadata's sorts: `date`, and `title` beside it, each listing every page
 * once in ascending order. (The title sort is optional, so a bundle written before it still compacts.)
 */
export function pageOrders(sorts: readonly SortMeta[], pageCount: number, file: string): { rank: number[]; titlePlace?: number[] } {
  const fail = (what: string): never => {
    throw new PagefindFormatError(
      `${file}: ${what}; the build numbers pages by the "${DATE_SORT}" sort that src/components/SearchData.astro gives every page`,
    );
  };
  // An index without pages has nothing to sort, and Pagefind writes no sort for it.
  if (pageCount === 0 && sorts.length === 0) return { rank: [] };
  const names = sorts.map(([name]) => name);
  const date = sorts.find(([name]) => name === DATE_SORT);
  const title = sorts.find(([name]) => name === TITLE_SORT);
  if (!date || names.some((name) => name !== DATE_SORT && name !== TITLE_SORT) || new Set(names).size !== names.length)
    return fail(`the sorts are ${JSON.stringify(names)}, not "${DATE_SORT}" (and "${TITLE_SORT}")`);
  return {
    rank: placeIn(date, pageCount, true, fail),
    ...(title ? { titlePlace: placeIn(title, pageCount, false, fail) } : {}),
  };
}

/** Each page's new number, its rank by date (see `pageOrders`). */
export function rankByDate(sorts: readonly SortMeta[], pageCount: number, file: string): number[] {
  return pageOrders(sorts, pageCount, file).rank;
}

/** A word's pages, whose numbers are gaps from the one before (the first from 0), renumbered by `rank`. */
function renumberPages(pages: readonly PageEntry[], rank: readonly number[], where: string): PageEntry[] {
  // A large index has millions of page entries: each is sorted as one number, its new position times
  // the list's length plus its place in the list (exact while the site has fewer than 90 million
  // pages, the product staying under 2^53), so the sort is a plain numeric one and makes no object
  // per entry.
  const places = pages.length;
  const keys = new Float64Array(places);
  let page = 0;
  for (let index = 0; index < pages.length; index++) {
    page += pages[index]![0];
    const position = rank[page];
    if (position === undefined)
      throw new PagefindFormatError(`${where}: page entry ${index} names page ${page}, which the metadata does not list`);
    keys[index] = position * places + index;
  }
  keys.sort();
  const renumbered = new Array<PageEntry>(pages.length);
  let previous = 0;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    // The division may round up to the next whole number when the place is the list's last.
    const quotient = Math.floor(key / places);
    const position = quotient * places > key ? quotient - 1 : quotient;
    if (index > 0 && position === previous) throw new PagefindFormatError(`${where}: page ${position} is listed twice`);
    const [, locations, metaLocations] = pages[key - position * places]!;
    renumbered[index] = [position - previous, locations, metaLocations];
    previous = position;
  }
  return renumbered;
}

/** A word entry of an index chunk (checked by `checkIndexChunk`), its pages and its variants' renumbered. */
export function renumberWordEntry([word, pages, variants]: WordEntry, rank: readonly number[], file: string): WordEntry {
  const where = `${file}: word "${word}"`;
  return [
    word,
    renumberPages(pages, rank, where),
    variants.map(([variant, variantPages]) => [variant, renumberPages(variantPages, rank, `${where}, variant "${variant}"`)]),
  ];
}

/** A filter chunk (checked by `checkFilterChunk`) with its page numbers renumbered, in ascending order. */
export function renumberFilterChunk([filter, values]: FilterChunk, rank: readonly number[], file: string): FilterChunk {
  return [
    filter,
    values.map(([value, pages]) => [
      value,
      pages
        .map((page) => {
          const position = rank[page];
          if (position === undefined)
            throw new PagefindFormatError(
              `${file}: filter "${filter}" value "${value}" names page ${page}, which the metadata does not list`,
            );
          return position;
        })
        .sort((a, b) => a - b),
    ]),
  ];
}
