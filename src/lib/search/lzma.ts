/**
 * A decoder of LZMA streams (the `.lzma` "alone" format: a 13-byte header, then the coded data), after
 * Igor Pavlov's specification (LZMA SDK, `lzma-specification.txt` and `LzmaSpec.cpp`).
 *
 * Why the search page carries one: Pagefind's WebAssembly, which every first search downloads, is
 * 55.6 kB gzipped and 48.1 kB in LZMA (README "Search"), and browsers have no LZMA decoder of their own.
 * The build compresses it (`src/integrations/pagefind/pack-bundle.ts`) and checks that this decoder
 * gives back every byte.
 */
import { probabilities, RangeDecoder } from './range-coder.ts';

/** LZMA moves a probability 1/32 of the way towards each bit. */
const ADAPT_SHIFT = 5;
const STATES = 12;
const POS_BITS_MAX = 4;
const MATCH_MIN_LENGTH = 2;
const END_POS_MODEL_INDEX = 14;
const FULL_DISTANCES = 1 << 7;
const ALIGN_BITS = 4;
const HEADER_BYTES = 13;
/** The largest output this decoder agrees to make: far above any WebAssembly of Pagefind's. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

function bitTree(coder: RangeDecoder, probs: Uint16Array, bits: number, offset = 0): number {
  let node = 1;
  for (let index = 0; index < bits; index++) node = (node << 1) | coder.bit(probs, offset + node);
  return node - (1 << bits);
}

function reverseBitTree(coder: RangeDecoder, probs: Uint16Array, bits: number, offset = 0): number {
  let node = 1;
  let symbol = 0;
  for (let index = 0; index < bits; index++) {
    const bit = coder.bit(probs, offset + node);
    node = (node << 1) | bit;
    symbol |= bit << index;
  }
  return symbol;
}

/** Match lengths: 2–9, 10–17 or 18–273, by position state for the short ones. */
class LengthDecoder {
  private readonly choice = probabilities(2);
  private readonly low = probabilities((1 << POS_BITS_MAX) << 3);
  private readonly mid = probabilities((1 << POS_BITS_MAX) << 3);
  private readonly high = probabilities(1 << 8);

  decode(coder: RangeDecoder, posState: number): number {
    if (coder.bit(this.choice, 0) === 0) return bitTree(coder, this.low, 3, posState << 3);
    if (coder.bit(this.choice, 1) === 0) return 8 + bitTree(coder, this.mid, 3, posState << 3);
    return 16 + bitTree(coder, this.high, 8);
  }
}

/** Decodes an `.lzma` file whose header gives the decoded size (as every encoder writes when it knows it). */
export function decodeLzma(file: Uint8Array): Uint8Array {
  if (file.length < HEADER_BYTES + 5) throw new Error('LZMA: the file is too short');
  let properties = file[0]!;
  if (properties >= 9 * 5 * 5) throw new Error(`LZMA: bad properties byte ${properties}`);
  const lc = properties % 9;
  properties = Math.floor(properties / 9);
  const lp = properties % 5;
  const pb = Math.floor(properties / 5);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const low = view.getUint32(5, true);
  const high = view.getUint32(9, true);
  if (high !== 0 || low > MAX_OUTPUT_BYTES) throw new Error('LZMA: the header gives no decoded size, or one too large');

  const out = new Uint8Array(low);
  const coder = new RangeDecoder(file, HEADER_BYTES, ADAPT_SHIFT);
  const literals = probabilities(0x300 << (lc + lp));
  const isMatch = probabilities(STATES << POS_BITS_MAX);
  const isRep = probabilities(STATES);
  const isRepG0 = probabilities(STATES);
  const isRepG1 = probabilities(STATES);
  const isRepG2 = probabilities(STATES);
  const isRep0Long = probabilities(STATES << POS_BITS_MAX);
  const posSlots = probabilities(4 << 6);
  const posDecoders = probabilities(1 + FULL_DISTANCES - END_POS_MODEL_INDEX);
  const align = probabilities(1 << ALIGN_BITS);
  const lengths = new LengthDecoder();
  const repLengths = new LengthDecoder();

  let size = 0;
  let state = 0;
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  const pbMask = (1 << pb) - 1;
  const lpMask = (1 << lp) - 1;

  const distance = (length: number): number => {
    const slot = bitTree(coder, posSlots, 6, Math.min(length, 3) << 6);
    if (slot < 4) return slot;
    const directBits = (slot >>> 1) - 1;
    let value = (2 | (slot & 1)) * 2 ** directBits;
    if (slot < END_POS_MODEL_INDEX) return value + reverseBitTree(coder, posDecoders, directBits, value - slot);
    value += coder.direct(directBits - ALIGN_BITS) * 2 ** ALIGN_BITS;
    return value + reverseBitTree(coder, align, ALIGN_BITS);
  };

  while (size < out.length) {
    const posState = size & pbMask;
    if (coder.bit(isMatch, (state << POS_BITS_MAX) + posState) === 0) {
      const previous = size > 0 ? out[size - 1]! : 0;
      const offset = 0x300 * (((size & lpMask) << lc) + (previous >>> (8 - lc)));
      let symbol = 1;
      if (state >= 7) {
        let matchByte = out[size - rep0 - 1]!;
        do {
          const matchBit = (matchByte >>> 7) & 1;
          matchByte <<= 1;
          const bit = coder.bit(literals, offset + ((1 + matchBit) << 8) + symbol);
          symbol = (symbol << 1) | bit;
          if (matchBit !== bit) break;
        } while (symbol < 0x100);
      }
      while (symbol < 0x100) symbol = (symbol << 1) | coder.bit(literals, offset + symbol);
      out[size++] = symbol - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let length: number;
    if (coder.bit(isRep, state) !== 0) {
      if (size === 0) throw new Error('LZMA: a repeated match before any byte');
      if (coder.bit(isRepG0, state) === 0) {
        if (coder.bit(isRep0Long, (state << POS_BITS_MAX) + posState) === 0) {
          state = state < 7 ? 9 : 11;
          out[size] = out[size - rep0 - 1]!;
          size++;
          continue;
        }
      } else {
        let chosen: number;
        if (coder.bit(isRepG1, state) === 0) chosen = rep1;
        else {
          if (coder.bit(isRepG2, state) === 0) chosen = rep2;
          else {
            chosen = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = chosen;
      }
      length = repLengths.decode(coder, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      length = lengths.decode(coder, posState);
      state = state < 7 ? 7 : 10;
      rep0 = distance(length);
      // The end marker: the data ends here, which must be where the header said.
      if (rep0 === 0xffffffff) break;
      if (rep0 >= size) throw new Error(`LZMA: a match reaches back ${rep0 + 1} bytes, before the start`);
    }
    length += MATCH_MIN_LENGTH;
    if (length > out.length - size) throw new Error('LZMA: a match runs past the decoded size');
    for (let index = 0; index < length; index++, size++) out[size] = out[size - rep0 - 1]!;
  }
  if (size !== out.length) throw new Error(`LZMA: the data ends after ${size} of ${out.length} bytes`);
  return out;
}
