/**
 * The packed search index: the range coder and its models, packing and unpacking Pagefind's index
 * chunks and metadata byte for byte, and the `fetch` that serves Pagefind the unpacked files.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { encodeCbor, type CborValue } from '../../src/lib/search/cbor.ts';
import { fetchPackedFiles } from '../../src/lib/search/packed-fetch.ts';
import { PACKED_FORMAT, packIndexChunk, packMetadata, unpackPagefindFile } from '../../src/lib/search/packed-index.ts';
import { RangeDecoder, RangeEncoder, TextModel, UintModel } from '../../src/lib/search/range-coder.ts';

/** A small seeded generator, so a failing case can be run again. */
function random(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
}

const signed = (chunk: CborValue) => Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(chunk)]);
const gzipped = (chunk: CborValue) => gzipSync(signed(chunk), { level: 9 });

/** A chunk shaped like Pagefind's: sorted words, pages by gap with weight markers and positions, accented variants. */
function sampleChunk(seed: number, words: number, pagesPerWord: number): CborValue {
  const next = random(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const names = new Set<string>();
  while (names.size < words) names.add(Array.from({ length: 2 + next(9) }, () => letters[next(26)]).join(''));
  const pages = () =>
    Array.from({ length: 1 + next(pagesPerWord) }, () => {
      const locations = next(4) === 0 ? [] : [-25, next(500), ...Array.from({ length: next(8) }, () => 1 + next(200))];
      if (next(10) === 0) locations.push(-169, next(50));
      const meta = next(3) === 0 ? [-1 - next(4), next(30)] : [];
      return [next(4) === 0 ? 1 + next(3000) : 1, locations, meta];
    });
  return [[...names].sort().map((word) => [word, pages(), next(5) === 0 ? [[`${word}é`, pages()]] : []])];
}

describe('range coder', () => {
  it('reads back whole numbers of every size, from 0 to 2^31 - 2, and even-odds bits', () => {
    const next = random(7);
    const values = [0, 1, 2, 3, 127, 128, 2 ** 16, 2 ** 30, 2 ** 31 - 2, ...Array.from({ length: 3000 }, () => next(2 ** (1 + next(31))))];
    const encoder = new RangeEncoder();
    const written = new UintModel();
    values.forEach((value, index) => {
      written.code(encoder, value);
      encoder.direct(index % 31, index % 2 ** (index % 31));
    });
    const decoder = new RangeDecoder(encoder.finish());
    const read = new UintModel();
    values.forEach((value, index) => {
      expect(read.code(decoder), `value ${index}`).toBe(value);
      expect(decoder.direct(index % 31), `bits ${index}`).toBe(index % 2 ** (index % 31));
    });
    expect(decoder.done).toBe(true);
  });

  it('reads back text in any script', () => {
    const texts = ['', 'educación', 'chihuahuense', '北京', 'ṭāʾif', 'a'.repeat(300)];
    const encoder = new RangeEncoder();
    const written = new TextModel();
    texts.forEach((text) => written.code(encoder, text));
    const decoder = new RangeDecoder(encoder.finish());
    const read = new TextModel();
    expect(texts.map(() => read.code(decoder))).toEqual(texts);
  });

  it('codes a number it has learned in a fraction of a byte', () => {
    const encoder = new RangeEncoder();
    const model = new UintModel();
    for (let index = 0; index < 8000; index++) model.code(encoder, 1);
    expect(encoder.finish().length).toBeLessThan(100);
  });

  it('refuses numbers it cannot code, and a stream that ends early', () => {
    const model = new UintModel();
    for (const bad of [-1, 0.5, 2 ** 31 - 1, Number.NaN])
      expect(() => model.code(new RangeEncoder(), bad)).toThrow(/not a whole number from 0 to 2\^31 - 2/);
    const encoder = new RangeEncoder();
    for (let index = 0; index < 100; index++) new UintModel().code(encoder, 100_000 + index);
    const coded = encoder.finish();
    const decoder = new RangeDecoder(coded.subarray(0, coded.length - 10));
    expect(() => {
      for (let index = 0; index < 100; index++) new UintModel().code(decoder);
    }).toThrow(/ends early/);
  });
});

describe('packing index chunks', () => {
  it('unpacks to the exact bytes of the chunk, for chunks of many shapes', () => {
    // Few words or many, on few pages or many, with and without variants.
    for (let seed = 1; seed <= 12; seed++) {
      const chunk = sampleChunk(seed, 1 + (seed % 4) * 15, 1 + (seed % 3) * 120);
      const packed = packIndexChunk(chunk, gzipped(chunk), `chunk ${seed}`);
      const unpacked = unpackPagefindFile(packed);
      const expected = packed[0] === PACKED_FORMAT.chunk ? signed(chunk) : gzipped(chunk);
      expect(Buffer.from(unpacked).equals(expected), `chunk ${seed}`).toBe(true);
    }
  });

  it("codes a word on many pages at well under gzip's size", () => {
    const chunk = sampleChunk(99, 1, 5000);
    const packed = packIndexChunk(chunk, gzipped(chunk), 'large chunk');
    expect(packed[0]).toBe(PACKED_FORMAT.chunk);
    expect(packed.length / gzipped(chunk).length).toBeLessThan(0.85);
  });

  it('keeps the gzipped file where gzip is smaller: runs of identical pages', () => {
    const pages = Array.from({ length: 500 }, () => [1, [], [-1, 0]]);
    const chunk = [['05', '06', '07', '08'].map((word) => [word, pages, []])];
    const packed = packIndexChunk(chunk, gzipped(chunk), 'dates');
    expect(packed[0]).toBe(PACKED_FORMAT.gzipped);
    expect(Buffer.from(unpackPagefindFile(packed)).equals(gzipped(chunk))).toBe(true);
  });

  it("refuses a chunk not shaped like Pagefind's, naming the chunk, the word and the page", () => {
    const pack = (chunk: CborValue) => packIndexChunk(chunk, new Uint8Array(0), 'index/x.pf_index');
    expect(() => pack([['word', [], []]])).toThrow('index/x.pf_index: entry 0 is not [word, pages, variants]');
    expect(() => pack([[['word', [[1, [0]]], []]]])).toThrow(
      'index/x.pf_index: word "word": page entry 0 is not [gap, locations, meta locations]',
    );
    expect(() => pack([[['word', [[1, [0.5], []]], []]]])).toThrow('page entry 0 is not [gap, locations, meta locations]');
    expect(() => pack([[['word', [], [['wörd']]]]])).toThrow('word "word": variant 0 is not [variant, pages]');
    expect(() => pack({ not: 'a chunk' })).toThrow('index/x.pf_index: not a Pagefind index chunk');
  });

  it('refuses a file of another format, and bytes after the last word', () => {
    expect(() => unpackPagefindFile(Uint8Array.of(7, 0, 0, 0, 0, 0))).toThrow('format 7 is none of 0 (gzipped), 1 (chunk), 2 (metadata)');
    const chunk = sampleChunk(3, 40, 300);
    const packed = packIndexChunk(chunk, gzipped(chunk), 'chunk');
    expect(() => unpackPagefindFile(Uint8Array.from([...packed, 0, 0]))).toThrow(/bytes left after the end/);
  });
});

/** Metadata shaped like the build's: names of the bundle's tag and a position, word counts, chunk bounds. */
function sampleMetadata(seed: number, pages: number, names = (position: number) => `4f905${position.toString(36)}`): CborValue {
  const next = random(seed);
  const words = new Set<string>();
  while (words.size < 2 * Math.ceil(pages / 10))
    words.add(Array.from({ length: 1 + next(8) }, () => 'abcdefghijklmnopqrstuvwxyzé'[next(27)]).join(''));
  const bounds = [...words].sort();
  const chunks = Array.from({ length: bounds.length / 2 }, (_, position) => [
    bounds[2 * position]!,
    `${bounds[2 * position + 1]}\u{10FFFF}`,
    names(position),
  ]);
  return [
    '1.6.0',
    Array.from({ length: pages }, (_, position) => [names(position), 8 + next(500), '']),
    chunks,
    ['country', 'phase', 'type'].map((filter, position) => [filter, names(position)]),
    seed % 2 ? [] : [['date', Array.from({ length: pages }, (_, position) => pages - 1 - position)]],
    ['date', 'place', 'summary', 'title'],
  ];
}

describe('packing the metadata', () => {
  it("unpacks to the exact bytes of the metadata, with the build's names or any others", () => {
    const astral = sampleMetadata(9, 20) as [string, unknown, [string, string, string][], ...CborValue[]];
    // Bounds that share the first half of a character beyond U+FFFF (😀 and 😃 both start with \uD83D).
    astral[2] = [
      ['', 'x😀a', '4f9050'],
      ['x😃b', 'y\u{10FFFF}', '4f9051'],
      ['y\u{10FFFE}', 'z\u{10FFFF}', '4f9052'],
    ];
    const shapes = [
      sampleMetadata(1, 0),
      sampleMetadata(2, 1),
      sampleMetadata(3, 500),
      sampleMetadata(4, 2000),
      sampleMetadata(5, 300, (position) => `page-${position * 7}`),
      astral as CborValue,
    ];
    shapes.forEach((meta, index) => {
      const packed = packMetadata(meta, new Uint8Array(1 << 20), `meta ${index}`);
      expect(packed[0], `meta ${index}`).toBe(PACKED_FORMAT.metadata);
      expect(Buffer.from(unpackPagefindFile(packed)).equals(signed(meta)), `meta ${index}`).toBe(true);
    });
  });

  it("codes the build's names in next to nothing, so the metadata is a fraction of gzip's size", () => {
    const meta = sampleMetadata(6, 5000);
    const packed = packMetadata(meta, gzipped(meta), 'meta');
    expect(packed[0]).toBe(PACKED_FORMAT.metadata);
    expect(packed.length / gzipped(meta).length).toBeLessThan(0.6);
  });

  it("refuses metadata not shaped like Pagefind's, naming the file and the part", () => {
    const meta = sampleMetadata(7, 3) as CborValue[];
    const pack = (value: CborValue) => packMetadata(value, new Uint8Array(0), 'pagefind.en_1.pf_meta');
    expect(() => pack(meta.slice(0, 5))).toThrow('pagefind.en_1.pf_meta: not Pagefind metadata');
    expect(() => pack([meta[0]!, [['abc', -1, '']], ...meta.slice(2)])).toThrow("pagefind.en_1.pf_meta: page 0 is not of Pagefind's shape");
    expect(() => pack([...meta.slice(0, 2), [['a', 'b']], ...meta.slice(3)])).toThrow("index chunk 0 is not of Pagefind's shape");
    expect(() => pack([...meta.slice(0, 4), [['date', [1, -2]]], meta[5]!])).toThrow("sort 0 is not of Pagefind's shape");
  });
});

describe('serving Pagefind the packed files', () => {
  const bundle = 'https://atlas.test/pagefind/';
  const folder = `${bundle}index/`;
  const chunk = sampleChunk(5, 60, 400);
  const packed = packIndexChunk(chunk, gzipped(chunk), 'chunk');

  function files(served: Record<string, Uint8Array>) {
    const requested: string[] = [];
    const fetchFile = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      requested.push(url);
      const body = served[url];
      return body ? new Response(body as BodyInit) : new Response('missing', { status: 404 });
    });
    return { requested, fetch: fetchPackedFiles(bundle, 'https://atlas.test/search/', fetchFile as typeof fetch) };
  }

  it('answers a request for a chunk with the packed file, unpacked', async () => {
    const { requested, fetch } = files({ [`${folder}abc.pf_packed`]: packed });
    const response = await fetch(`${folder}abc.pf_index`);
    expect(Buffer.from(await response.arrayBuffer()).equals(signed(chunk))).toBe(true);
    expect(requested).toEqual([`${folder}abc.pf_packed`]);
  });

  it('reads a relative request against the page, and a Request object', async () => {
    const { requested, fetch } = files({ [`${folder}abc.pf_packed`]: packed });
    await fetch('/pagefind/index/abc.pf_index');
    await fetch(new Request(`${folder}abc.pf_index`));
    expect(requested).toEqual([`${folder}abc.pf_packed`, `${folder}abc.pf_packed`]);
  });

  it('answers a request for the metadata with its packed file, unpacked', async () => {
    const meta = sampleMetadata(8, 100);
    const { requested, fetch } = files({ [`${bundle}pagefind.en_123.pf_packed`]: packMetadata(meta, gzipped(meta), 'meta') });
    const response = await fetch(`${bundle}pagefind.en_123.pf_meta`);
    expect(Buffer.from(await response.arrayBuffer()).equals(signed(meta))).toBe(true);
    expect(requested).toEqual([`${bundle}pagefind.en_123.pf_packed`]);
  });

  it('passes every other request through unchanged', async () => {
    const { requested, fetch } = files({});
    const others = [
      `${bundle}pagefind-entry.json`,
      `${bundle}pagefind.js`,
      `${bundle}wasm.en.pagefind`,
      `${bundle}fragment/abc.pf_fragment`,
      `${bundle}filter/abc.pf_filter`,
      `${bundle}index/nested/abc.pf_index`,
      `${bundle}sub/pagefind.en_1.pf_meta`,
      'https://elsewhere.test/pagefind/index/abc.pf_index',
    ];
    for (const url of others) await fetch(url);
    expect(requested).toEqual(others);
  });

  it("fetches Pagefind's own chunk, with a warning, when the packed file is missing or unreadable", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const own = gzipped(chunk);
    const { requested, fetch } = files({
      [`${folder}abc.pf_index`]: own,
      [`${folder}bad.pf_packed`]: Uint8Array.of(9),
      [`${folder}bad.pf_index`]: own,
    });
    expect(Buffer.from(await (await fetch(`${folder}abc.pf_index`)).arrayBuffer()).equals(own)).toBe(true);
    expect(Buffer.from(await (await fetch(`${folder}bad.pf_index`)).arrayBuffer()).equals(own)).toBe(true);
    expect(requested).toEqual([`${folder}abc.pf_packed`, `${folder}abc.pf_index`, `${folder}bad.pf_packed`, `${folder}bad.pf_index`]);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]![0])).toContain('answered 404');
    warn.mockRestore();
  });
});
