/**
 * The state of /search/, kept in the URL so a search can be shared and the back button works:
 * `/search/?q=alliance&theme=multilevel-governance&scale=local&sort=date`. A facet with several values
 * repeats its parameter (`theme=a&theme=b`).
 */
import { facetNames, type FacetName } from './facets.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  /** The search term; '' browses by facets only. */
  q: string;
  /** Selected values per facet: OR within a facet, AND across facets. */
  filters: Record<FacetName, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FacetName, string[]> {
  return Object.fromEntries(facetNames.map((name) => [name, []])) as unknown as Record<FacetName, string[]>;
}

/** Reads the state from a query string; unknown parameters and empty values are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const name of facetNames) {
    filters[name] = [
      ...new Set(
        params
          .getAll(name)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
  }
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** Writes the state as a query string ('' for the empty state), in a stable order. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of facetNames) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state with one facet value switched on or off. */
export function toggleFilter(state: SearchState, facet: FacetName, value: string): SearchState {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [facet]: next } };
}

/** True when at least one facet value is selected. */
export function hasSelectedFilters(state: SearchState): boolean {
  return facetNames.some((name) => state.filters[name].length > 0);
}

/** True when nothing narrows the search: no term and no facet value. */
export function isEmptySearch(state: SearchState): boolean {
  return state.q === '' && !hasSelectedFilters(state);
}
