/**
 * The state of /search/, kept in the URL so a search can be shared and the back button works:
 * `/search/?q=alliance&theme=multilevel-governance&scale=local&sort=date&page=2`. A facet with several
 * values repeats its parameter (`theme=a&theme=b`).
 *
 * Without a term the page is the explorer: every solution (the type facet widens it), newest first
 * (see `explorerState`).
 */
import { facetNames, type FacetName } from './facets.ts';

export type SortOrder = 'relevance' | 'date' | 'title';
const sortOrders: readonly SortOrder[] = ['relevance', 'date', 'title'];

export interface SearchState {
  /** The search term; '' browses by facets only. */
  q: string;
  /** Selected values per facet: OR within a facet, AND across facets. */
  filters: Record<FacetName, string[]>;
  sort: SortOrder;
  /** The page of results shown, from 1. */
  page: number;
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
  const sort = sortOrders.find((order) => order === params.get('sort')) ?? 'relevance';
  const page = Number(params.get('page'));
  return { q: (params.get('q') ?? '').trim(), filters, sort, page: Number.isSafeInteger(page) && page > 1 ? page : 1 };
}

/** Writes the state as a query string ('' for the empty state), in a stable order. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of facetNames) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state with one facet value switched on or off, back on the first page. */
export function toggleFilter(state: SearchState, facet: FacetName, value: string): SearchState {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [facet]: next }, page: 1 };
}

/** The content type the explorer lists when no type is chosen. */
export const EXPLORER_TYPE = 'solution';

/**
 * The search a state asks for. Without a term it is the explorer: solutions unless types are chosen,
 * and newest first unless another order is (relevance needs a term to be relevant to).
 */
export function explorerState(state: SearchState): SearchState {
  if (state.q !== '') return state;
  return {
    ...state,
    filters: state.filters.type.length > 0 ? state.filters : { ...state.filters, type: [EXPLORER_TYPE] },
    sort: state.sort === 'relevance' ? 'date' : state.sort,
  };
}

/** True when at least one facet value is selected. */
export function hasSelectedFilters(state: SearchState): boolean {
  return facetNames.some((name) => state.filters[name].length > 0);
}

/** True when nothing narrows the search: no term and no facet value (the explorer's first view). */
export function isEmptySearch(state: SearchState): boolean {
  return state.q === '' && !hasSelectedFilters(state);
}
