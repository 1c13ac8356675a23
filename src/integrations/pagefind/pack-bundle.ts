/**
 * Writes the packed file of every index chunk and of the metadata of a Pagefind bundle, next to
 * Pagefind's own (`index/<name>.pf_packed`, `pagefind.<hash>.pf_packed`; see
 * `src/lib/search/packed-index.ts`). The search page downloads the packed files and hands Pagefind what
 * it unpacks; Pagefind's files stay for any other reader.
 *
 * Runs after `recompress.ts`, so a file that packs no smaller than its gzipped form carries that form.
 * Every packed file is unpacked once here and compared with Pagefind's file byte for byte: a packing
 * fault stops the build instead of reaching a reader's search.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PACKED_EXTENSION, packIndexChunk, packMetadata, unpackPagefindFile } from '../../lib/search/packed-index.ts';
import { readPagefindFile } from './compact-bundle.ts';

/** What packing did, for the build log and the tests. */
export interface PackReport {
  files: number;
  gzippedBytes: number;
  packedBytes: number;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

/** Packs every index chunk (`index/*.pf_index`) and metadata file (`*.pf_meta`) of the bundle at `bundle`. */
export function packBundle(bundle: string): PackReport {
  const report: PackReport = { files: 0, gzippedBytes: 0, packedBytes: 0 };
  const pack = (folder: string, extension: string, packFile: typeof packIndexChunk) => {
    for (const name of readdirSync(folder).filter((file) => file.endsWith(extension))) {
      const file = join(folder, name);
      const gzipped = readFileSync(file);
      const packed = packFile(readPagefindFile(file), gzipped, file);
      // What Pagefind will read: the signed file, or its gzipped form (gzip's first byte is 0x1f).
      const unpacked = unpackPagefindFile(packed);
      if (!sameBytes(unpacked[0] === 0x1f ? gunzipSync(unpacked) : unpacked, gunzipSync(gzipped))) {
        throw new Error(`${file}: its packed file does not unpack to the same data; src/lib/search/packed-index.ts has a fault`);
      }
      writeFileSync(join(folder, `${name.slice(0, -extension.length)}${PACKED_EXTENSION}`), packed);
      report.files++;
      report.gzippedBytes += gzipped.length;
      report.packedBytes += packed.length;
    }
  };
  pack(join(bundle, 'index'), '.pf_index', packIndexChunk);
  pack(bundle, '.pf_meta', packMetadata);
  return report;
}
