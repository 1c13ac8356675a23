/**
 * The Pagefind bundle as the build leaves it, after compacting its metadata (src/search-index/):
 * pages numbered newest first with no sort data left, every page keeps its fragment under a short name,
 * every index and filter chunk its file, the chunks' bounds cover every word with no gap, each
 * indexed word lies inside its chunk's bounds, the packed file of each index chunk and of the metadata
 * unpacks to it, and the manifest tells the search page so, in each language's index. These hold for
 * any valid content, so they are checked on the real site (with the tests' extra entries).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { matchesGlob } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { INDEXED_PAGES, ROOT_SELECTOR } from '../../src/search-index/index.ts';
import { listPages, page } from '../support/dist.ts';
import { compareWords } from '../../src/search-index/chunk-bounds.ts';
import { readPagefindFile } from '../../src/search-index/bundle-files.ts';
import { pageRankByDate } from '../../src/lib/search/index-names.ts';
import { PACKED_EXTENSION, PACKED_FORMAT, unpackPagefindFile } from '../../src/lib/search/packed-index.ts';
import { decodeFacetTable, facetTableFileName } from '../../src/lib/search/facet-table.ts';
import type { FacetName } from '../../src/lib/search/facets.ts';
import { readSearchManifest, SEARCH_MANIFEST_FILE } from '../../src/lib/search/search-manifest.ts';
import { decodeTitleOrder, titleOrderFileName, titleSortKey } from '../../src/lib/search/title-order.ts';
import { decodeLowerRanked, lowerRankedFileName, lowerRankedTypes } from '../../src/lib/search/type-rank.ts';
import { locales } from '../../src/i18n/index.ts';

const bundle = join(inject('siteDist'), 'pagefind');
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; page_count: number }>;
};
/** Each language's index: its metadata file and what that lists. */
const indexes = Object.entries(entry.languages).map(([language, details]) => {
  const metaFile = join(bundle, `pagefind.${details.hash}.pf_meta`);
  const [, pages, chunks, filters, sorts] = readPagefindFile(metaFile) as [
    string,
    [string, number, string][],
    [string, string, string][],
    [string, string][],
    unknown[],
  ];
  return { language, details, metaFile, pages, chunks, filters, sorts, tag: pages[0]![0].slice(0, 5) };
});
/** A page's fragment: Pagefind's JSON, gzipped after its signature. */
const fragment = (name: string) =>
  JSON.parse(
    gunzipSync(readFileSync(join(bundle, 'fragment', `${name}.pf_fragment`)))
      .subarray('pagefind_dcd'.length)
      .toString('utf8'),
  ) as { url: string; meta: Record<string, string> };

describe('pages given to Pagefind', () => {
  it.each([
    ['the site', inject('siteDist')],
    ['the search fixture site', inject('searchDist')],
    ['the bilingual fixture site', inject('bilingualDist')],
  ])('are exactly the pages of %s with a body to index', (_name, dist) => {
    const withBody = listPages(dist).filter((path) => page(dist, path).querySelector('[data-pagefind-body]') !== null);
    expect(withBody.length).toBeGreaterThan(0);
    const given = listPages(dist).filter((path) => matchesGlob(`${path.slice(1)}index.html`, INDEXED_PAGES));
    expect(given).toEqual(withBody);
    // Pagefind reads a page from its root element only: a body outside it would not be indexed.
    const outsideRoot = withBody.filter((path) => page(dist, path).querySelector(`${ROOT_SELECTOR} [data-pagefind-body]`) === null);
    expect(outsideRoot).toEqual([]);
  });

  it('are all in the index of the site', () => {
    const withBody = listPages(inject('siteDist')).filter(
      (path) => page(inject('siteDist'), path).querySelector('[data-pagefind-body]') !== null,
    );
    expect(Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0)).toBe(withBody.length);
  });
});

describe('search index bundle', () => {
  it('has an index per language of the site, each with the metadata file the entry names', () => {
    expect(indexes.map((index) => index.language).sort()).toEqual([...locales].sort());
    for (const { metaFile } of indexes) expect(existsSync(metaFile)).toBe(true);
    const hashes = indexes.map((index) => index.details.hash).sort();
    expect(readdirSync(bundle).filter((name) => name.endsWith('.pf_meta'))).toEqual(hashes.map((hash) => `pagefind.${hash}.pf_meta`));
    expect(readdirSync(bundle).filter((name) => name.endsWith(PACKED_EXTENSION))).toEqual(
      hashes.map((hash) => `pagefind.${hash}${PACKED_EXTENSION}`),
    );
  });

  it("was optimized, and its manifest says so with the tag of each language's names", () => {
    const manifest = readSearchManifest(JSON.parse(readFileSync(join(bundle, SEARCH_MANIFEST_FILE), 'utf8')));
    expect(manifest).toEqual({ format: 1, languages: Object.fromEntries(indexes.map(({ language, tag }) => [language, { tag }])) });
  });

  it('indexes the same pages in every language: each page is in both', () => {
    const counts = indexes.map((index) => index.pages.length);
    expect(new Set(counts).size).toBe(1);
  });

  it('lists every page under a short name with its fragment, and no fragment without a page', () => {
    for (const { pages, details, tag } of indexes) {
      expect(pages.length).toBe(details.page_count);
      pages.forEach(([name], position) => expect(name).toBe(`${tag}${position.toString(36)}`));
    }
    expect(readdirSync(join(bundle, 'fragment')).sort()).toEqual(
      indexes.flatMap(({ pages }) => pages.map(([name]) => `${name}.pf_fragment`)).sort(),
    );
  });

  it('lists every filter chunk with its file, and no file without a filter', () => {
    for (const { filters } of indexes)
      expect(filters.map(([filter]) => filter).sort()).toEqual(['country', 'phase', 'region', 'scale', 'theme', 'type']);
    expect(readdirSync(join(bundle, 'filter')).sort()).toEqual(
      indexes.flatMap(({ filters }) => filters.map(([, name]) => `${name}.pf_filter`)).sort(),
    );
  });

  it('lists every index chunk with its file and its packed file, and no file without a chunk', () => {
    expect(readdirSync(join(bundle, 'index')).sort()).toEqual(
      indexes.flatMap(({ chunks }) => chunks.flatMap(([, , name]) => [`${name}.pf_index`, `${name}${PACKED_EXTENSION}`])).sort(),
    );
  });
});

describe.each(indexes)('the $language index', ({ language, pages, chunks, filters, sorts, metaFile, tag }) => {
  it('writes the title order as a file of its own: every page once, in the order of their titles', () => {
    const places = decodeTitleOrder(new Uint8Array(gunzipSync(readFileSync(join(bundle, titleOrderFileName(tag))))));
    expect(places).toHaveLength(pages.length);
    expect([...places].sort((a, b) => a - b)).toEqual(pages.map((_, position) => position));
    const byTitle = new Array<string>(pages.length);
    places.forEach((place, position) => (byTitle[place] = titleSortKey(fragment(pages[position]![0]).meta['title'] ?? '')));
    byTitle.forEach((title, place) => {
      if (place > 0) expect(title >= byTitle[place - 1]!, `"${byTitle[place - 1]}" before "${title}"`).toBe(true);
    });
  });

  it('marks the pages of the lower-ranked types (organizations, events, news) in a file of their own, and no other', () => {
    const isLower = decodeLowerRanked(new Uint8Array(gunzipSync(readFileSync(join(bundle, lowerRankedFileName(tag))))));
    const table = decodeFacetTable(new Uint8Array(gunzipSync(readFileSync(join(bundle, facetTableFileName(tag))))));
    pages.forEach((_, position) => {
      const type = table.valuesByPage.type[position]?.[0] ?? '';
      expect(isLower(position), `page ${position}, a ${type}`).toBe((lowerRankedTypes as readonly string[]).includes(type));
    });
    // Every site has organizations (solutions need actors): some pages are marked.
    expect(pages.some((_, position) => isLower(position))).toBe(true);
  });

  it('numbers pages newest first, so a page name gives its rank by date and no sort data is left', () => {
    expect(sorts).toEqual([]);
    const dates = pages.map(([name]) => fragment(name).meta['date'] ?? '0000-00-00');
    dates.forEach((date, position) => {
      expect(pageRankByDate(pages[position]![0])).toBe(position);
      if (position > 0) expect(date <= dates[position - 1]!, `page ${position} (${date}) after ${dates[position - 1]}`).toBe(true);
    });
    // Every site has dated pages (solutions) and undated ones (organizations): the undated come last.
    expect(dates[0]).not.toBe('0000-00-00');
    expect(dates.at(-1)).toBe('0000-00-00');
  });

  it("writes the facet table with the same pages for every filter value as Pagefind's filter chunks", () => {
    const table = decodeFacetTable(new Uint8Array(gunzipSync(readFileSync(join(bundle, facetTableFileName(tag))))));
    expect(table.pages).toBe(pages.length);
    let listed = 0;
    for (const [filter, name] of filters) {
      const [, values] = readPagefindFile(join(bundle, 'filter', `${name}.pf_filter`)) as [string, [string, number[]][]];
      for (const [value, positions] of values) {
        const fromTable = table.valuesByPage[filter as FacetName].flatMap((held, position) => (held.includes(value) ? [position] : []));
        expect(fromTable, `${filter} "${value}"`).toEqual(positions);
        listed += positions.length;
      }
    }
    // Every page has a type, and solutions have themes and scales.
    expect(listed).toBeGreaterThan(pages.length);
    for (const facet of ['type', 'theme', 'scale', 'region', 'country'] as const)
      expect(
        table.valuesByPage[facet].some((held) => held.length > 0),
        facet,
      ).toBe(true);
  });

  it('packs every index chunk and the metadata into a file that unpacks to the bytes Pagefind wrote, coded where that is smaller than gzip', () => {
    const files = [...chunks.map(([, , name]) => join(bundle, 'index', `${name}.pf_index`)), metaFile];
    let coded = 0;
    for (const file of files) {
      const gzipped = readFileSync(file);
      const packed = new Uint8Array(readFileSync(file.replace(/\.(pf_index|pf_meta)$/, PACKED_EXTENSION)));
      const unpacked = unpackPagefindFile(packed);
      if (packed[0] === PACKED_FORMAT.gzipped) {
        expect(Buffer.from(unpacked).equals(gzipped), file).toBe(true);
      } else {
        coded++;
        expect(packed[0], file).toBe(file === metaFile ? PACKED_FORMAT.metadata : PACKED_FORMAT.chunk);
        expect(Buffer.from(unpacked).equals(gunzipSync(gzipped)), file).toBe(true);
        expect(packed.length, file).toBeLessThan(gzipped.length);
      }
    }
    // Even a small site's metadata and larger chunks code smaller than gzip.
    expect(readFileSync(metaFile.replace(/\.pf_meta$/, PACKED_EXTENSION))[0]).toBe(PACKED_FORMAT.metadata);
    expect(coded).toBeGreaterThan(1);
  });

  it('bounds the chunks with no gap: each begins where the one before ends', () => {
    expect(chunks[0]![0]).toBe('');
    chunks.forEach(([from, to], position) => {
      expect(compareWords(from, to), `chunk ${position}`).toBeLessThan(0);
      const next = chunks[position + 1];
      if (next) expect(compareWords(to, next[0]), `chunk ${position}`).toBeLessThan(0);
    });
  });

  it('keeps every indexed word inside the bounds of the chunk that holds it', () => {
    const words: string[] = [];
    for (const [from, to, name] of chunks) {
      const [entries] = readPagefindFile(join(bundle, 'index', `${name}.pf_index`)) as [[string, ...unknown[]][]];
      for (const [word] of entries) {
        words.push(word);
        expect(compareWords(word, from) >= 0 && compareWords(word, to) <= 0, `"${word}" in ${name} ("${from}"–"${to}")`).toBe(true);
      }
    }
    // Every word once; the seed solution set in Tabasco is there (the Spanish index holds its stem).
    expect(new Set(words).size).toBe(words.length);
    expect(words).toContain(language === 'es' ? 'tabasc' : 'tabasco');
  });
});
