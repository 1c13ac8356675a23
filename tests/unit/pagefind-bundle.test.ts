/**
 * The build's changes to Pagefind's bundle: CBOR reading and writing, closing the gaps between index
 * chunks, renaming pages and chunks in a bundle's metadata, and the optimizer that leaves a bundle of
 * an unknown format as Pagefind wrote it.
 */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { cborLength, decodeCbor, encodeCbor, type CborValue } from '../../src/lib/search/cbor.ts';
import { closeChunkGaps, compareWords } from '../../src/search-index/chunk-bounds.ts';
import { moveFiles, readPagefindFile } from '../../src/search-index/bundle-files.ts';
import { compactBundle, type CompactionReport } from '../../src/search-index/compact-bundle.ts';
import { optimizeBundle } from '../../src/search-index/optimize.ts';
import { readSearchManifest, SEARCH_MANIFEST_FILE } from '../../src/lib/search/search-manifest.ts';
import { pageOrders, rankByDate, renumberWordEntry } from '../../src/search-index/page-order.ts';
import type { PageEntry, WordEntry } from '../../src/lib/search/pagefind-format.ts';
import { decodeTitleOrder, encodeTitleOrder, titleSortKey } from '../../src/lib/search/title-order.ts';
import { groupWordsBySize } from '../../src/search-index/rechunk.ts';
import { indexFileName, indexTag, pageRankByDate } from '../../src/lib/search/index-names.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('CBOR', () => {
  it('writes the shortest encodings (RFC 8949 appendix A examples)', () => {
    expect(hex(encodeCbor(0))).toBe('00');
    expect(hex(encodeCbor(23))).toBe('17');
    expect(hex(encodeCbor(24))).toBe('1818');
    expect(hex(encodeCbor(1000))).toBe('1903e8');
    expect(hex(encodeCbor(1000000))).toBe('1a000f4240');
    expect(hex(encodeCbor(-1))).toBe('20');
    expect(hex(encodeCbor(-1000))).toBe('3903e7');
    expect(hex(encodeCbor('a'))).toBe('6161');
    expect(hex(encodeCbor('ü'))).toBe('62c3bc');
    expect(hex(encodeCbor([1, [2, 3], [4, 5]]))).toBe('8301820203820405');
    expect(hex(encodeCbor({ a: 1, b: [2, 3] }))).toBe('a26161016162820203');
    expect(hex(encodeCbor([true, false, null]))).toBe('83f5f4f6');
  });
  it('reads back what it writes', () => {
    const value: CborValue = [
      '1.6.0',
      [
        ['ab12', 478, ''],
        ['ab13', 70000, ''],
      ],
      [['', 'b', 'x']],
      { date: [5, 4, 3] },
      -25,
      new Uint8Array([1, 2, 3]),
      'Educación',
    ];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });
  it('refuses trailing bytes, truncated data and types it does not know', () => {
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/1 bytes left/);
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/unexpected end/);
    expect(() => decodeCbor(Uint8Array.from([0xfb, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/simple value 27/);
    expect(() => encodeCbor(1.5)).toThrow(/floats/);
  });
  it('measures what it writes without writing it, at every length of head', () => {
    const boundaries = [0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER];
    const values: CborValue[] = [
      ...boundaries,
      ...boundaries.map((value) => -1 - value),
      '',
      'alliance',
      'Educación',
      'x'.repeat(300),
      'é'.repeat(300),
      '😀',
      new Uint8Array(24),
      true,
      false,
      null,
      Array.from({ length: 24 }, (_, index) => index * 1000),
      { a: 1, niño: ['b', [2, 3]], long: 'x'.repeat(30) },
      [['word', [[3, [1, -2, 400], []]], [['wórd', [[0, [70_000], [-1]]]]]]],
    ];
    for (const value of values) expect(cborLength(value), JSON.stringify(value)).toBe(encodeCbor(value).length);
  });
});

describe("renumbering a word's pages", () => {
  /** The plain definition: pages as numbers, each renumbered by rank, sorted, then written as gaps. */
  const plainly = (pages: PageEntry[], rank: number[]): PageEntry[] => {
    let page = 0;
    const ranked = pages.map(([gap, locations, meta]) => ((page += gap), { position: rank[page]!, locations, meta }));
    ranked.sort((a, b) => a.position - b.position);
    return ranked.map(({ position, locations, meta }, index) => [
      position - (index > 0 ? ranked[index - 1]!.position : 0),
      locations,
      meta,
    ]);
  };
  /** A pseudo-random generator with a seed, so that a failure can be replayed. */
  const random = (seed: number) => () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

  it("sorts the pages by their new numbers and keeps each page's locations with it, on random sites", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const pageCount = 1 + Math.floor(next() * 3000);
      const rank = Array.from({ length: pageCount }, (_, index) => index).sort(() => next() - 0.5);
      const pagesOf = (): PageEntry[] => {
        const chosen = [...new Set(Array.from({ length: Math.floor(next() * pageCount) + 1 }, () => Math.floor(next() * pageCount)))].sort(
          (a, b) => a - b,
        );
        return chosen.map((page, index) => [page - (index > 0 ? chosen[index - 1]! : 0), [page, -1, page * 2], [page]]);
      };
      const entry: WordEntry = ['word', pagesOf(), [['wórd', pagesOf()]]];
      expect(renumberWordEntry(entry, rank, 'chunk'), `seed ${seed}`).toEqual([
        'word',
        plainly(entry[1], rank),
        [['wórd', plainly(entry[2][0]![1], rank)]],
      ]);
    }
  });
  it('refuses a page the metadata does not list, and a page listed twice', () => {
    // Pages 0 and 1 in the metadata; each page entry's first number is its page's distance from the last.
    const renumbering = (pageEntries: WordEntry[1]) => () => renumberWordEntry(['word', pageEntries, []], [1, 0], 'chunk');
    expect(
      renumbering([
        [0, [], []],
        [5, [], []],
      ]),
    ).toThrow(/chunk: word "word": page entry 1 names page 5, which the metadata does not list/);
    expect(
      renumbering([
        [1, [], []],
        [0, [], []],
      ]),
    ).toThrow(/chunk: word "word": page 0 is listed twice/);
  });
});

/** The chunks Pagefind 1.6 loads for a word without its fallback: those whose bounds hold it. */
const strictChunks = <Chunk extends { from: string; to: string }>(word: string, chunks: Chunk[]) =>
  chunks.filter((chunk) => compareWords(word, chunk.from) >= 0 && compareWords(word, chunk.to) <= 0);

describe('closing the gaps between index chunks', () => {
  // Chunks as Pagefind bounds them: first and last (stemmed) word, gaps between.
  const chunks = [
    { from: '0', to: '02', name: 'digits' },
    { from: 'a', to: 'all', name: 'a' },
    { from: 'allianc', to: 'allianc', name: 'allianc' },
    { from: 'allo', to: 'climat', name: 'c' },
    { from: 'communiti', to: 'communiti', name: 'communiti' },
    { from: 'compar', to: 'zone', name: 'z' },
  ];
  const closed = closeChunkGaps(chunks);

  it('keeps every chunk, its order and its name, and only widens bounds', () => {
    expect(closed.map((chunk) => chunk.name)).toEqual(chunks.map((chunk) => chunk.name));
    closed.forEach((chunk, index) => {
      expect(compareWords(chunk.from, chunks[index]!.from)).toBeLessThanOrEqual(0);
      expect(compareWords(chunk.to, chunks[index]!.to)).toBeGreaterThanOrEqual(0);
    });
  });
  it('gives the raw form of a stemmed word the chunk of its stem, and only that one', () => {
    // "alliance" sorts between "allianc" and "allo": before, Pagefind fell back to the chunks of "a" and "all".
    expect(strictChunks('alliance', chunks)).toEqual([]);
    expect(strictChunks('alliance', closed).map((chunk) => chunk.name)).toEqual(['allianc']);
    expect(strictChunks('community', closed).map((chunk) => chunk.name)).toEqual(['communiti']);
    expect(strictChunks('communities', closed).map((chunk) => chunk.name)).toEqual(['communiti']);
  });
  it('gives a word being typed the chunk where the words it begins start', () => {
    expect(strictChunks('alli', closed).map((chunk) => chunk.name)).toEqual(['allianc']);
    expect(strictChunks('comp', closed).map((chunk) => chunk.name)).toEqual(['z']);
    expect(strictChunks('b', closed).map((chunk) => chunk.name)).toEqual(['c']);
  });
  it('gives every possible word exactly one chunk: the one of the first indexed word it begins, if any', () => {
    const indexed = ['0', '01', '02', 'a', 'agua', 'all', 'allianc', 'allo', 'bosqu', 'climat', 'communiti', 'compar', 'educación', 'zone'];
    const chunkOf = (word: string) =>
      chunks.find((chunk) => compareWords(word, chunk.from) >= 0 && compareWords(word, chunk.to) <= 0)!.name;
    let random = 7;
    const letters = 'abcilmnotuzé0';
    for (let trial = 0; trial < 3000; trial++) {
      let word = '';
      const length = 1 + (trial % 9);
      for (let index = 0; index < length; index++) word += letters[(random = (random * 48271) % 2147483647) % letters.length];
      const found = strictChunks(word, closed);
      expect(found, word).toHaveLength(1);
      const begun = indexed.find((candidate) => candidate.startsWith(word));
      if (begun) expect(found[0]!.name, word).toBe(chunkOf(begun));
    }
    expect(strictChunks('', closed)).toHaveLength(1);
    expect(strictChunks('\u{10FFFF}', closed).map((chunk) => chunk.name)).toEqual(['z']);
  });
  it('refuses chunks out of order or overlapping', () => {
    expect(() => closeChunkGaps([{ from: 'b', to: 'a' }])).toThrow(/starts after it ends/);
    expect(() =>
      closeChunkGaps([
        { from: 'a', to: 'c' },
        { from: 'b', to: 'd' },
      ]),
    ).toThrow(/overlap/);
  });
});

describe('regrouping index words by size', () => {
  const sized = (entries: [string, number][]) => entries.map(([word, bytes]) => ({ word, entry: word, bytes }));
  const words = (groups: { word: string }[][]) => groups.map((group) => group.map(({ word }) => word));

  it('fills chunks up to the target in word order', () => {
    expect(
      words(
        groupWordsBySize(
          sized([
            ['a', 4],
            ['b', 4],
            ['c', 2],
            ['d', 3],
            ['e', 9],
          ]),
          10,
        ),
      ),
    ).toEqual([['a', 'b', 'c'], ['d'], ['e']]);
  });
  it('gives a word at least as large as the target a chunk of its own, never shared with a small one', () => {
    expect(
      words(
        groupWordsBySize(
          sized([
            ['iran', 1],
            ['irrig', 4],
            ['is', 43],
            ['isl', 2],
            ['it', 50],
          ]),
          10,
        ),
      ),
    ).toEqual([['iran', 'irrig'], ['is'], ['isl'], ['it']]);
  });
  it('keeps every word once, in order', () => {
    const many = sized(Array.from({ length: 500 }, (_, index) => [`w${String(index).padStart(3, '0')}`, (index * 37) % 23]));
    expect(groupWordsBySize(many, 40).flat()).toEqual(many);
    expect(groupWordsBySize([], 40)).toEqual([]);
  });
});

describe('index file names', () => {
  it('reads back the position the build wrote, for any position', () => {
    for (const position of [0, 1, 35, 36, 5347, 2 ** 40]) expect(pageRankByDate(indexFileName('4f905', position))).toBe(position);
    expect(indexFileName('4f905', 36)).toBe('4f90510');
  });
  it('reads back the bundle tag of a name, for its facet table', () => {
    expect(indexTag(indexFileName('4f905', 5347))).toBe('4f905');
    expect(() => indexTag('nope')).toThrow(/"nope" is not a page name/);
  });
  it('refuses a malformed tag, position or name', () => {
    expect(() => indexFileName('4F905', 0)).toThrow(/5 hex digits, not "4F905"/);
    expect(() => indexFileName('4f905', -1)).toThrow(/not -1/);
    expect(() => pageRankByDate('4f905')).toThrow(/"4f905" is not a page name/);
    expect(() => pageRankByDate('en_1234567')).toThrow(/is not a page name/);
  });
});

describe('moving files into the optimized bundle', () => {
  it('moves every file, or, when one move fails, moves back those it moved and throws', () => {
    const folder = mkdtempSync(join(tmpdir(), 'atlas-move-'));
    try {
      for (const name of ['a', 'b', 'c']) writeFileSync(join(folder, name), name);
      mkdirSync(join(folder, 'to'));
      moveFiles([
        [join(folder, 'a'), join(folder, 'to', 'a2')],
        [join(folder, 'b'), join(folder, 'to', 'b2')],
      ]);
      expect(readdirSync(join(folder, 'to')).sort()).toEqual(['a2', 'b2']);
      expect(readFileSync(join(folder, 'to', 'b2'), 'utf8')).toBe('b');
      // The second move's source does not exist: the first is undone.
      expect(() =>
        moveFiles([
          [join(folder, 'c'), join(folder, 'to', 'c2')],
          [join(folder, 'missing'), join(folder, 'to', 'missing2')],
        ]),
      ).toThrow(/ENOENT/);
      expect(readFileSync(join(folder, 'c'), 'utf8')).toBe('c');
      expect(existsSync(join(folder, 'to', 'c2'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('compacting a Pagefind bundle', () => {
  let bundle = '';
  /** Where the compaction writes its copy. */
  let output = '';
  afterEach(() => {
    rmSync(bundle, { recursive: true, force: true });
    rmSync(output, { recursive: true, force: true });
  });

  const pagefindFile = (value: CborValue) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(value)]));
  /** Where "is" is on each of the three pages: large enough (over 16,000 bytes) to get a chunk of its own. */
  const isOn = (page: number) => [-25, page, ...Array.from({ length: 6000 }, () => 1)];
  type BundleOptions = { version?: string; group?: string; sorts?: CborValue; languages?: string[] };
  /**
   * A bundle as Pagefind 1.6 writes it, with three pages, two index chunks and one filter in each
   * language (English only unless `languages` says otherwise).
   */
  function writeBundle(options: BundleOptions = {}) {
    bundle = mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
    output = `${bundle}-compacted`;
    for (const folder of ['fragment', 'index', 'filter']) mkdirSync(join(bundle, folder));
    const languages = options.languages ?? ['en'];
    for (const language of languages) writeLanguage(language, options);
    const entries = languages.map((language) => [language, { hash: `${language}_0123456789`, wasm: language, page_count: 3 }]);
    writeFileSync(
      join(bundle, 'pagefind-entry.json'),
      JSON.stringify({ version: options.version ?? '1.6.0', languages: Object.fromEntries(entries) }),
    );
  }
  /** One language's files in the bundle: names start with the language, as Pagefind's do. */
  function writeLanguage(language: string, options: BundleOptions) {
    const name = (hash: string) => `${language}_${hash}`;
    const pages = [name('1111111'), name('2222222'), name('3333333')];
    pages.forEach((hash) => writeFileSync(join(bundle, 'fragment', `${hash}.pf_fragment`), `fragment of ${hash}`));
    // Word entries are [word, pages, variants]; a page is [gap from the page before, locations, meta locations].
    writeFileSync(
      join(bundle, 'index', `${name('aaaaaaa')}.pf_index`),
      pagefindFile([
        [
          ['a', [[0, [-25, 3], []]], []],
          [
            'allianc',
            [[1, [-25, 7], []]],
            [
              [
                'alliancé',
                [
                  [0, [-25, 4], []],
                  [2, [-25, 5], []],
                ],
              ],
            ],
          ],
        ],
      ]),
    );
    writeFileSync(
      join(bundle, 'index', `${name('bbbbbbb')}.pf_index`),
      pagefindFile([
        [
          ['allo', [[2, [-25, 1], []]], []],
          ['irrig', [[2, [-25, 9], []]], []],
          [
            'is',
            [
              [0, isOn(0), []],
              [1, isOn(1), [-2, 0]],
              [1, isOn(2), []],
            ],
            [],
          ],
        ],
      ]),
    );
    writeFileSync(
      join(bundle, 'filter', `${name('fffffff')}.pf_filter`),
      pagefindFile([
        'theme',
        [
          ['water', [0, 2]],
          ['forests', [1]],
        ],
      ]),
    );
    const meta = [
      options.version ?? '1.6.0',
      pages.map((hash, index) => [hash, 100 + index, index === 1 ? (options.group ?? '') : '']),
      [
        ['a', 'allianc', name('aaaaaaa')],
        ['allo', 'zone', name('bbbbbbb')],
      ],
      [['theme', name('fffffff')]],
      // Oldest first: page 2, then page 0, then page 1.
      options.sorts ?? [['date', [2, 0, 1]]],
      ['title', 'date'],
    ];
    writeFileSync(join(bundle, `pagefind.${name('0123456789')}.pf_meta`), pagefindFile(meta));
  }
  const metadataOf = () => {
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8'));
    return {
      hash: entry.languages.en.hash as string,
      meta: readPagefindFile(join(output, `pagefind.${entry.languages.en.hash}.pf_meta`)) as [
        string,
        [string, number, string][],
        string[][],
        string[][],
        unknown,
        unknown,
      ],
    };
  };

  it('numbers pages newest first, renames pages and chunks to short names, closes the gaps, and points the entry at the new metadata', () => {
    writeBundle();
    const [report] = compactBundle(bundle, output);
    expect(report).toMatchObject({ language: 'en', pages: 3, words: 5, chunks: 2 });
    const { hash, meta } = metadataOf();
    expect(hash).toMatch(/^en_[0-9a-f]{10}$/);
    expect(existsSync(join(output, 'pagefind.en_0123456789.pf_meta'))).toBe(false);
    const [version, pages, chunks, filters, sorts, fields] = meta;
    expect(version).toBe('1.6.0');
    const tag = pages[0]![0].slice(0, 5);
    // Newest first: page 1, page 0, page 2; a name's position is its rank by date.
    expect(pages).toEqual([
      [`${tag}0`, 101, ''],
      [`${tag}1`, 100, ''],
      [`${tag}2`, 102, ''],
    ]);
    expect(pages.map(([name]) => pageRankByDate(name))).toEqual([0, 1, 2]);
    // Each fragment moved with its page, once the rest is written.
    expect(readdirSync(join(output, 'fragment'))).toEqual([]);
    moveFiles(report!.fragments);
    expect(readdirSync(join(bundle, 'fragment'))).toEqual([]);
    expect(readFileSync(join(output, 'fragment', `${tag}0.pf_fragment`), 'utf8')).toBe('fragment of en_2222222');
    expect(readFileSync(join(output, 'fragment', `${tag}1.pf_fragment`), 'utf8')).toBe('fragment of en_1111111');
    expect(readdirSync(join(output, 'fragment')).sort()).toEqual([`${tag}0.pf_fragment`, `${tag}1.pf_fragment`, `${tag}2.pf_fragment`]);
    // Regrouped by size: the words of one page together, "is" (on every page) on its own.
    expect(chunks.map((chunk) => chunk[2])).toEqual([`${tag}0`, `${tag}1`]);
    expect(readdirSync(join(output, 'index')).sort()).toEqual([`${tag}0.pf_index`, `${tag}1.pf_index`]);
    const entriesOf = (name: string) => (readPagefindFile(join(output, 'index', `${name}.pf_index`)) as [CborValue[][]])[0];
    expect(entriesOf(`${tag}0`).map((entry) => entry[0])).toEqual(['a', 'allianc', 'allo', 'irrig']);
    // Pages renumbered, in order, as gaps; their locations go with them, and so do the variants'.
    expect(entriesOf(`${tag}0`)).toEqual([
      ['a', [[1, [-25, 3], []]], []],
      [
        'allianc',
        [[0, [-25, 7], []]],
        [
          [
            'alliancé',
            [
              [1, [-25, 4], []],
              [1, [-25, 5], []],
            ],
          ],
        ],
      ],
      ['allo', [[2, [-25, 1], []]], []],
      ['irrig', [[2, [-25, 9], []]], []],
    ]);
    expect(entriesOf(`${tag}1`)).toEqual([
      [
        'is',
        [
          [0, isOn(1), [-2, 0]],
          [1, isOn(0), []],
          [1, isOn(2), []],
        ],
        [],
      ],
    ]);
    expect(chunks[0]![0]).toBe('');
    const bounds = chunks.map(([from, to]) => ({ from: from!, to: to! }));
    expect(strictChunks('alliance', bounds)).toEqual([bounds[0]]);
    expect(strictChunks('irrigation', bounds)).toEqual([bounds[0]]);
    expect(strictChunks('island', bounds)).toEqual([bounds[1]]);
    // The filter renamed and renumbered; the date sort gone (the page numbers are the date order).
    expect(filters).toEqual([['theme', `${tag}0`]]);
    expect(readdirSync(join(output, 'filter'))).toEqual([`${tag}0.pf_filter`]);
    expect(readPagefindFile(join(output, 'filter', `${tag}0.pf_filter`))).toEqual([
      'theme',
      [
        ['water', [1, 2]],
        ['forests', [0]],
      ],
    ]);
    expect([sorts, fields]).toEqual([[], ['title', 'date']]);
  });
  it('gives a bundle with other content other names, so a cached file is never stale', () => {
    writeBundle();
    const fragmentNames = (report: CompactionReport | undefined) => report!.fragments.map(([, to]) => basename(to));
    const first = fragmentNames(compactBundle(bundle, output)[0]);
    expect(first).toHaveLength(3);
    rmSync(bundle, { recursive: true });
    rmSync(output, { recursive: true });
    writeBundle();
    writeFileSync(
      join(bundle, 'pagefind.en_0123456789.pf_meta'),
      pagefindFile([
        '1.6.0',
        [
          ['en_1111111', 99, ''],
          ['en_2222222', 101, ''],
          ['en_3333333', 102, ''],
        ],
        [
          ['a', 'allianc', 'en_aaaaaaa'],
          ['allo', 'zone', 'en_bbbbbbb'],
        ],
        [['theme', 'en_fffffff']],
        [['date', [2, 0, 1]]],
        [],
      ]),
    );
    expect(fragmentNames(compactBundle(bundle, output)[0]).filter((name) => first.includes(name))).toEqual([]);
  });
  it('refuses a Pagefind version whose format it does not know, naming the file and the version', () => {
    writeBundle({ version: '1.7.0' });
    expect(() => compactBundle(bundle, output)).toThrow(
      /pagefind-entry\.json: Pagefind 1\.7\.0 wrote this index, a format src\/lib\/search\/pagefind-format\.ts does not know yet$/,
    );
  });
  it('refuses a bundle whose pages lack the date sort, or list it wrong, naming the file and the sort', () => {
    writeBundle({ sorts: [] });
    expect(() => compactBundle(bundle, output)).toThrow(
      /pagefind\.en_0123456789\.pf_meta: the sorts are \[\], not "date" \(and "title"\); .*"date" sort that src\/components\/SearchData\.astro gives every page/,
    );
    rmSync(bundle, { recursive: true });
    writeBundle({ sorts: [['date', [2, 0]]] });
    expect(() => compactBundle(bundle, output)).toThrow(/the date sort lists 2 of 3 pages/);
    rmSync(bundle, { recursive: true });
    writeBundle({ sorts: [['date', [2, 0, 0]]] });
    expect(() => compactBundle(bundle, output)).toThrow(/lists page 0 more than once/);
  });
  it('reads the title sort beside the date sort, and writes it as places that decode to themselves', () => {
    // Pages 0, 1, 2 in Pagefind's numbering; by date (ascending) 2, 0, 1; by title 1, 2, 0.
    const orders = pageOrders(
      [
        ['date', [2, 0, 1]],
        ['title', [1, 2, 0]],
      ],
      3,
      'meta',
    );
    expect(orders).toEqual({ rank: [1, 0, 2], titlePlace: [2, 0, 1] });
    expect(pageOrders([['date', [0]]], 1, 'meta')).toEqual({ rank: [0] });
    expect(() =>
      pageOrders(
        [
          ['date', [0]],
          ['title', [0, 0]],
        ],
        1,
        'meta',
      ),
    ).toThrow(/the title sort lists page 0 more than once/);
    expect(() =>
      pageOrders(
        [
          ['date', [0]],
          ['author', [0]],
        ],
        1,
        'meta',
      ),
    ).toThrow(/the sorts are \["date","author"\], not "date"/);
    expect(decodeTitleOrder(encodeTitleOrder([2, 0, 1]))).toEqual([2, 0, 1]);
    const many = Array.from({ length: 70_000 }, (_, index) => 69_999 - index);
    expect(encodeTitleOrder(many)[0]).toBe(4);
    expect(decodeTitleOrder(encodeTitleOrder(many))).toEqual(many);
    expect(() => encodeTitleOrder([0, 5])).toThrow(/Page 1 has title place 5/);
    expect(() => decodeTitleOrder(new Uint8Array([3, 0, 0]))).toThrow(/not of its shape/);
    expect(titleSortKey('  Él Árbol de la Comunidad ')).toBe('el arbol de la comunidad');
  });
  it('numbers an index without pages, which has no sort, as empty', () => {
    expect(rankByDate([], 0, 'meta')).toEqual([]);
    expect(() => rankByDate([], 1, 'meta')).toThrow(/the sorts are \[\], not "date"/);
  });
  it('refuses pages in fragment groups, whose names must not change', () => {
    writeBundle({ group: 'en_group01' });
    expect(() => compactBundle(bundle, output)).toThrow(
      /pagefind\.en_0123456789\.pf_meta: page 1 is in fragment group "en_group01", which the short names would break/,
    );
  });

  /** Every file of the bundle with its bytes, to compare a bundle before and after. */
  const snapshot = () => {
    const files: Record<string, string> = {};
    const walk = (folder: string) => {
      for (const name of readdirSync(join(bundle, folder))) {
        const path = join(folder, name);
        if (statSync(join(bundle, path)).isDirectory()) walk(path);
        else files[path] = readFileSync(join(bundle, path)).toString('base64');
      }
    };
    walk('');
    return files;
  };

  it('optimizes a bundle of a known format and writes the manifest the search page reads', async () => {
    writeBundle();
    writeFileSync(join(bundle, 'pagefind.js'), 'export async function init () { return "readable" }\n');
    const outcome = await optimizeBundle(bundle);
    expect(outcome).toMatchObject({ optimized: true });
    const tag = readdirSync(join(bundle, 'fragment'))[0]!.slice(0, 5);
    expect(readSearchManifest(JSON.parse(readFileSync(join(bundle, SEARCH_MANIFEST_FILE), 'utf8')))).toEqual({
      format: 1,
      languages: { en: { tag } },
    });
    expect(readdirSync(join(bundle, 'index')).sort()).toEqual([
      `${tag}0.pf_index`,
      `${tag}0.pf_packed`,
      `${tag}1.pf_index`,
      `${tag}1.pf_packed`,
    ]);
    expect(readFileSync(join(bundle, 'pagefind.js'), 'utf8')).not.toContain('readable ');
    expect(existsSync(`${bundle}.optimizing`)).toBe(false);
  });
  it('optimizes each language of a bundle (in worker threads of their own where there are two cores or more)', async () => {
    writeBundle({ languages: ['en', 'es'] });
    writeFileSync(join(bundle, 'pagefind.js'), 'export async function init () {}\n');
    const outcome = await optimizeBundle(bundle);
    expect(outcome).toMatchObject({ optimized: true, packed: { files: 6 } });
    const { languages } = readSearchManifest(JSON.parse(readFileSync(join(bundle, SEARCH_MANIFEST_FILE), 'utf8')))!;
    expect(Object.keys(languages).sort()).toEqual(['en', 'es']);
    const tags = [languages['en']!.tag, languages['es']!.tag];
    expect(tags[0]).not.toBe(tags[1]);
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    for (const [index, language] of ['en', 'es'].entries()) {
      const { hash } = entry.languages[language] as { hash: string };
      expect(hash).toMatch(new RegExp(`^${language}_[0-9a-f]{10}$`));
      const [, pages] = readPagefindFile(join(bundle, `pagefind.${hash}.pf_meta`)) as [string, [string][]];
      expect(pages.map(([name]) => name)).toEqual([0, 1, 2].map((position) => `${tags[index]}${position}`));
    }
    // Every language's fragments moved in under their new names, the English ones with English content.
    expect(readdirSync(join(bundle, 'fragment'))).toHaveLength(6);
    expect(readFileSync(join(bundle, 'fragment', `${tags[0]}0.pf_fragment`), 'utf8')).toBe('fragment of en_2222222');
    expect(readFileSync(join(bundle, 'fragment', `${tags[1]}0.pf_fragment`), 'utf8')).toBe('fragment of es_2222222');
    expect(existsSync(`${bundle}.optimizing`)).toBe(false);
  });
  it('leaves a bundle of two languages as Pagefind wrote it when one language has a format it does not know', async () => {
    writeBundle({ languages: ['en', 'es'], sorts: [] });
    writeFileSync(join(bundle, 'pagefind.js'), 'export async function init () {}\n');
    const before = snapshot();
    const outcome = await optimizeBundle(bundle);
    expect(outcome.optimized ? '' : outcome.reason).toMatch(/^an unknown format \(.*the sorts are \[\], not "date"/);
    expect(snapshot()).toEqual(before);
    expect(existsSync(`${bundle}.optimizing`)).toBe(false);
  });
  it.each([
    ['a newer Pagefind', { version: '1.7.0' }, /an unknown format \(.*pagefind-entry\.json: Pagefind 1\.7\.0 wrote this index/],
    ['pages without the date sort', { sorts: [] }, /an unknown format \(.*the sorts are \[\], not "date"/],
    ['pages in fragment groups', { group: 'en_group01' }, /an unknown format \(.*fragment group "en_group01"/],
  ])('leaves a bundle of %s exactly as Pagefind wrote it, and says why', async (_name, options, reason) => {
    writeBundle(options);
    writeFileSync(join(bundle, 'pagefind.js'), 'export async function init () {}\n');
    const before = snapshot();
    const outcome = await optimizeBundle(bundle);
    expect(outcome.optimized).toBe(false);
    expect(outcome.optimized ? '' : outcome.reason).toMatch(reason);
    expect(snapshot()).toEqual(before);
    expect(existsSync(`${bundle}.optimizing`)).toBe(false);
  });
});
