/**
 * Reading and writing the files of a Pagefind bundle: gzip, then Pagefind's signature, then CBOR
 * (`src/lib/search/pagefind-format.ts` knows their shapes).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from '../../lib/search/cbor.ts';
import { PAGEFIND_SIGNATURE, PagefindFormatError } from '../../lib/search/pagefind-format.ts';

/** Reads a Pagefind file: gzip, then the signature, then CBOR. */
export function readPagefindFile(file: string): CborValue {
  const data = gunzipSync(readFileSync(file));
  const signed = PAGEFIND_SIGNATURE.every((byte, index) => data[index] === byte);
  if (!signed) throw new PagefindFormatError(`${file} is not a Pagefind file (no "pagefind_dcd" signature)`);
  return decodeCbor(data.subarray(PAGEFIND_SIGNATURE.length));
}

/** The bytes of a Pagefind file holding `value`, gzipped at the highest level (these files are few and read often). */
export function pagefindFileBytes(value: CborValue): Buffer {
  return gzipSync(Buffer.concat([PAGEFIND_SIGNATURE, encodeCbor(value)]), { level: 9 });
}
