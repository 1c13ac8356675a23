/**
 * Writes a compacted copy of a Pagefind bundle into another folder: its metadata smaller and its chunk
 * lookup exact. Pagefind's bundle is only read. Every first search downloads the metadata whole, so on a
 * large site it is the largest fixed cost after Pagefind's WebAssembly (docs/search.md).
 *
 * - Pages numbered by date, newest first, so the date sort leaves the metadata (see `page-order.ts`).
 * - Short names. Pagefind names each page's fragment and each index chunk after a hash of its content,
 *   seven hex digits the metadata lists for every page, which no compression shrinks. Here they are renamed to the bundle's tag plus their position in base 36
 *   (`3be0d0`, `3be0d1`, …, see `src/lib/search/index-names.ts`), which compresses to a few kilobytes.
 *   The tag comes from the metadata's content, so a new build never reuses a name with other content
 *   and a cached file is never stale. Filter chunks, whose page numbers change, get such names too.
 * - Index chunks regrouped by size (see `rechunk.ts`), with no gaps between them (see `chunk-bounds.ts`).
 * - The filters written once more as a small facet table for the search page (`facet-table.ts`), and
 *   the title sort as a file of its own that only a title sort loads (`title-order.ts`).
 *
 * Every file is checked against `src/lib/search/pagefind-format.ts` as it is read; a file of another
 * shape stops the compaction with a `PagefindFormatError` (see `optimize.ts`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cborLength, encodeCbor, type CborValue } from '../lib/search/cbor.ts';
import { indexFileName, TAG_LENGTH } from '../lib/search/index-names.ts';
import { encodeFacetTable, facetTableFileName } from '../lib/search/facet-table.ts';
import {
  checkFilterChunk,
  checkIndexChunk,
  checkMetadata,
  isKnownPagefindVersion,
  PagefindFormatError,
  type ChunkMeta,
  type WordEntry,
} from '../lib/search/pagefind-format.ts';
import { readPagefindFile, writePagefindFile, type Move, type WrittenFile } from './bundle-files.ts';
import { closeChunkGaps, compareWords } from './chunk-bounds.ts';
import { pageOrders, renumberFilterChunk, renumberWordEntry } from './page-order.ts';
import { encodeTitleOrder, titleOrderFileName } from '../lib/search/title-order.ts';
import { encodeLowerRanked, lowerRankedFileName, lowerRankedTypes } from '../lib/search/type-rank.ts';
import { groupWordsBySize, type SizedWord } from './rechunk.ts';

/**
 * Encoded bytes of a word's entries that fill an index chunk. Larger
 * chunks make the metadata shorter and each rare word's download longer; this size balances the two
 * (docs/search.md has the measurements).
 */
const CHUNK_TARGET_BYTES = 16_000;

/** Pagefind's `pagefind-entry.json`: its version, and each language's metadata hash. */
export interface BundleEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

/** What the compaction did, for the build log and the tests. */
export interface CompactionReport {
  language: string;
  /** The tag of this language's file names, and of its facet table (`src/lib/search/index-names.ts`). */
  tag: string;
  pages: number;
  words: number;
  chunks: number;
  bytesBefore: number;
  bytesAfter: number;
  /** The index chunks and the metadata it wrote, for packing (`pack-bundle.ts`). */
  written: { chunks: WrittenFile[]; metadata: WrittenFile };
  /**
   * The page fragments under their new names: moved, not written, and only once the whole optimized
   * bundle is ready (`optimize.ts`), so that Pagefind's bundle stays whole until then.
   */
  fragments: Move[];
}

/**
 * Every word of the index with its entry (its pages renumbered by `rank`), in order, from the chunk files
 * the metadata lists. A chunk file is `[[word entry, …]]`, and a word entry starts with the word
 * (Pagefind 1.6's `index_chunk.rs`).
 * (Pagefind's own bounds are shortened prefixes, "201907" for a chunk ending with "20190703", so only
 * the order of the words is checked here; the new bounds come from the words themselves.)
 */
function readIndexWords(bundle: string, chunks: readonly ChunkMeta[], rank: readonly number[]): SizedWord<WordEntry>[] {
  const words: SizedWord<WordEntry>[] = [];
  for (const [, , hash] of chunks) {
    const file = join(bundle, 'index', `${hash}.pf_index`);
    for (const written of checkIndexChunk(readPagefindFile(file), file)) {
      const entry = renumberWordEntry(written, rank, file);
      const word = entry[0];
      const previous = words.at(-1);
      if (previous && compareWords(previous.word, word) >= 0)
        throw new PagefindFormatError(`${file}: the index words are out of order ("${previous.word}", then "${word}")`);
      words.push({ word, entry, bytes: cborLength(entry) });
    }
  }
  return words;
}

/**
 * Compacts one language of the bundle at `bundle` into `output`, and sets the language's new metadata
 * hash in `entry`.
 */
export function compactLanguage(bundle: string, output: string, entry: BundleEntry, language: string): CompactionReport {
  const details = entry.languages[language]!;
  const metaFile = join(bundle, `pagefind.${details.hash}.pf_meta`);
  const written = readFileSync(metaFile);
  const meta = checkMetadata(readPagefindFile(metaFile), metaFile);
  const [version, pages, chunks, filters, sorts, fields] = meta;
  // A page in a fragment group is found inside the group's file by its hash, which must not change.
  const grouped = pages.findIndex(([, , group]) => group !== '');
  if (grouped >= 0)
    throw new PagefindFormatError(
      `${metaFile}: page ${grouped} is in fragment group "${pages[grouped]![2]}", which the short names would break`,
    );
  const { rank, titlePlace } = pageOrders(sorts, pages.length, metaFile);

  const tag = createHash('sha256').update(written).digest('hex').slice(0, TAG_LENGTH);
  const shortName = (position: number) => indexFileName(tag, position);

  const byRank = new Array<[string, number, string]>(pages.length);
  pages.forEach((page, index) => (byRank[rank[index]!] = page));
  for (const folder of ['fragment', 'index', 'filter']) mkdirSync(join(output, folder), { recursive: true });
  const fragments: Move[] = [];
  const renamedPages = byRank.map(([hash, wordCount, group], position) => {
    const name = shortName(position);
    fragments.push([join(bundle, 'fragment', `${hash}.pf_fragment`), join(output, 'fragment', `${name}.pf_fragment`)]);
    return [name, wordCount, group];
  });
  const groups = groupWordsBySize(readIndexWords(bundle, chunks, rank), CHUNK_TARGET_BYTES);
  const writtenChunks = groups.map((group, position) =>
    writePagefindFile(join(output, 'index', `${shortName(position)}.pf_index`), [group.map(({ entry }) => entry)]),
  );
  const bounds = closeChunkGaps(groups.map((group) => ({ from: group[0]!.word, to: group.at(-1)!.word })));
  const renamedChunks = bounds.map(({ from, to }, position) => [from, to, shortName(position)]);

  const facets: Record<string, Record<string, number[]>> = {};
  const renamedFilters = filters.map(([filter, hash], position) => {
    const file = join(bundle, 'filter', `${hash}.pf_filter`);
    const renumbered = renumberFilterChunk(checkFilterChunk(readPagefindFile(file), file), rank, file);
    facets[filter] = Object.fromEntries(renumbered[1]);
    writePagefindFile(join(output, 'filter', `${shortName(position)}.pf_filter`), renumbered);
    return [filter, shortName(position)];
  });
  // The same facts, compact, for the search page's facets (see src/lib/search/facet-table.ts).
  writeFileSync(join(output, facetTableFileName(tag)), gzipSync(encodeFacetTable(pages.length, facets), { level: 9 }));

  // The pages of the types that rank lower, for relevance across types (type-rank.ts).
  const lower = lowerRankedTypes.flatMap((type) => facets['type']?.[type] ?? []);
  writeFileSync(join(output, lowerRankedFileName(tag)), gzipSync(encodeLowerRanked(pages.length, lower), { level: 9 }));

  // The title order, by the pages' new positions, in a file only a title sort loads (title-order.ts).
  if (titlePlace) {
    const byPosition = new Array<number>(pages.length);
    titlePlace.forEach((place, page) => (byPosition[rank[page]!] = place));
    writeFileSync(join(output, titleOrderFileName(tag)), gzipSync(encodeTitleOrder(byPosition), { level: 9 }));
  }

  // No sorts: page numbers are the date order (see page-order.ts). The metadata's own name carries its
  // content hash, as Pagefind's does: browsers may cache it forever.
  const compacted: CborValue = [version, renamedPages, renamedChunks, renamedFilters, [], fields];
  const hash = `${language}_${createHash('sha256').update(encodeCbor(compacted)).digest('hex').slice(0, 10)}`;
  const metadata = writePagefindFile(join(output, `pagefind.${hash}.pf_meta`), compacted);
  details.hash = hash;
  return {
    language,
    tag,
    pages: pages.length,
    words: groups.reduce((sum, group) => sum + group.length, 0),
    chunks: groups.length,
    bytesBefore: written.length,
    bytesAfter: metadata.gzipped.length,
    written: { chunks: writtenChunks, metadata },
    fragments,
  };
}

/** Reads the bundle's entry file, and refuses a Pagefind version whose format this site does not know. */
export function readBundleEntry(bundle: string): BundleEntry {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as BundleEntry;
  if (!isKnownPagefindVersion(entry.version)) {
    throw new PagefindFormatError(
      `${entryFile}: Pagefind ${entry.version} wrote this index, a format src/lib/search/pagefind-format.ts does not know yet`,
    );
  }
  return entry;
}

/** Writes the entry file of the compacted bundle, pointing each language at its new metadata. */
export function writeBundleEntry(output: string, entry: BundleEntry): void {
  writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify(entry));
}

/**
 * Writes a compacted copy of every language of the Pagefind bundle in `bundle` into `output`: the
 * metadata, index chunks, filter chunks, facet table and entry file it makes; the page fragments' new
 * names are in each report's `fragments`, to move once the rest is done. Leaves `bundle` as it was.
 */
export function compactBundle(bundle: string, output: string): CompactionReport[] {
  const entry = readBundleEntry(bundle);
  const reports = Object.keys(entry.languages).map((language) => compactLanguage(bundle, output, entry, language));
  writeBundleEntry(output, entry);
  return reports;
}
