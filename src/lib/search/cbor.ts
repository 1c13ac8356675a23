/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, byte and
 * text strings, arrays, maps and the simple values. Enough to read Pagefind's files and write them back
 * byte for byte (a test checks the round trip on a real index): the build reworks them
 * (`src/search-index/`), and the search page writes back the files it unpacks
 * (`packed-index.ts`).
 */

export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | { [key: string]: CborValue };

const MAJOR = { unsigned: 0, negative: 1, bytes: 2, text: 3, array: 4, map: 5, tag: 6, simple: 7 } as const;

/** Reads one CBOR item that fills `bytes` exactly. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;

  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    if (size === 0) {
      if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
      return bytes[at++]!;
    }
    if (size === 1) return ((at += 2), view.getUint16(at - 2));
    if (size === 2) return ((at += 4), view.getUint32(at - 4));
    if (size === 3) {
      const value = view.getBigUint64(at);
      at += 8;
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR integer too large at byte ${at - 8}`);
      return Number(value);
    }
    throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at - 1}`);
  };

  /** Text, with a fast path for the short ASCII words an index is made of. */
  const textOf = (length: number): string => {
    const end = at + length;
    if (length <= 32) {
      let ascii = '';
      let index = at;
      for (; index < end; index++) {
        const byte = bytes[index]!;
        if (byte >= 0x80) break;
        ascii += String.fromCharCode(byte);
      }
      if (index === end) {
        at = end;
        return ascii;
      }
    }
    const decoded = text.decode(bytes.subarray(at, end));
    at = end;
    return decoded;
  };

  const item = (): CborValue => {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    switch (major) {
      case MAJOR.unsigned:
        return argument(info);
      case MAJOR.negative:
        return -1 - argument(info);
      case MAJOR.bytes: {
        const length = argument(info);
        return bytes.slice(at, (at += length));
      }
      case MAJOR.text:
        return textOf(argument(info));
      case MAJOR.array: {
        const length = argument(info);
        if (length > bytes.length - at) throw new Error('CBOR: unexpected end of data');
        const list = new Array<CborValue>(length);
        for (let index = 0; index < length; index++) list[index] = item();
        return list;
      }
      case MAJOR.map: {
        const entries = argument(info);
        const map: { [key: string]: CborValue } = {};
        for (let index = 0; index < entries; index++) {
          const key = item();
          if (typeof key !== 'string') throw new Error('CBOR: only text map keys are supported');
          map[key] = item();
        }
        return map;
      }
      case MAJOR.simple:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        throw new Error(`CBOR: unsupported simple value ${info}`);
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
    }
  };

  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left after the item`);
  return value;
}

/**
 * Writes CBOR with the shortest encoding of every length, as Pagefind does, straight into a buffer that
 * doubles when full. The search page writes whole index chunks back with it (tens of thousands of
 * numbers) on a reader's first search, item by item as it unpacks them.
 */
export class CborWriter {
  private out: Uint8Array;
  private size = 0;
  private readonly encoder = new TextEncoder();

  /** `prefix`: bytes the output starts with (Pagefind's signature, for one). */
  constructor(prefix: Uint8Array = new Uint8Array(0)) {
    this.out = new Uint8Array(Math.max(4096, prefix.length * 2));
    this.out.set(prefix);
    this.size = prefix.length;
  }

  /** A whole number, negative or not. */
  int(value: number): void {
    if (!Number.isInteger(value)) throw new Error(`CBOR: floats are not supported (${value})`);
    if (value >= 0) this.head(MAJOR.unsigned, value);
    else this.head(MAJOR.negative, -1 - value);
  }

  /** The start of an array of `length` items, which follow. */
  array(length: number): void {
    this.head(MAJOR.array, length);
  }

  /** Text, given as its UTF-8 bytes. */
  textBytes(utf8: Uint8Array): void {
    this.bytesOf(MAJOR.text, utf8);
  }

  text(string: string): void {
    // Most of the strings in Pagefind's files are short ASCII names: written byte by byte, they skip
    // the encoder's copy.
    let ascii = string.length < 256;
    for (let index = 0; ascii && index < string.length; index++) ascii = string.charCodeAt(index) < 0x80;
    if (!ascii) return this.textBytes(this.encoder.encode(string));
    this.head(MAJOR.text, string.length);
    this.room(string.length);
    for (let index = 0; index < string.length; index++) this.out[this.size++] = string.charCodeAt(index);
  }

  bytes(data: Uint8Array): void {
    this.bytesOf(MAJOR.bytes, data);
  }

  simple(value: boolean | null): void {
    this.room(1);
    this.out[this.size++] = (MAJOR.simple << 5) | (value === null ? 22 : value ? 21 : 20);
  }

  /** What was written. */
  finish(): Uint8Array {
    return this.out.slice(0, this.size);
  }

  head(major: number, argument: number): void {
    if (!Number.isSafeInteger(argument) || argument < 0) throw new Error(`CBOR: cannot encode ${argument}`);
    this.room(9);
    const out = this.out;
    const type = major << 5;
    if (argument < 24) out[this.size++] = type | argument;
    else if (argument < 0x100) {
      out[this.size++] = type | 24;
      out[this.size++] = argument;
    } else if (argument < 0x10000) {
      out[this.size++] = type | 25;
      out[this.size++] = argument >> 8;
      out[this.size++] = argument & 0xff;
    } else if (argument < 0x100000000) {
      out[this.size++] = type | 26;
      out[this.size++] = argument >>> 24;
      out[this.size++] = (argument >>> 16) & 0xff;
      out[this.size++] = (argument >>> 8) & 0xff;
      out[this.size++] = argument & 0xff;
    } else {
      const big = BigInt(argument);
      out[this.size++] = type | 27;
      for (let shift = 56n; shift >= 0n; shift -= 8n) out[this.size++] = Number((big >> shift) & 0xffn);
    }
  }

  private bytesOf(major: number, data: Uint8Array) {
    this.head(major, data.length);
    this.room(data.length);
    this.out.set(data, this.size);
    this.size += data.length;
  }

  private room(needed: number) {
    if (this.size + needed <= this.out.length) return;
    const larger = new Uint8Array(Math.max(this.out.length * 2, this.size + needed));
    larger.set(this.out.subarray(0, this.size));
    this.out = larger;
  }
}

/** Bytes of an item's head: its major type, and its argument in the shortest form. */
function headLength(argument: number): number {
  return argument < 24 ? 1 : argument < 0x100 ? 2 : argument < 0x10000 ? 3 : argument < 0x100000000 ? 5 : 9;
}

/**
 * How many bytes `encodeCbor(value)` writes, without writing them: the build sizes every word of an
 * index this way to regroup them into chunks, and encoding each only to measure it was most of a
 * large index's garbage.
 */
export function cborLength(value: CborValue): number {
  if (typeof value === 'number') return headLength(value >= 0 ? value : -1 - value);
  if (typeof value === 'string') {
    let bytes = value.length;
    for (let index = 0; index < value.length; index++) {
      if (value.charCodeAt(index) >= 0x80) {
        bytes = new TextEncoder().encode(value).length;
        break;
      }
    }
    return headLength(bytes) + bytes;
  }
  if (value instanceof Uint8Array) return headLength(value.length) + value.length;
  if (typeof value === 'boolean' || value === null) return 1;
  if (Array.isArray(value)) {
    let bytes = headLength(value.length);
    for (const element of value) bytes += cborLength(element);
    return bytes;
  }
  let bytes = 0;
  let entries = 0;
  for (const [key, entry] of Object.entries(value)) {
    bytes += cborLength(key) + cborLength(entry);
    entries++;
  }
  return headLength(entries) + bytes;
}

/** Writes a value as CBOR with the shortest encoding of every length, as Pagefind does. */
export function encodeCbor(value: CborValue, prefix?: Uint8Array): Uint8Array {
  const writer = new CborWriter(prefix);
  const item = (current: CborValue): void => {
    if (typeof current === 'number') writer.int(current);
    else if (typeof current === 'string') writer.text(current);
    else if (current instanceof Uint8Array) writer.bytes(current);
    else if (typeof current === 'boolean' || current === null) writer.simple(current);
    else if (Array.isArray(current)) {
      writer.array(current.length);
      for (const element of current) item(element);
    } else {
      const entries = Object.entries(current);
      writer.head(MAJOR.map, entries.length);
      for (const [key, entry] of entries) {
        item(key);
        item(entry);
      }
    }
  };
  item(value);
  return writer.finish();
}
