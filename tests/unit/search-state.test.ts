/** The search page's URL state and the Pagefind filters built from it. */
import { describe, expect, it } from 'vitest';
import { facetCountQueries, mergeFacetCounts, pagefindFilters } from '../../src/lib/search/filters.ts';
import { emptyFilters, isEmptySearch, parseSearchState, serializeSearchState, toggleFilter } from '../../src/lib/search/state.ts';

describe('URL state', () => {
  it('reads the term, repeated facet values and the sort order', () => {
    const state = parseSearchState('?q=alliance&theme=multilevel-governance&theme=human-rights&scale=local&sort=date&utm=x');
    expect(state).toEqual({
      q: 'alliance',
      filters: { ...emptyFilters(), theme: ['multilevel-governance', 'human-rights'], scale: ['local'] },
      sort: 'date',
    });
  });
  it('ignores empty and duplicate values and unknown sort orders', () => {
    expect(parseSearchState('?q=%20&theme=&theme=a&theme=a&sort=random')).toEqual({ q: '', filters: { ...emptyFilters(), theme: ['a'] }, sort: 'relevance' });
  });
  it('writes a stable, shareable query string and round-trips', () => {
    const text = '?q=alliance&theme=multilevel-governance&scale=local';
    expect(serializeSearchState(parseSearchState(text))).toBe(text);
    expect(serializeSearchState(parseSearchState('?scale=local&q=x&type=solution&sort=date'))).toBe('?q=x&type=solution&scale=local&sort=date');
    expect(serializeSearchState(parseSearchState(''))).toBe('');
  });
  it('toggles facet values on and off', () => {
    const on = toggleFilter(parseSearchState(''), 'theme', 'water');
    expect(on.filters.theme).toEqual(['water']);
    expect(toggleFilter(on, 'theme', 'water').filters.theme).toEqual([]);
  });
  it('knows when nothing narrows the search', () => {
    expect(isEmptySearch(parseSearchState(''))).toBe(true);
    expect(isEmptySearch(parseSearchState('?scale=local'))).toBe(false);
    expect(isEmptySearch(parseSearchState('?q=x'))).toBe(false);
  });
});

describe('Pagefind filters', () => {
  const state = parseSearchState('?q=x&theme=a&theme=b&scale=local');
  it('ORs values within a facet and ANDs across facets', () => {
    expect(pagefindFilters(state)).toEqual({ theme: { any: ['a', 'b'] }, scale: { any: ['local'] } });
  });
  it('asks each selected facet for counts without its own selection', () => {
    expect(facetCountQueries(state)).toEqual([
      { facet: 'theme', filters: { scale: { any: ['local'] } } },
      { facet: 'scale', filters: { theme: { any: ['a', 'b'] } } },
    ]);
  });
  it('takes each facet’s counts from its own query', () => {
    const merged = mergeFacetCounts({ theme: { a: 1 }, scale: { local: 1 }, type: { solution: 2 } }, [{ facet: 'theme', counts: { theme: { a: 3, b: 2 } } }]);
    expect(merged.theme).toEqual({ a: 3, b: 2 });
    expect(merged.scale).toEqual({ local: 1 });
    expect(merged.type).toEqual({ solution: 2 });
    expect(merged.region).toEqual({});
  });
});
