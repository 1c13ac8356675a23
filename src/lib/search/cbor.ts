/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, byte and
 * text strings, arrays, maps and the simple values. Enough to read Pagefind's files and write them back
 * byte for byte (a test checks the round trip on a real index): the build reworks them
 * (`src/integrations/pagefind/`), and the search page writes back the files it unpacks
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
    if (size === 0) return view.getUint8(at++);
    if (size === 1) return (at += 2), view.getUint16(at - 2);
    if (size === 2) return (at += 4), view.getUint32(at - 4);
    if (size === 3) {
      const value = view.getBigUint64(at);
      at += 8;
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR integer too large at byte ${at - 8}`);
      return Number(value);
    }
    throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at - 1}`);
  };

  const item = (): CborValue => {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const initial = view.getUint8(at++);
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
      case MAJOR.text: {
        const length = argument(info);
        return text.decode(bytes.subarray(at, (at += length)));
      }
      case MAJOR.array:
        return Array.from({ length: argument(info) }, item);
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

/** Writes a value as CBOR with the shortest encoding of every length, as Pagefind does. */
export function encodeCbor(value: CborValue): Uint8Array {
  let out = new Uint8Array(1024);
  let size = 0;
  const text = new TextEncoder();
  const room = (needed: number) => {
    if (size + needed <= out.length) return;
    const larger = new Uint8Array(Math.max(out.length * 2, size + needed));
    larger.set(out.subarray(0, size));
    out = larger;
  };
  const push = (...bytes: number[]) => {
    room(bytes.length);
    for (const byte of bytes) out[size++] = byte;
  };

  const head = (major: number, argument: number) => {
    if (!Number.isSafeInteger(argument) || argument < 0) throw new Error(`CBOR: cannot encode ${argument}`);
    const type = major << 5;
    if (argument < 24) push(type | argument);
    else if (argument < 0x100) push(type | 24, argument);
    else if (argument < 0x10000) push(type | 25, argument >> 8, argument & 0xff);
    else if (argument < 0x100000000) push(type | 26, argument >>> 24, (argument >>> 16) & 0xff, (argument >>> 8) & 0xff, argument & 0xff);
    else {
      const big = BigInt(argument);
      push(type | 27);
      for (let shift = 56n; shift >= 0n; shift -= 8n) push(Number((big >> shift) & 0xffn));
    }
  };
  const bytesOf = (major: number, data: Uint8Array) => {
    head(major, data.length);
    room(data.length);
    out.set(data, size);
    size += data.length;
  };

  const item = (current: CborValue): void => {
    if (typeof current === 'number') {
      if (!Number.isInteger(current)) throw new Error(`CBOR: floats are not supported (${current})`);
      if (current >= 0) head(MAJOR.unsigned, current);
      else head(MAJOR.negative, -1 - current);
    } else if (typeof current === 'string') bytesOf(MAJOR.text, text.encode(current));
    else if (current instanceof Uint8Array) bytesOf(MAJOR.bytes, current);
    else if (typeof current === 'boolean') push((MAJOR.simple << 5) | (current ? 21 : 20));
    else if (current === null) push((MAJOR.simple << 5) | 22);
    else if (Array.isArray(current)) {
      head(MAJOR.array, current.length);
      current.forEach(item);
    } else {
      const entries = Object.entries(current);
      head(MAJOR.map, entries.length);
      for (const [key, entry] of entries) {
        item(key);
        item(entry);
      }
    }
  };

  item(value);
  return out.slice(0, size);
}
