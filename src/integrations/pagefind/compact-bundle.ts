/**
 * Makes the metadata file of a Pagefind bundle smaller and its chunk lookup exact, after Pagefind has
 * written it. Every first search downloads this file whole, so at 5,000 solutions it is the largest
 * fixed cost after Pagefind's WebAssembly (see README "Search").
 *
 * - Pages numbered by date, newest first, so the date sort leaves the metadata (see `page-order.ts`).
 * - Short names. Pagefind names each page's fragment and each index chunk after a hash of its content,
 *   seven hex digits the metadata lists for every page: at 5,000 pages about 25 kB compressed that
 *   cannot compress further. Here they are renamed to the bundle's tag plus their position in base 36
 *   (`3be0d0`, `3be0d1`, …, see `src/lib/search/index-names.ts`), which compresses to a few kilobytes.
 *   The tag comes from the metadata's content, so a new build never reuses a name with other content
 *   and a cached file is never stale. Filter chunks, whose page numbers change, get such names too.
 * - Index chunks regrouped by size (see `rechunk.ts`), with no gaps between them (see `chunk-bounds.ts`).
 * - The filters written once more as a small facet table for the search page (`facet-table.ts`).
 *
 * The format is Pagefind 1.6's (read from its source and checked here field by field); any other
 * version is refused, so a Pagefind upgrade cannot silently break search.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from '../../lib/search/cbor.ts';
import { indexFileName, TAG_LENGTH } from '../../lib/search/index-names.ts';
import { encodeFacetTable, facetTableFileName } from '../../lib/search/facet-table.ts';
import { closeChunkGaps, compareWords } from './chunk-bounds.ts';
import { rankByDate, renumberFilterChunk, renumberWordEntry } from './page-order.ts';
import { groupWordsBySize, type SizedWord } from './rechunk.ts';

/** The Pagefind versions whose file format this module knows. */
export const SUPPORTED_PAGEFIND_VERSIONS = ['1.6.0'];

/**
 * Encoded bytes of a word's entries that fill an index chunk (about 7 kB once compressed). Larger
 * chunks make the metadata shorter and each rare word's download longer: at 5,000 solutions 16,000 gave
 * 664 chunks, a rare word 3 to 6 kB, and metadata 1 kB smaller than Pagefind's own chunking.
 */
const CHUNK_TARGET_BYTES = 16_000;

/** Pagefind prefixes its decompressed files with this signature. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

/** What the compaction did, for the build log and the tests. */
export interface CompactionReport {
  language: string;
  pages: number;
  words: number;
  chunks: number;
  bytesBefore: number;
  bytesAfter: number;
}

/** Reads a Pagefind file: gzip, then the signature, then CBOR. */
export function readPagefindFile(file: string): CborValue {
  const data = gunzipSync(readFileSync(file));
  const signed = SIGNATURE.every((byte, index) => data[index] === byte);
  if (!signed) throw new Error(`${file} is not a Pagefind file (no "pagefind_dcd" signature)`);
  return decodeCbor(data.subarray(SIGNATURE.length));
}

function pagefindBytes(value: CborValue): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, encodeCbor(value)]), { level: 9 });
}

const isText = (value: CborValue | undefined): value is string => typeof value === 'string';
const isCount = (value: CborValue | undefined): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks the metadata has Pagefind 1.6's shape, naming the first field that does not. */
function metadataParts(meta: CborValue, file: string) {
  const fail = (what: string): never => {
    throw new Error(`${file}: unexpected Pagefind metadata (${what}); src/integrations/pagefind/compact-bundle.ts knows Pagefind ${SUPPORTED_PAGEFIND_VERSIONS.join(', ')}`);
  };
  if (!Array.isArray(meta) || meta.length !== 6) return fail('not a list of 6 fields');
  const [version, pages, chunks] = meta;
  if (!isText(version) || !SUPPORTED_PAGEFIND_VERSIONS.includes(version)) return fail(`version ${JSON.stringify(version)}`);
  if (!Array.isArray(pages)) return fail('pages are not a list');
  pages.forEach((page, index) => {
    if (!Array.isArray(page) || page.length !== 3 || !isText(page[0]) || !isCount(page[1]) || !isText(page[2])) return fail(`page ${index} is not [hash, word count, group]`);
    // A page in a fragment group is found inside the group's file by its hash, which must not change.
    if (page[2] !== '') fail(`page ${index} is in fragment group "${page[2]}"`);
  });
  if (!Array.isArray(chunks)) return fail('index chunks are not a list');
  chunks.forEach((chunk, index) => {
    if (!Array.isArray(chunk) || chunk.length !== 3 || !chunk.every(isText)) fail(`index chunk ${index} is not [from, to, hash]`);
  });
  const filters = meta[3];
  if (!Array.isArray(filters)) return fail('filter chunks are not a list');
  filters.forEach((filter, index) => {
    if (!Array.isArray(filter) || filter.length !== 2 || !filter.every(isText)) fail(`filter chunk ${index} is not [filter, hash]`);
  });
  return { pages: pages as [string, number, string][], chunks: chunks as [string, string, string][], filters: filters as [string, string][] };
}

/**
 * Every word of the index with its entry (its pages renumbered by `rank`), in order, from the chunk files
 * the metadata lists. A chunk file is `[[word entry, …]]`, and a word entry starts with the word
 * (Pagefind 1.6's `index_chunk.rs`).
 * (Pagefind's own bounds are shortened prefixes, "201907" for a chunk ending with "20190703", so only
 * the order of the words is checked here; the new bounds come from the words themselves.)
 */
function readIndexWords(bundle: string, chunks: [string, string, string][], rank: readonly number[]): SizedWord<CborValue>[] {
  const words: SizedWord<CborValue>[] = [];
  for (const [, , hash] of chunks) {
    const file = join(bundle, 'index', `${hash}.pf_index`);
    const chunk = readPagefindFile(file);
    if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0])) throw new Error(`${file}: unexpected Pagefind index chunk (not [[word entries]])`);
    for (const written of chunk[0]) {
      const entry = renumberWordEntry(written, rank, file);
      const word = (entry as [string])[0];
      const previous = words.at(-1);
      if (previous && compareWords(previous.word, word) >= 0) throw new Error(`${file}: the index words are out of order ("${previous.word}", then "${word}")`);
      words.push({ word, entry, bytes: encodeCbor(entry).length });
    }
  }
  return words;
}

/** Compacts one language's metadata in the bundle at `bundle` (its `pagefind/` folder). */
function compactLanguage(bundle: string, entry: Entry, language: string): CompactionReport {
  const details = entry.languages[language]!;
  const metaFile = join(bundle, `pagefind.${details.hash}.pf_meta`);
  const written = readFileSync(metaFile);
  const meta = readPagefindFile(metaFile) as CborValue[];
  const { pages, chunks, filters } = metadataParts(meta, metaFile);
  const rank = rankByDate(meta[4], pages.length, metaFile);

  const tag = createHash('sha256').update(written).digest('hex').slice(0, TAG_LENGTH);
  const shortName = (position: number) => indexFileName(tag, position);

  const byRank = new Array<[string, number, string]>(pages.length);
  pages.forEach((page, index) => (byRank[rank[index]!] = page));
  const renamedPages = byRank.map(([hash, wordCount, group], position) => {
    const name = shortName(position);
    renameSync(join(bundle, 'fragment', `${hash}.pf_fragment`), join(bundle, 'fragment', `${name}.pf_fragment`));
    return [name, wordCount, group];
  });
  const groups = groupWordsBySize(readIndexWords(bundle, chunks, rank), CHUNK_TARGET_BYTES);
  for (const [, , hash] of chunks) rmSync(join(bundle, 'index', `${hash}.pf_index`));
  groups.forEach((group, position) => writeFileSync(join(bundle, 'index', `${shortName(position)}.pf_index`), pagefindBytes([group.map(({ entry }) => entry)])));
  const bounds = closeChunkGaps(groups.map((group) => ({ from: group[0]!.word, to: group.at(-1)!.word })));
  const renamedChunks = bounds.map(({ from, to }, position) => [from, to, shortName(position)]);

  const facets: Record<string, Record<string, number[]>> = {};
  const renamedFilters = filters.map(([filter, hash], position) => {
    const file = join(bundle, 'filter', `${hash}.pf_filter`);
    const renumbered = renumberFilterChunk(readPagefindFile(file), rank, file) as [string, [string, number[]][]];
    facets[filter] = Object.fromEntries(renumbered[1]);
    rmSync(file);
    writeFileSync(join(bundle, 'filter', `${shortName(position)}.pf_filter`), pagefindBytes(renumbered));
    return [filter, shortName(position)];
  });
  // The same facts, compact, for the search page's facets (see src/lib/search/facet-table.ts).
  writeFileSync(join(bundle, facetTableFileName(tag)), gzipSync(encodeFacetTable(pages.length, facets), { level: 9 }));

  // No sorts: page numbers are the date order (see page-order.ts).
  const compacted = pagefindBytes([meta[0]!, renamedPages, renamedChunks, renamedFilters, [], meta[5]!]);
  // The metadata's own name carries its content hash, as Pagefind's does: browsers may cache it forever.
  const hash = `${language}_${createHash('sha256').update(compacted).digest('hex').slice(0, 10)}`;
  rmSync(metaFile);
  writeFileSync(join(bundle, `pagefind.${hash}.pf_meta`), compacted);
  details.hash = hash;
  return { language, pages: pages.length, words: groups.reduce((sum, group) => sum + group.length, 0), chunks: groups.length, bytesBefore: written.length, bytesAfter: compacted.length };
}

/** Compacts every language of the Pagefind bundle in `bundle` and updates its entry file. */
export function compactBundle(bundle: string): CompactionReport[] {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  if (!SUPPORTED_PAGEFIND_VERSIONS.includes(entry.version)) {
    throw new Error(`${entryFile}: Pagefind ${entry.version} wrote this index; src/integrations/pagefind/compact-bundle.ts knows the format of ${SUPPORTED_PAGEFIND_VERSIONS.join(', ')} only. Check the format and add the version.`);
  }
  const reports = Object.keys(entry.languages).map((language) => compactLanguage(bundle, entry, language));
  writeFileSync(entryFile, JSON.stringify(entry));
  return reports;
}
