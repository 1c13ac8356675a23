/** The search page's URL state, and the facet table that narrows and counts results by it. */
import { describe, expect, it } from 'vitest';
import {
  countFacetValues,
  decodeFacetTable,
  emptyFacetCounts,
  encodeFacetTable,
  matchesFilters,
} from '../../src/lib/search/facet-table.ts';
import {
  emptyFilters,
  explorerState,
  isEmptySearch,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
} from '../../src/lib/search/state.ts';
import { filterSuggestions } from '../../src/lib/search/suggestions.ts';
import type { FacetValueLabels } from '../../src/lib/search/facets.ts';

describe('URL state', () => {
  it('reads the term, repeated facet values, the sort order and the page', () => {
    const state = parseSearchState('?q=alliance&theme=multilevel-governance&theme=human-rights&scale=local&sort=date&page=3&utm=x');
    expect(state).toEqual({
      q: 'alliance',
      filters: { ...emptyFilters(), theme: ['multilevel-governance', 'human-rights'], scale: ['local'] },
      sort: 'date',
      page: 3,
    });
    expect(parseSearchState('?sort=title').sort).toBe('title');
  });
  it('ignores empty and duplicate values, unknown sort orders and pages that are not pages', () => {
    expect(parseSearchState('?q=%20&theme=&theme=a&theme=a&sort=random&page=-2')).toEqual({
      q: '',
      filters: { ...emptyFilters(), theme: ['a'] },
      sort: 'relevance',
      page: 1,
    });
    expect(parseSearchState('?page=two').page).toBe(1);
    expect(parseSearchState('?page=1.5').page).toBe(1);
  });
  it('writes a stable, shareable query string and round-trips', () => {
    const text = '?q=alliance&theme=multilevel-governance&scale=local';
    expect(serializeSearchState(parseSearchState(text))).toBe(text);
    expect(serializeSearchState(parseSearchState('?scale=local&q=x&type=solution&sort=date'))).toBe(
      '?q=x&type=solution&scale=local&sort=date',
    );
    expect(serializeSearchState(parseSearchState('?page=2&sort=title&theme=water'))).toBe('?theme=water&sort=title&page=2');
    expect(serializeSearchState(parseSearchState(''))).toBe('');
  });
  it('toggles facet values on and off, back on the first page', () => {
    const on = toggleFilter(parseSearchState('?page=4'), 'theme', 'water');
    expect(on.filters.theme).toEqual(['water']);
    expect(on.page).toBe(1);
    expect(toggleFilter(on, 'theme', 'water').filters.theme).toEqual([]);
  });
  it('explores every solution, newest first, when there is no term; a chosen type or order wins', () => {
    expect(explorerState(parseSearchState(''))).toMatchObject({ filters: { ...emptyFilters(), type: ['solution'] }, sort: 'date' });
    expect(explorerState(parseSearchState('?type=news&sort=title'))).toMatchObject({ filters: { type: ['news'] }, sort: 'title' });
    const search = parseSearchState('?q=water');
    expect(explorerState(search)).toBe(search);
  });
  it('offers the facet values a query names as filters, whatever their case and accents', () => {
    const labels: FacetValueLabels = {
      type: { solution: 'Solution' },
      theme: { 'food-security': 'Food security', water: 'Water' },
      scale: { local: 'Local', national: 'National' },
      region: { 'latin-america-caribbean': 'Latin America and the Caribbean' },
      phase: {},
      country: { MX: 'México' },
    };
    expect(filterSuggestions(parseSearchState('?q=LOCAL food security in mexico'), labels)).toEqual([
      { facet: 'scale', value: 'local', words: ['LOCAL'] },
      { facet: 'theme', value: 'food-security', words: ['food', 'security'] },
      { facet: 'country', value: 'MX', words: ['mexico'] },
    ]);
    // Already chosen, or only part of a label: nothing to offer.
    expect(filterSuggestions(parseSearchState('?q=local&scale=local'), labels)).toEqual([]);
    expect(filterSuggestions(parseSearchState('?q=latin america'), labels)).toEqual([]);
    expect(filterSuggestions(parseSearchState(''), labels)).toEqual([]);
  });
  it('knows when nothing narrows the search', () => {
    expect(isEmptySearch(parseSearchState(''))).toBe(true);
    expect(isEmptySearch(parseSearchState('?scale=local'))).toBe(false);
    expect(isEmptySearch(parseSearchState('?q=x'))).toBe(false);
  });
});

describe('facet table', () => {
  /**
   * Five pages, newest first: 0 and 1 about theme a, 1 and 2 about b (1 about both), 3 about c, 4 with
   * no theme; pages 0 to 2 local, 3 and 4 national.
   */
  const file = encodeFacetTable(5, {
    theme: { a: [0, 1], b: [1, 2], c: [3] },
    scale: { local: [0, 1, 2], national: [3, 4] },
    type: { solution: [0, 1, 2, 3, 4] },
  });
  const table = decodeFacetTable(file);
  const all = [0, 1, 2, 3, 4];

  it("writes a cell per page and facet, and reads each page's values back", () => {
    expect(table.pages).toBe(5);
    expect(table.valuesByPage.theme).toEqual([['a'], ['a', 'b'], ['b'], ['c'], []]);
    expect(table.valuesByPage.scale).toEqual([['local'], ['local'], ['local'], ['national'], ['national']]);
    expect(table.valuesByPage.region).toEqual([[], [], [], [], []]);
    // Theme is multi-valued (a bit per value), scale single (the value's index + 1).
    const columns = file.subarray(file.length - 15);
    expect([...columns]).toEqual([0b001, 0b011, 0b010, 0b100, 0, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1]);
  });

  it('writes a facet of more than 255 values in two bytes a page', () => {
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`v${index}`, index < 2 ? [index] : []]));
    const wide = encodeFacetTable(3, { country: { ...many, v299: [2] } });
    expect(decodeFacetTable(wide).valuesByPage.country).toEqual([['v0'], ['v1'], ['v299']]);
    expect([...wide.subarray(wide.length - 6)]).toEqual([1, 0, 2, 0, 300 & 0xff, 300 >> 8]);
  });

  it('ORs values within a facet and ANDs across facets', () => {
    const state = parseSearchState('?theme=a&theme=c&scale=local');
    expect(all.filter((position) => matchesFilters(table, position, state))).toEqual([0, 1]);
    expect(all.filter((position) => matchesFilters(table, position, parseSearchState('?theme=a&theme=c')))).toEqual([0, 1, 3]);
    expect(all.filter((position) => matchesFilters(table, position, parseSearchState('')))).toEqual(all);
  });

  it('counts each facet’s values among the pages that match the other facets, not its own selection', () => {
    const counts = countFacetValues(table, all, parseSearchState('?theme=a&scale=local'));
    // Theme counts ignore the theme selection: the local pages 0 to 2.
    expect(counts.theme).toEqual({ a: 2, b: 2 });
    // Scale counts ignore the scale selection: the pages about a, 0 and 1.
    expect(counts.scale).toEqual({ local: 2 });
    // Other facets count the pages matching every selection.
    expect(counts.type).toEqual({ solution: 2 });
    expect(counts.region).toEqual({});
  });

  it('counts only the pages a term found', () => {
    expect(countFacetValues(table, [2, 3], parseSearchState('?q=x')).theme).toEqual({ b: 1, c: 1 });
    expect(emptyFacetCounts().theme).toEqual({});
  });

  it('refuses positions out of order or out of range, and a file of another shape', () => {
    expect(() => encodeFacetTable(3, { theme: { a: [2, 1] } })).toThrow(
      /Facet "theme" value "a": page position 1 is not in ascending order within 0–2/,
    );
    expect(() => encodeFacetTable(3, { theme: { a: [3] } })).toThrow(/page position 3/);
    const tooMany = Object.fromEntries(Array.from({ length: 0x10000 }, (_, index) => [`v${index}`, [] as number[]]));
    expect(() => encodeFacetTable(1, { country: tooMany })).toThrow(
      /Facet "country" has 65536 values; a cell of two bytes holds at most 65535/,
    );
    expect(() => decodeFacetTable(file.subarray(0, file.length - 1))).toThrow(/ends inside the column of "type"/);
    expect(() => decodeFacetTable(new Uint8Array([1, 0, 0, 0, 0x7b]))).toThrow(/no readable header/);
    const broken = encodeFacetTable(1, { scale: { local: [0] } });
    broken[broken.length - 1] = 7;
    expect(() => decodeFacetTable(broken)).toThrow(/gives page 0 value 7 of "scale", which has 1/);
  });
});
