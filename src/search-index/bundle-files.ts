/**
 * Reading and writing the files of a Pagefind bundle: gzip, then Pagefind's signature, then CBOR
 * (`src/lib/search/pagefind-format.ts` knows their shapes).
 */
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from '../lib/search/cbor.ts';
import { PAGEFIND_SIGNATURE, PagefindFormatError } from '../lib/search/pagefind-format.ts';

/** Reads a Pagefind file: gzip, then the signature, then CBOR. */
export function readPagefindFile(file: string): CborValue {
  const data = gunzipSync(readFileSync(file));
  const signed = PAGEFIND_SIGNATURE.every((byte, index) => data[index] === byte);
  if (!signed) throw new PagefindFormatError(`${file} is not a Pagefind file (no "pagefind_dcd" signature)`);
  return decodeCbor(data.subarray(PAGEFIND_SIGNATURE.length));
}

/** A Pagefind file the optimizer wrote: its value, its bytes once unzipped (what Pagefind reads) and as served. */
export interface WrittenFile {
  file: string;
  value: CborValue;
  unzipped: Uint8Array;
  gzipped: Uint8Array;
}

/** Writes `value` as a Pagefind file at `file`. */
export function writePagefindFile(file: string, value: CborValue): WrittenFile {
  const unzipped = encodeCbor(value, PAGEFIND_SIGNATURE);
  const gzipped = gzipSync(unzipped);
  writeFileSync(file, gzipped);
  return { file, value, unzipped, gzipped };
}

/**
 * Puts the file `from` at `to` without copying its bytes (a hard link; a copy where links are not
 * possible). The optimizer never writes into a file it did not create, so Pagefind's bundle stays as
 * Pagefind wrote it whatever happens to the new one.
 */
export function linkFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Links every file of `from` into `to` that `to` does not have yet, but those `skip` names (relative paths). */
export function linkMissing(from: string, to: string, skip: (path: string) => boolean, path = ''): void {
  mkdirSync(join(to, path), { recursive: true });
  for (const name of readdirSync(join(from, path))) {
    const relative = path === '' ? name : `${path}/${name}`;
    if (skip(relative)) continue;
    if (statSync(join(from, relative)).isDirectory()) linkMissing(from, to, skip, relative);
    else if (!existsSync(join(to, relative))) linkFile(join(from, relative), join(to, relative));
  }
}

/** A file to move from Pagefind's bundle into the optimized one, once the optimized one is complete. */
export type Move = readonly [from: string, to: string];

/**
 * Moves each file `from` to `to`: a rename, so no bytes are copied and no old name is left to delete
 * (on a large site, deleting Pagefind's page fragments after linking them took seconds). When a move
 * fails, the files already moved are moved back, so the bundle they came from is as it was, and the
 * error is thrown.
 */
export function moveFiles(moves: readonly Move[]): void {
  let moved = 0;
  try {
    for (const [from, to] of moves) {
      renameSync(from, to);
      moved++;
    }
  } catch (error) {
    for (const [from, to] of moves.slice(0, moved)) renameSync(to, from);
    throw error;
  }
}
