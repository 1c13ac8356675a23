/**
 * What this site knows of the files Pagefind writes: their signature, the shapes of its metadata, index
 * chunks and filter chunks, and the versions whose format was read from Pagefind's source
 * (`pagefind/src/fossick`, `index/index_metadata.rs`, `index/index_words.rs`, `index/index_filters.rs`).
 * The one place for these facts: the build's optimizer (`src/search-index/`) checks every file
 * against them before it changes anything, and the search page's packed files
 * (`packed-index.ts`) are checked against them as they are written.
 *
 * Anything else is a `PagefindFormatError`: the optimizer then leaves Pagefind's bundle as Pagefind wrote
 * it, and the search page uses it as it is (see `src/search-index/optimize.ts`).
 */
import type { CborValue } from './cbor.ts';

/** Pagefind prefixes each of its files, once unzipped, with these bytes. */
export const PAGEFIND_SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/**
 * The Pagefind versions whose bundle format this module describes: the 1.6 series. A newer series may
 * change the format; the build then keeps Pagefind's own bundle until someone checks it and adds it here.
 */
export function isKnownPagefindVersion(version: string): boolean {
  return /^1\.6\.\d+$/.test(version);
}

/** A Pagefind file that does not have the shape this site knows. */
export class PagefindFormatError extends Error {
  override name = 'PagefindFormatError';
}

/** A page of a word's entry: `[gap from the previous page number, word positions, meta positions]`. */
export type PageEntry = [number, number[], number[]];
/** A word of an index chunk: `[word, pages, variants]`, a variant being the word as written with accents. */
export type WordEntry = [string, PageEntry[], [string, PageEntry[]][]];
/** A page of the metadata: `[name, word count, fragment group]`. */
export type PageMeta = [string, number, string];
/** An index chunk of the metadata: `[first word, last word, name]`. */
export type ChunkMeta = [string, string, string];
/** A filter chunk of the metadata: `[filter, name]`. */
export type FilterMeta = [string, string];
/** A sort of the metadata: `[sort, page numbers in ascending order]`. */
export type SortMeta = [string, number[]];
/** The metadata: `[version, pages, index chunks, filter chunks, sorts, meta fields]`. */
export type Metadata = [string, PageMeta[], ChunkMeta[], FilterMeta[], SortMeta[], string[]];
/** A filter chunk: `[filter, [[value, page numbers in ascending order], …]]`. */
export type FilterChunk = [string, [string, number[]][]];

export const isText = (value: unknown): value is string => typeof value === 'string';
export const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isIntList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isInteger(item));

function failer(where: string) {
  return (what: string): never => {
    throw new PagefindFormatError(`${where}: ${what}`);
  };
}

function checkPages(pages: CborValue | undefined, where: string): PageEntry[] {
  const fail = failer(where);
  if (!Array.isArray(pages)) return fail('the pages are not a list');
  pages.forEach((page, index) => {
    if (!Array.isArray(page) || page.length !== 3 || !isCount(page[0]) || !isIntList(page[1]) || !isIntList(page[2])) {
      fail(`page entry ${index} is not [gap, locations, meta locations]`);
    }
  });
  return pages as PageEntry[];
}

/** The word entries of an index chunk (`[[entry, …]]`), checked; `where` names the file in errors. */
export function checkIndexChunk(chunk: CborValue, where: string): WordEntry[] {
  const fail = failer(where);
  if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0])) return fail('not a Pagefind index chunk ([[word entries]])');
  return chunk[0].map((entry, index) => {
    if (!Array.isArray(entry) || entry.length !== 3 || !isText(entry[0]) || !Array.isArray(entry[2]))
      return fail(`entry ${index} is not [word, pages, variants]`);
    const word = `${where}: word "${entry[0]}"`;
    const variants = entry[2].map((variant, position): [string, PageEntry[]] => {
      if (!Array.isArray(variant) || variant.length !== 2 || !isText(variant[0]))
        return failer(word)(`variant ${position} is not [variant, pages]`);
      return [variant[0], checkPages(variant[1], `${word}, variant "${variant[0]}"`)];
    });
    return [entry[0], checkPages(entry[1], word), variants];
  });
}

/** A bundle's metadata, checked field by field; `where` names the file in errors. */
export function checkMetadata(meta: CborValue, where: string): Metadata {
  const fail = failer(where);
  if (!Array.isArray(meta) || meta.length !== 6 || !isText(meta[0]))
    return fail('not Pagefind metadata ([version, pages, chunks, filters, sorts, fields])');
  if (!isKnownPagefindVersion(meta[0])) return fail(`written by Pagefind ${meta[0]}, whose format this site does not know`);
  const list = (index: number, what: string, check: (item: CborValue) => boolean) => {
    const items = meta[index];
    if (!Array.isArray(items)) return fail(`the ${what}s are not a list`);
    items.forEach((item, position) => check(item) || fail(`${what} ${position} is not of Pagefind's shape`));
  };
  list(1, 'page', (page) => Array.isArray(page) && page.length === 3 && isText(page[0]) && isCount(page[1]) && isText(page[2]));
  list(2, 'index chunk', (chunk) => Array.isArray(chunk) && chunk.length === 3 && chunk.every(isText));
  list(3, 'filter chunk', (filter) => Array.isArray(filter) && filter.length === 2 && filter.every(isText));
  list(
    4,
    'sort',
    (sort) => Array.isArray(sort) && sort.length === 2 && isText(sort[0]) && Array.isArray(sort[1]) && sort[1].every(isCount),
  );
  list(5, 'meta field', isText);
  return meta as Metadata;
}

/** A filter chunk, checked; `where` names the file in errors. */
export function checkFilterChunk(chunk: CborValue, where: string): FilterChunk {
  const fail = failer(where);
  if (!Array.isArray(chunk) || chunk.length !== 2 || !isText(chunk[0]) || !Array.isArray(chunk[1]))
    return fail('not a Pagefind filter chunk ([filter, values])');
  const filter = chunk[0];
  chunk[1].forEach((value, index) => {
    if (!Array.isArray(value) || value.length !== 2 || !isText(value[0]) || !Array.isArray(value[1]) || !value[1].every(isCount)) {
      fail(`filter "${filter}" value ${index} is not [value, pages]`);
    }
  });
  return chunk as FilterChunk;
}
