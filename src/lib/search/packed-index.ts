/**
 * Pagefind's index chunks and metadata, packed for the wire: the same words, pages and positions, coded
 * with models that learn each kind of number (`range-coder.ts`) instead of gzip. The build writes a
 * packed file next to each of these files (`src/search-index/pack-bundle.ts`); the search page
 * unpacks it back into the exact bytes Pagefind wrote and hands them to Pagefind (`packed-fetch.ts`), so
 * Pagefind's results, ranking, excerpts and quoted phrases are the ones of its own files.
 *
 * A chunk is `[[entry, …]]`; an entry is `[word, pages, variants]`; pages are
 * `[gap from the previous page, locations, meta locations]`, where a location list holds word positions
 * and negative weight or field markers; a variant (the word as written with accents) is
 * `[variant, pages]` (Pagefind 1.6's `index_chunk.rs`, checked as it is packed).
 *
 * A packed chunk: a format byte, then one coded stream: the entry count; per entry the word (the length
 * it shares with the word before, then the rest), its pages, its variants. Words are in order, so most
 * share a prefix with the one before. The metadata: see `MetadataModel`.
 */
import { CborWriter, encodeCbor, type CborValue } from './cbor.ts';
import { TAG_LENGTH } from './index-names.ts';
import {
  checkIndexChunk,
  checkMetadata,
  PAGEFIND_SIGNATURE,
  type ChunkMeta,
  type FilterMeta,
  type Metadata,
  type PageEntry,
  type PageMeta,
  type SortMeta,
  type WordEntry,
} from './pagefind-format.ts';
import { probabilities, RangeDecoder, RangeEncoder, TextModel, UintModel, type BitCoder } from './range-coder.ts';

/**
 * The first byte of a packed file. A small chunk of a few words on many pages (dates, numbers) repeats
 * whole runs that gzip copies and the models must still code one by one; its packed file is then
 * Pagefind's own gzipped file after a 0 byte (a coded chunk starts with 1, coded metadata with 2).
 * Another value is refused, so an old reader never misreads a newer file.
 */
export const PACKED_FORMAT = { gzipped: 0, chunk: 1, metadata: 2 } as const;

/**
 * A packed file is named as the file it packs, with this extension for `.pf_index` (an index chunk) or
 * `.pf_meta` (the metadata): `index/<name>.pf_packed`, `pagefind.<hash>.pf_packed`.
 */
export const PACKED_EXTENSION = '.pf_packed';

/*
 * Each model below codes its part in both directions: `write` packs a chunk's values, `read` unpacks
 * them straight into the CBOR Pagefind reads, with no list built in between (a chunk of a word on most
 * pages holds tens of thousands of numbers, unpacked on a reader's first search). The two make the same
 * coding calls in the same order; the tests and the build check every chunk both ways.
 */

/** A list of signed whole numbers: markers (negative) and positions (a first one, then gaps). */
class IntListModel {
  private readonly length = new UintModel();
  // The sign of the first number, and of a number after a marker or after a position.
  private readonly signs = probabilities(3);
  private readonly markers = new UintModel();
  private readonly afterMarker = new UintModel();
  private readonly afterPosition = new UintModel();

  write(coder: RangeEncoder, list: readonly number[]): void {
    this.length.code(coder, list.length);
    let context = 0;
    for (const value of list) {
      if (coder.bit(this.signs, context, value < 0 ? 1 : 0)) {
        this.markers.code(coder, -1 - value);
        context = 1;
      } else {
        (context === 1 ? this.afterMarker : this.afterPosition).code(coder, value);
        context = 2;
      }
    }
  }

  read(coder: RangeDecoder, out: CborWriter): void {
    const count = this.length.code(coder);
    out.array(count);
    let context = 0;
    for (let index = 0; index < count; index++) {
      if (coder.bit(this.signs, context)) {
        out.int(-1 - this.markers.code(coder));
        context = 1;
      } else {
        out.int((context === 1 ? this.afterMarker : this.afterPosition).code(coder));
        context = 2;
      }
    }
  }
}

/** A word's pages: `[gap, locations, meta locations]` each. */
class PageListModel {
  private readonly count = new UintModel();
  private readonly gaps = new UintModel();
  private readonly locations = new IntListModel();
  private readonly metaLocations = new IntListModel();

  write(coder: RangeEncoder, pages: readonly PageEntry[]): void {
    this.count.code(coder, pages.length);
    for (const [gap, locations, metaLocations] of pages) {
      this.gaps.code(coder, gap);
      this.locations.write(coder, locations);
      this.metaLocations.write(coder, metaLocations);
    }
  }

  read(coder: RangeDecoder, out: CborWriter): void {
    const count = this.count.code(coder);
    out.array(count);
    for (let index = 0; index < count; index++) {
      out.array(3);
      out.int(this.gaps.code(coder));
      this.locations.read(coder, out);
      this.metaLocations.read(coder, out);
    }
  }
}

/** The models of one chunk: its words, each with its pages and its variants. */
class ChunkModel {
  private readonly entries = new UintModel();
  private readonly shared = new UintModel();
  private readonly rest = new TextModel();
  private readonly pages = new PageListModel();
  private readonly variantCount = new UintModel();
  private readonly variants = new TextModel();
  private readonly variantPages = new PageListModel();

  write(coder: RangeEncoder, words: readonly WordEntry[]): void {
    const utf8 = new TextEncoder();
    this.entries.code(coder, words.length);
    let before = new Uint8Array(0);
    for (const [text, pages, variants] of words) {
      const word = utf8.encode(text);
      const shared = sharedPrefix(before, word);
      this.shared.code(coder, shared);
      this.rest.codeBytes(coder, word.subarray(shared));
      before = word;
      this.pages.write(coder, pages);
      this.variantCount.code(coder, variants.length);
      for (const [variant, variantPages] of variants) {
        this.variants.codeBytes(coder, utf8.encode(variant));
        this.variantPages.write(coder, variantPages);
      }
    }
  }

  /** Reads the chunk into `out` as Pagefind's `[[entry, …]]`. */
  read(coder: RangeDecoder, out: CborWriter): void {
    const count = this.entries.code(coder);
    out.array(1);
    out.array(count);
    let before = new Uint8Array(0);
    for (let index = 0; index < count; index++) {
      const shared = this.shared.code(coder);
      if (shared > before.length)
        throw new Error(`packed search data: word ${index} shares ${shared} bytes with a word of ${before.length}`);
      const rest = this.rest.codeBytes(coder);
      const word = new Uint8Array(shared + rest.length);
      word.set(before.subarray(0, shared));
      word.set(rest, shared);
      before = word;
      out.array(3);
      out.textBytes(word);
      this.pages.read(coder, out);
      const variants = this.variantCount.code(coder);
      out.array(variants);
      for (let variant = 0; variant < variants; variant++) {
        out.array(2);
        out.textBytes(this.variants.codeBytes(coder));
        this.variantPages.read(coder, out);
      }
    }
  }
}

function sharedPrefix(a: Uint8Array, b: Uint8Array): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * The metadata file of a bundle: `[version, pages, index chunks, filter chunks, sorts, meta fields]`,
 * where a page is `[name, word count, fragment group]`, an index chunk `[first word, last word, name]`, a
 * filter chunk `[filter, name]` and a sort `[sort, pages in order]` (Pagefind 1.6's `metadata.rs`).
 *
 * Names the build gave (`index-names.ts`: the bundle's tag, then the position in base 36) cost nothing
 * once the tag is known: a list whose names all follow it is coded as one bit. Most of the rest is
 * word counts and the chunks' bounds, each bound coded as the length it shares with the word before.
 */
class MetadataModel {
  private readonly text = new TextModel();
  private readonly counts = new UintModel();
  private readonly wordCounts = new UintModel();
  private readonly shared = new UintModel();
  private readonly bounds = new TextModel();
  private readonly sortPages = new UintModel();
  private readonly flags = probabilities(3);

  code(coder: BitCoder, meta?: Metadata): Metadata {
    const version = this.text.code(coder, meta?.[0]);
    // The tag of the build's names ('' when the first page's name has none); undefined when reading.
    const named = this.text.code(coder, meta ? (nameTag(meta) ?? '') : undefined);
    const names = (list: number, written?: readonly string[]) => {
      const follows = coder.bit(
        this.flags,
        list,
        written === undefined
          ? undefined
          : written.every((name, position) => name === `${named}${position.toString(36)}`) && named !== ''
            ? 1
            : 0,
      );
      return (position: number, name?: string) => (follows ? `${named}${position.toString(36)}` : this.text.code(coder, name));
    };

    const pageCount = this.counts.code(coder, meta?.[1].length);
    const pageName = names(
      0,
      meta?.[1].map(([name]) => name),
    );
    const pages = Array.from({ length: pageCount }, (_, position): PageMeta => {
      const page = meta?.[1][position];
      return [pageName(position, page?.[0]), this.wordCounts.code(coder, page?.[1]), this.text.code(coder, page?.[2])];
    });

    const chunkCount = this.counts.code(coder, meta?.[2].length);
    const chunkName = names(
      1,
      meta?.[2].map(([, , name]) => name),
    );
    let before = '';
    const chunks = Array.from({ length: chunkCount }, (_, position): ChunkMeta => {
      const chunk = meta?.[2][position];
      const from = this.bound(coder, before, chunk?.[0]);
      const to = this.bound(coder, from, chunk?.[1]);
      before = to;
      return [from, to, chunkName(position, chunk?.[2])];
    });

    const filterCount = this.counts.code(coder, meta?.[3].length);
    const filterName = names(
      2,
      meta?.[3].map(([, name]) => name),
    );
    const filters = Array.from({ length: filterCount }, (_, position): FilterMeta => {
      const filter = meta?.[3][position];
      return [this.text.code(coder, filter?.[0]), filterName(position, filter?.[1])];
    });

    const sortCount = this.counts.code(coder, meta?.[4].length);
    const sorts = Array.from({ length: sortCount }, (_, position): SortMeta => {
      const sort = meta?.[4][position];
      const name = this.text.code(coder, sort?.[0]);
      const length = this.counts.code(coder, sort?.[1].length);
      return [name, Array.from({ length }, (_, index) => this.sortPages.code(coder, sort?.[1][index]))];
    });

    const fieldCount = this.counts.code(coder, meta?.[5].length);
    const fields = Array.from({ length: fieldCount }, (_, position) => this.text.code(coder, meta?.[5][position]));
    return [version, pages, chunks, filters, sorts, fields];
  }

  /** A chunk bound: the length it shares with `before` in UTF-16 units, then the rest. */
  private bound(coder: BitCoder, before: string, bound?: string): string {
    let shared = 0;
    if (bound !== undefined) while (shared < before.length && shared < bound.length && before[shared] === bound[shared]) shared++;
    // Never between the two halves of a character beyond U+FFFF ("😀", or the U+10FFFF that ends a
    // chunk's last bound): the rest is coded as UTF-8, which has no half characters.
    if (shared > 0 && /[\uD800-\uDBFF]/.test(before[shared - 1]!)) shared--;
    shared = this.shared.code(coder, bound === undefined ? undefined : shared);
    if (shared > before.length) throw new Error(`packed search data: a chunk bound shares ${shared} units with one of ${before.length}`);
    return before.slice(0, shared) + this.bounds.code(coder, bound?.slice(shared));
  }
}

/** The tag of the names the build gave, read off the first page's name, or undefined. */
function nameTag(meta: Metadata): string | undefined {
  const first = meta[1][0]?.[0];
  return first !== undefined && first.length > TAG_LENGTH ? first.slice(0, TAG_LENGTH) : undefined;
}

const withFormat = (format: number, data: Uint8Array) => {
  const file = new Uint8Array(data.length + 1);
  file[0] = format;
  file.set(data, 1);
  return file;
};

/** The packed file: the coded form if smaller than the gzipped file, which it is otherwise. */
function smaller(format: number, coder: RangeEncoder, gzipped: Uint8Array): Uint8Array {
  const coded = coder.finish();
  return coded.length < gzipped.length ? withFormat(format, coded) : withFormat(PACKED_FORMAT.gzipped, gzipped);
}

/**
 * The packed file of a Pagefind index chunk: `chunk` as decoded from its file, `gzipped` the file as
 * written. The smaller of the coded chunk and the gzipped file; `where` names the chunk in errors.
 */
export function packIndexChunk(chunk: CborValue, gzipped: Uint8Array, where: string): Uint8Array {
  const encoder = new RangeEncoder();
  new ChunkModel().write(encoder, checkIndexChunk(chunk, where));
  return smaller(PACKED_FORMAT.chunk, encoder, gzipped);
}

/** The packed file of a bundle's metadata, as `packIndexChunk` for a chunk. */
export function packMetadata(meta: CborValue, gzipped: Uint8Array, where: string): Uint8Array {
  const encoder = new RangeEncoder();
  new MetadataModel().code(encoder, checkMetadata(meta, where));
  return smaller(PACKED_FORMAT.metadata, encoder, gzipped);
}

/**
 * The bytes Pagefind reads for a packed file: the file's content as its own file holds it once unzipped
 * (its signature, then the chunk or metadata as CBOR), which Pagefind takes as is;
 * or its own gzipped file.
 */
export function unpackPagefindFile(packed: Uint8Array): Uint8Array {
  const format = packed[0];
  if (format === PACKED_FORMAT.gzipped) return packed.subarray(1);
  if (format !== PACKED_FORMAT.chunk && format !== PACKED_FORMAT.metadata) {
    throw new Error(
      `packed search data: format ${format} is none of ${Object.entries(PACKED_FORMAT)
        .map(([name, value]) => `${value} (${name})`)
        .join(', ')}`,
    );
  }
  const decoder = new RangeDecoder(packed, 1);
  let bytes: Uint8Array;
  if (format === PACKED_FORMAT.chunk) {
    const out = new CborWriter(PAGEFIND_SIGNATURE);
    new ChunkModel().read(decoder, out);
    bytes = out.finish();
  } else {
    bytes = encodeCbor(new MetadataModel().code(decoder) as CborValue, PAGEFIND_SIGNATURE);
  }
  if (!decoder.done) throw new Error('packed search data: bytes left after the end');
  return bytes;
}
