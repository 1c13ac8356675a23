/**
 * Turning the search state into Pagefind filter objects. Within a facet values are alternatives (OR);
 * across facets they all apply (AND). Counts shown beside a facet's values ignore that facet's own
 * selection, so that choosing one theme does not make the other themes look empty.
 */
import { facetNames, type FacetName } from './facets.ts';
import type { SearchState } from './state.ts';

/** Pagefind's filter object: `{ theme: { any: ['a', 'b'] }, scale: { any: ['local'] } }`. */
export type PagefindFilters = Partial<Record<FacetName, { any: string[] }>>;

/** Filters for the results: every selected facet, optionally leaving one out. */
export function pagefindFilters(state: SearchState, leaveOut?: FacetName): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of facetNames) {
    if (name !== leaveOut && state.filters[name].length > 0) filters[name] = { any: [...state.filters[name]] };
  }
  return filters;
}

/** The extra searches needed for facet counts: one per facet that has a selection. */
export function facetCountQueries(state: SearchState): { facet: FacetName; filters: PagefindFilters }[] {
  return facetNames.filter((name) => state.filters[name].length > 0).map((facet) => ({ facet, filters: pagefindFilters(state, facet) }));
}

export type FacetCounts = Partial<Record<string, Record<string, number>>>;

/**
 * Combines the counts of the main search (right for facets without a selection) with the counts of
 * each facet's own query (right for that facet).
 */
export function mergeFacetCounts(main: FacetCounts, perFacet: { facet: FacetName; counts: FacetCounts }[]): Record<FacetName, Record<string, number>> {
  const merged = Object.fromEntries(facetNames.map((name) => [name, { ...(main[name] ?? {}) }])) as Record<FacetName, Record<string, number>>;
  for (const { facet, counts } of perFacet) merged[facet] = { ...(counts[facet] ?? {}) };
  return merged;
}
