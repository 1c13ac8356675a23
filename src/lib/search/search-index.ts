/**
 * The search page's view of the index, the same whichever bundle the build left (see
 * `src/search-index/optimize.ts`):
 *
 * - the optimized bundle: Pagefind searches the term; the facet table (`facet-table.ts`) narrows and
 *   counts, page names give the date order (`index-names.ts`) and a file of its own the title order
 *   (`title-order.ts`), so Pagefind's filter data and sort data are never downloaded;
 * - Pagefind's own bundle: Pagefind's own filters and sorts do the same, with larger downloads.
 *
 * Within a facet values are alternatives (OR), facets combine (AND), and the counts beside a facet ignore
 * its own selection, in both.
 */
import {
  countFacetValues,
  decodeFacetTable,
  emptyFacetCounts,
  facetTableFileName,
  matchesFilters,
  type FacetCounts,
  type FacetTable,
} from './facet-table.ts';
import { facetNames, type FacetName } from './facets.ts';
import { indexTag, pageRankByDate } from './index-names.ts';
import { decodeTitleOrder, titleOrderFileName } from './title-order.ts';
import { decodeLowerRanked, LOWER_WEIGHT, lowerRankedFileName, lowerRankedTypes, rankByType } from './type-rank.ts';
import { hasSelectedFilters, type SearchState } from './state.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Per filter value, the results that also have it. */
  filters: Record<string, Record<string, number>>;
}

/** The slice of Pagefind's browser API the search page uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Starts loading the index chunks for a term while the reader is still typing. */
  preload(term: string): Promise<void>;
  /** A null term lists every page (that the filters allow). */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Every filter value with its number of pages; loads Pagefind's filter data. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchIndex {
  /** Starts loading what a search for `term` needs while the reader types. */
  preload(term: string): void;
  /** The pages matching `term` (every page when null), before any facet, by relevance. */
  match(term: string | null): Promise<PagefindResult[]>;
  /** The results of a state: its term's `matches` narrowed by its facets and put in its order. */
  results(term: string | null, matches: readonly PagefindResult[], state: SearchState): Promise<PagefindResult[]>;
  /** Counts per facet value among `matches`, each facet's ignoring its own selection. */
  counts(term: string | null, matches: readonly PagefindResult[], state: SearchState): Promise<FacetCounts>;
}

/**
 * Loads a file of the build's own once per bundle tag (`<base>pagefind/<name of tag>`): served as
 * written, gzipped like Pagefind's own files, and read by `decode`.
 */
function bundleFileLoader<T>(
  base: string,
  fileName: (tag: string) => string,
  decode: (file: Uint8Array) => T,
): (tag: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (tag) => {
    let file = loaded.get(tag);
    if (!file) {
      file = (async () => {
        const response = await fetch(`${base}pagefind/${fileName(tag)}`);
        if (!response.ok || !response.body) throw new Error(`${fileName(tag)} answered ${response.status}`);
        const unzipped = response.body.pipeThrough(new DecompressionStream('gzip'));
        return decode(new Uint8Array(await new Response(unzipped).arrayBuffer()));
      })();
      // A failed load may be retried by the next search.
      file.catch(() => loaded.delete(tag));
      loaded.set(tag, file);
    }
    return file;
  };
}

/** The optimized bundle: facets and date order from the build's facet table and page names. */
export function optimizedIndex(pagefind: PagefindApi, base: string): SearchIndex {
  const facetTable = bundleFileLoader<FacetTable>(base, facetTableFileName, decodeFacetTable);
  const titleOrder = bundleFileLoader(base, titleOrderFileName, decodeTitleOrder);
  const lowerRanked = bundleFileLoader(base, lowerRankedFileName, decodeLowerRanked);
  // Every result of a search comes from one bundle, whose tag its name carries.
  const tableOf = (results: readonly PagefindResult[]) => facetTable(indexTag(results[0]!.id));
  return {
    preload: (term) => void pagefind.preload(term),
    match: async (term) => (await pagefind.search(term)).results,
    async results(term, matches, state) {
      let results = [...matches];
      if (results.length === 0) return results;
      if (hasSelectedFilters(state)) {
        const table = await tableOf(results);
        results = results.filter((result) => matchesFilters(table, pageRankByDate(result.id), state));
      }
      if (results.length === 0) return results;
      if (state.sort === 'relevance') {
        if (term === null) return results;
        const isLower = await lowerRanked(indexTag(results[0]!.id));
        return rankByType(results, (result) => (isLower(pageRankByDate(result.id)) ? LOWER_WEIGHT : 1));
      }
      // The index numbers pages newest first, so a result's name gives its rank by date (index-names.ts).
      if (state.sort === 'date') return results.sort((a, b) => pageRankByDate(a.id) - pageRankByDate(b.id));
      if (state.sort === 'title') {
        const places = await titleOrder(indexTag(results[0]!.id));
        return results.sort((a, b) => places[pageRankByDate(a.id)]! - places[pageRankByDate(b.id)]!);
      }
      return results;
    },
    async counts(_term, matches, state) {
      if (matches.length === 0) return emptyFacetCounts();
      return countFacetValues(
        await tableOf(matches),
        matches.map((match) => pageRankByDate(match.id)),
        state,
      );
    },
  };
}

/** Pagefind's filters for a state's selections, all facets but `leaveOut`: any value within a facet. */
function pagefindFilters(state: SearchState, leaveOut?: FacetName): Record<string, { any: string[] }> {
  return Object.fromEntries(
    facetNames
      .filter((facet) => facet !== leaveOut && state.filters[facet].length > 0)
      .map((facet) => [facet, { any: state.filters[facet] }]),
  );
}

/** Pagefind's own bundle: its filters narrow and count, its `date` and `title` sorts order. */
export function stockIndex(pagefind: PagefindApi): SearchIndex {
  let filtersLoaded: Promise<unknown> | undefined;
  return {
    preload: (term) => void pagefind.preload(term),
    match: async (term) => (await pagefind.search(term)).results,
    async results(term, matches, state) {
      if (state.sort === 'relevance') {
        const results = hasSelectedFilters(state)
          ? (await pagefind.search(term, { filters: pagefindFilters(state) })).results
          : [...matches];
        if (term === null || results.length === 0) return results;
        // The results of the lower-ranked types, found by Pagefind's own type filter.
        const lower = await pagefind.search(term, { filters: { ...pagefindFilters(state), type: { any: [...lowerRankedTypes] } } });
        const lowerIds = new Set(lower.results.map((result) => result.id));
        return rankByType(results, (result) => (lowerIds.has(result.id) ? LOWER_WEIGHT : 1));
      }
      // Every page carries a date and a title to sort by; undated ones sort as the oldest (SearchData.astro).
      const sort = state.sort === 'date' ? { sort: { date: 'desc' as const } } : { sort: { title: 'asc' as const } };
      return (await pagefind.search(term, { filters: pagefindFilters(state), ...sort })).results;
    },
    async counts(term, matches, state) {
      if (matches.length === 0) return emptyFacetCounts();
      // Pagefind counts filter values only once its filter data is loaded, which a plain search does not do.
      await (filtersLoaded ??= pagefind.filters());
      const counts = emptyFacetCounts();
      // A facet without a selection is counted among the results of every selection; one with a
      // selection, among the results of the others', so its other values do not look empty.
      const everySelection = await pagefind.search(term, { filters: pagefindFilters(state) });
      for (const facet of facetNames) {
        const search =
          state.filters[facet].length === 0 ? everySelection : await pagefind.search(term, { filters: pagefindFilters(state, facet) });
        counts[facet] = Object.fromEntries(Object.entries(search.filters[facet] ?? {}).filter(([, count]) => count > 0));
      }
      return counts;
    },
  };
}
