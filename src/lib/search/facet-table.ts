/**
 * The facet table: which filter values each page of the search index has, in one small file the build
 * writes next to Pagefind's (`src/integrations/pagefind/compact-bundle.ts`) and the search page reads to
 * narrow results by facet and count them. One module for the format, used by both sides.
 *
 * Pagefind's own filter data lists every page number of every value in full, one chunk per filter: at
 * 5,000 solutions 80 kB, all of it needed for any count. The table holds the same facts as gaps between
 * page positions, which compress to a fraction of that (see README "Search"). The filters stay in
 * Pagefind's index too, for anyone who uses its API.
 *
 * Within a facet values are alternatives (OR); across facets they all apply (AND). The counts beside a
 * facet's values ignore that facet's own selection, so choosing one theme does not make the other themes
 * look empty.
 */
import { facetNames, type FacetName } from './facets.ts';
import type { SearchState } from './state.ts';

/** The file: the number of pages, then for each facet and value the page positions as gaps. */
export interface FacetTableFile {
  /** How many pages the index holds; positions run from 0 (the newest page) to pages - 1. */
  pages: number;
  /** Facet → value → positions of its pages in ascending order, each given as the gap from the one before (the first from 0). */
  facets: Record<string, Record<string, number[]>>;
}

/** The file's name in the bundle's folder, from the bundle's tag (see `index-names.ts`). */
export const facetTableFileName = (tag: string) => `facets.${tag}.json`;

/** Facet → value → page positions (ascending) as the file. */
export function encodeFacetTable(pages: number, facets: Record<string, Record<string, readonly number[]>>): FacetTableFile {
  const encoded: FacetTableFile['facets'] = {};
  for (const [facet, values] of Object.entries(facets)) {
    encoded[facet] = {};
    for (const [value, positions] of Object.entries(values)) {
      let previous = 0;
      encoded[facet][value] = positions.map((position, index) => {
        if (!Number.isSafeInteger(position) || position < 0 || position >= pages || (index > 0 && position <= previous)) {
          throw new Error(`Facet "${facet}" value "${value}": page position ${position} is not in ascending order within 0–${pages - 1}`);
        }
        const gap = position - previous;
        previous = position;
        return gap;
      });
    }
  }
  return { pages, facets: encoded };
}

/** The table as the search page uses it: for each facet, each page's values. */
export interface FacetTable {
  pages: number;
  valuesByPage: Record<FacetName, string[][]>;
}

/** Reads the file, refusing one that does not have its shape. */
export function decodeFacetTable(file: unknown): FacetTable {
  const data = file as Partial<FacetTableFile> | null;
  if (!data || !Number.isSafeInteger(data.pages) || typeof data.facets !== 'object' || data.facets === null) throw new Error('The facet table is not { pages, facets }');
  const pages = data.pages!;
  const valuesByPage = Object.fromEntries(facetNames.map((facet) => [facet, Array.from({ length: pages }, () => [] as string[])])) as FacetTable['valuesByPage'];
  for (const facet of facetNames) {
    for (const [value, gaps] of Object.entries(data.facets[facet] ?? {})) {
      let position = 0;
      for (const gap of gaps) {
        position += gap;
        const values = valuesByPage[facet][position];
        if (!values) throw new Error(`The facet table lists page ${position} for ${facet} "${value}", past its ${pages} pages`);
        values.push(value);
      }
    }
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
