/**
 * The facet table: which filter values each page of the search index has, in one small file the build
 * writes next to Pagefind's (`src/search-index/compact-bundle.ts`) and the search page reads to
 * narrow results by facet and count them. One module for the format, used by both sides.
 *
 * Pagefind's own filter data lists every page number of every value in full, one chunk per filter, all
 * of it needed for any count. The table holds the same facts as a cell per page and facet, a fraction
 * of that once gzipped (docs/search.md). The filters stay in Pagefind's index too, for anyone who uses
 * its API.
 *
 * Within a facet values are alternatives (OR); across facets they all apply (AND). The counts beside a
 * facet's values ignore that facet's own selection, so choosing one theme does not make the other themes
 * look empty.
 */
import { facetNames, type FacetName } from './facets.ts';
import type { SearchState } from './state.ts';

/**
 * The file, before the gzip it is served in: a 4-byte length (little-endian), a JSON header of that
 * length `{ pages, facets: [{ name, values, multi }] }`, then one column per facet, in the header's
 * order, with a cell per page (positions from 0, the newest page):
 * - a facet with at most one value per page (`multi` false): the value's index + 1 (0: none), in one byte,
 *   or two (little-endian) for a facet of more than 255 values;
 * - otherwise, a bit per value (value i is bit i % 8 of byte i / 8 of the cell).
 * Bytes, not text: they gzip to much less than the same facts written as JSON lists of gaps between
 * positions. For countries, a code per page plus a list of further values did worse than the bits: a
 * solution's countries include its partners', so most pages have two.
 */
interface FacetHeader {
  pages: number;
  facets: { name: string; values: string[]; multi: boolean }[];
}

/** The file's name in the bundle's folder, from the bundle's tag (see `index-names.ts`). */
export const facetTableFileName = (tag: string) => `facets.${tag}.pf_facets`;

/** Bytes of one page's cell in a column. */
const cellBytes = ({ values, multi }: FacetHeader['facets'][number]) =>
  multi ? Math.ceil(values.length / 8) : values.length > 255 ? 2 : 1;

/** The file (uncompressed) from each facet's values and their pages' positions, in ascending order. */
export function encodeFacetTable(pages: number, facets: Record<string, Record<string, readonly number[]>>): Uint8Array {
  const header: FacetHeader = { pages, facets: [] };
  const columns: Uint8Array[] = [];
  for (const [name, byValue] of Object.entries(facets)) {
    const valuesByPage = Array.from({ length: pages }, () => [] as number[]);
    const values = Object.keys(byValue);
    values.forEach((value, index) => {
      let previous = -1;
      for (const position of byValue[value]!) {
        if (!Number.isSafeInteger(position) || position <= previous || position >= pages) {
          throw new Error(`Facet "${name}" value "${value}": page position ${position} is not in ascending order within 0–${pages - 1}`);
        }
        previous = position;
        valuesByPage[position]!.push(index);
      }
    });
    const facet = { name, values, multi: valuesByPage.some((held) => held.length > 1) };
    if (!facet.multi && values.length > 0xffff)
      throw new Error(`Facet "${name}" has ${values.length} values; a cell of two bytes holds at most ${0xffff}`);
    const size = cellBytes(facet);
    const column = new Uint8Array(pages * size);
    valuesByPage.forEach((held, position) => {
      if (facet.multi) for (const index of held) column[position * size + (index >> 3)]! |= 1 << (index & 7);
      else if (held.length === 1) {
        const code = held[0]! + 1;
        column[position * size] = code & 0xff;
        if (size === 2) column[position * size + 1] = code >> 8;
      }
    });
    header.facets.push(facet);
    columns.push(column);
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const file = new Uint8Array(4 + json.length + columns.reduce((sum, column) => sum + column.length, 0));
  new DataView(file.buffer).setUint32(0, json.length, true);
  file.set(json, 4);
  let offset = 4 + json.length;
  for (const column of columns) {
    file.set(column, offset);
    offset += column.length;
  }
  return file;
}

/** The table as the search page uses it: for each facet, each page's values. */
export interface FacetTable {
  pages: number;
  valuesByPage: Record<FacetName, string[][]>;
}

/** Reads the file (uncompressed), refusing one that does not have its shape. */
export function decodeFacetTable(file: Uint8Array): FacetTable {
  const fail = (what: string): never => {
    throw new Error(`The facet table ${what}`);
  };
  if (file.length < 4) return fail('is too short');
  const length = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(0, true);
  let header: FacetHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(file.subarray(4, 4 + length))) as FacetHeader;
  } catch {
    return fail('has no readable header');
  }
  const { pages, facets } = header;
  if (!Number.isSafeInteger(pages) || pages < 0 || !Array.isArray(facets)) return fail('header is not { pages, facets }');
  const valuesByPage = Object.fromEntries(
    facetNames.map((facet) => [facet, Array.from({ length: pages }, () => [] as string[])]),
  ) as FacetTable['valuesByPage'];
  let offset = 4 + length;
  for (const facet of facets) {
    const size = cellBytes(facet);
    if (offset + pages * size > file.length) return fail(`ends inside the column of "${facet.name}"`);
    const byPage = (valuesByPage as Record<string, string[][]>)[facet.name];
    for (let position = 0; position < pages; position += 1) {
      const cell = offset + position * size;
      if (facet.multi) {
        facet.values.forEach((value, index) => {
          if (file[cell + (index >> 3)]! & (1 << (index & 7))) byPage?.[position]!.push(value);
        });
      } else {
        const code = file[cell]! | (size === 2 ? file[cell + 1]! << 8 : 0);
        if (code > facet.values.length) fail(`gives page ${position} value ${code} of "${facet.name}", which has ${facet.values.length}`);
        if (code > 0) byPage?.[position]!.push(facet.values[code - 1]!);
      }
    }
    offset += pages * size;
  }
  return { pages, valuesByPage };
}

/** Whether the page at `position` has one of the selected values of every facet but `leaveOut`. */
export function matchesFilters(table: FacetTable, position: number, state: SearchState, leaveOut?: FacetName): boolean {
  return facetNames.every((facet) => {
    const selected = state.filters[facet];
    if (facet === leaveOut || selected.length === 0) return true;
    return (table.valuesByPage[facet][position] ?? []).some((value) => selected.includes(value));
  });
}

export type FacetCounts = Record<FacetName, Record<string, number>>;

/** Counts of nothing: every facet with no value counted. */
export const emptyFacetCounts = (): FacetCounts => Object.fromEntries(facetNames.map((facet) => [facet, {}])) as FacetCounts;

/**
 * Counts per facet value among the pages at `positions` (the pages matching the search term): for each
 * facet, the pages that match the selections of the other facets.
 */
export function countFacetValues(table: FacetTable, positions: readonly number[], state: SearchState): FacetCounts {
  const counts = emptyFacetCounts();
  for (const position of positions) {
    for (const facet of facetNames) {
      if (!matchesFilters(table, position, state, facet)) continue;
      for (const value of table.valuesByPage[facet][position] ?? []) counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return counts;
}
