/**
 * An adaptive binary range coder (the one LZMA uses) and the two models the packed search index needs:
 * whole numbers and text. Shared by the build, which packs (`src/search-index/`), and the
 * search page, which unpacks (`packed-index.ts`), so both sides always model the data the same way.
 *
 * Why not gzip: an index chunk is mostly word positions, numbers gzip codes byte by byte with one static
 * table per block. A model per kind of number (gaps, positions, markers) that learns as it goes codes
 * each in about the bits its spread needs, markedly fewer bytes than gzip (docs/search.md).
 *
 * Each decision is one bit with a probability the model keeps (11 bits, moved 1/16 of the way towards
 * each bit seen; LZMA's own streams move 1/32). The decoder makes the same updates in the same order,
 * so the two never need to share a table.
 */

const PROBABILITY_BITS = 11;
const PROBABILITY_ONE = 1 << PROBABILITY_BITS;
const ADAPT_SHIFT = 4;
const TOP = 2 ** 24;
const HALF = PROBABILITY_ONE >> 1;

/** One side of the coder: the models call `bit` the same way whether they write or read. */
export interface BitCoder {
  /** Codes a bit with the adaptive probability `probabilities[index]`; returns the bit. */
  bit(probabilities: Uint16Array, index: number, bit?: number): number;
  /** Codes `count` (at most 30) bits of `value` at even odds, highest first; returns the value. */
  direct(count: number, value?: number): number;
}

/** New probabilities, all at even odds. */
export function probabilities(count: number): Uint16Array {
  return new Uint16Array(count).fill(HALF);
}

export class RangeEncoder implements BitCoder {
  private low = 0;
  private range = 0xffffffff;
  private cache = 0;
  private cacheSize = 1;
  private out = new Uint8Array(1024);
  private size = 0;

  bit(probabilities: Uint16Array, index: number, bit = 0): number {
    const probability = probabilities[index]!;
    const bound = (this.range >>> PROBABILITY_BITS) * probability;
    if (bit === 0) {
      this.range = bound;
      probabilities[index] = probability + ((PROBABILITY_ONE - probability) >> ADAPT_SHIFT);
    } else {
      this.low += bound;
      this.range -= bound;
      probabilities[index] = probability - (probability >> ADAPT_SHIFT);
    }
    while (this.range < TOP) {
      this.range = (this.range * 256) >>> 0;
      this.shiftLow();
    }
    return bit;
  }

  direct(count: number, value = 0): number {
    for (let shift = count - 1; shift >= 0; shift--) {
      this.range = this.range >>> 1;
      if ((value >>> shift) & 1) this.low += this.range;
      while (this.range < TOP) {
        this.range = (this.range * 256) >>> 0;
        this.shiftLow();
      }
    }
    return value;
  }

  /** The coded bytes; the encoder is done after this. */
  finish(): Uint8Array {
    for (let index = 0; index < 5; index++) this.shiftLow();
    return this.out.slice(0, this.size);
  }

  // `low` may carry into bit 32; bytes wait in `cache` until no later carry can change them.
  private shiftLow() {
    if (this.low < 0xff000000 || this.low >= 2 ** 32) {
      const carry = this.low >= 2 ** 32 ? 1 : 0;
      let pending = this.cache;
      do {
        if (this.size === this.out.length) {
          const larger = new Uint8Array(this.size * 2);
          larger.set(this.out);
          this.out = larger;
        }
        this.out[this.size++] = (pending + carry) & 0xff;
        pending = 0xff;
      } while (--this.cacheSize !== 0);
      this.cache = (this.low >>> 24) & 0xff;
    }
    this.cacheSize++;
    this.low = (this.low & 0x00ffffff) * 256;
  }
}

export class RangeDecoder implements BitCoder {
  private range = 0xffffffff;
  private code = 0;
  private at: number;
  private readonly bytes: Uint8Array;

  /** Reads the stream in `bytes` from `start`. */
  constructor(bytes: Uint8Array, start = 0) {
    this.bytes = bytes;
    this.at = start;
    if (this.nextByte() !== 0) throw new Error('packed search data: the coded stream does not start with 0');
    for (let index = 0; index < 4; index++) this.code = ((this.code << 8) | this.nextByte()) >>> 0;
  }

  bit(probabilities: Uint16Array, index: number): number {
    const probability = probabilities[index]!;
    const bound = (this.range >>> PROBABILITY_BITS) * probability;
    let bit: number;
    if (this.code < bound) {
      this.range = bound;
      probabilities[index] = probability + ((PROBABILITY_ONE - probability) >> ADAPT_SHIFT);
      bit = 0;
    } else {
      this.code -= bound;
      this.range -= bound;
      probabilities[index] = probability - (probability >> ADAPT_SHIFT);
      bit = 1;
    }
    while (this.range < TOP) {
      this.range = (this.range * 256) >>> 0;
      this.code = (this.code * 256 + this.nextByte()) >>> 0;
    }
    return bit;
  }

  direct(count: number): number {
    let value = 0;
    for (let index = 0; index < count; index++) {
      this.range = this.range >>> 1;
      let bit = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        bit = 1;
      }
      value = value * 2 + bit;
      while (this.range < TOP) {
        this.range = (this.range * 256) >>> 0;
        this.code = (this.code * 256 + this.nextByte()) >>> 0;
      }
    }
    return value;
  }

  /** True once every coded byte has been read (the encoder's flush leaves none over). */
  get done(): boolean {
    return this.at === this.bytes.length;
  }

  private nextByte(): number {
    if (this.at >= this.bytes.length) throw new Error('packed search data: the coded stream ends early');
    return this.bytes[this.at++]!;
  }
}

/** Bits of a whole number's length class: classes 0 to 31 (values up to 2^31 - 2). */
const CLASS_BITS = 5;
/**
 * Bits under a number's leading one coded with learned odds; the rest are at even odds. On a large
 * generated index, modelling more than four bits gained nothing (word positions are not spread evenly
 * within their class); six keeps a margin.
 */
const MODELLED_BITS = 6;

/**
 * Whole numbers from 0 to 2^31 - 2, Elias-gamma style: `value + 1` has a leading one at bit `class`;
 * the class is coded with learned odds (a binary tree of 32 leaves), then up to 6 bits under the leading
 * one with learned odds (a tree per class), then the rest at even odds. A model per kind of number learns its
 * spread: page gaps of 1 cost a fraction of a bit, word positions about what their range needs.
 */
export class UintModel {
  private readonly classes = probabilities(1 << CLASS_BITS);
  private readonly top = probabilities((1 << CLASS_BITS) << MODELLED_BITS);

  code(coder: BitCoder, value?: number): number {
    const writing = value !== undefined;
    if (writing && (!Number.isInteger(value) || value < 0 || value > 2 ** 31 - 2))
      throw new Error(`packed search data: ${value} is not a whole number from 0 to 2^31 - 2`);
    const shifted = writing ? value + 1 : 0;
    const numberClass = writing ? 31 - Math.clz32(shifted) : 0;
    let node = 1;
    for (let level = CLASS_BITS - 1; level >= 0; level--) node = (node << 1) | coder.bit(this.classes, node, (numberClass >>> level) & 1);
    const decodedClass = node - (1 << CLASS_BITS);
    const modelled = Math.min(MODELLED_BITS, decodedClass);
    let result = 1;
    let topNode = 1;
    for (let level = decodedClass - 1; level >= decodedClass - modelled; level--) {
      const bit = coder.bit(this.top, (decodedClass << MODELLED_BITS) + topNode, (shifted >>> level) & 1);
      topNode = (topNode << 1) | bit;
      result = (result << 1) | bit;
    }
    const rest = decodedClass - modelled;
    const low = coder.direct(rest, writing ? shifted & ((1 << rest) - 1) : undefined);
    return result * 2 ** rest + low - 1;
  }
}

/**
 * Text as UTF-8 bytes: its length (a `UintModel`), then each byte with learned odds (a binary tree of
 * 256 leaves), so the letters of a language's words cost what they need. (The byte before as context
 * gained nothing on the index's words: too few of them per chunk to learn 256 tables.)
 */
export class TextModel {
  private readonly length = new UintModel();
  private readonly bytes = probabilities(256);
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  /** Codes bytes: given when writing, returned when reading. */
  codeBytes(coder: BitCoder, text?: Uint8Array): Uint8Array {
    const count = this.length.code(coder, text?.length);
    // Writing fills `out` with the bytes it already holds; reading fills a new array.
    const out = text ?? new Uint8Array(count);
    for (let index = 0; index < count; index++) {
      let node = 1;
      for (let level = 7; level >= 0; level--)
        node = (node << 1) | coder.bit(this.bytes, node, text ? (text[index]! >>> level) & 1 : undefined);
      out[index] = node & 0xff;
    }
    return out;
  }

  /** Codes text: given when writing, returned when reading. */
  code(coder: BitCoder, text?: string): string {
    return this.decoder.decode(this.codeBytes(coder, text === undefined ? undefined : this.encoder.encode(text)));
  }
}
