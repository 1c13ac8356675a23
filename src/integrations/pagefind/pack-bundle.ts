/**
 * Writes the packed file of every index chunk and of the metadata of a Pagefind bundle, next to
 * Pagefind's own (`index/<name>.pf_packed`, `pagefind.<hash>.pf_packed`; see
 * `src/lib/search/packed-index.ts`). The search page downloads the packed files and hands Pagefind what
 * it unpacks; Pagefind's files stay for any other reader.
 *
 * Every packed file is unpacked once here and compared with Pagefind's file byte for byte: a packing
 * fault stops the optimizer (see `optimize.ts`) instead of reaching a reader's search.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PACKED_EXTENSION, packIndexChunk, packMetadata, unpackPagefindFile } from '../../lib/search/packed-index.ts';
import { readPagefindFile } from './bundle-files.ts';

/** What packing did, for the build log and the tests. */
export interface PackReport {
  files: number;
  gzippedBytes: number;
  packedBytes: number;
}

/** Packs every index chunk (`index/*.pf_index`) and metadata file (`*.pf_meta`) of the bundle at `bundle`. */
export function packBundle(bundle: string): PackReport {
  const report: PackReport = { files: 0, gzippedBytes: 0, packedBytes: 0 };
  const pack = (folder: string, extension: RegExp, packFile: (file: string, gzipped: Uint8Array) => Uint8Array) => {
    for (const name of readdirSync(folder).filter((file) => extension.test(file))) {
      const file = join(folder, name);
      const gzipped = readFileSync(file);
      const packed = packFile(file, gzipped);
      // What Pagefind will read: the file as unzipped, or its gzipped form (gzip's first byte is 0x1f).
      const unpacked = unpackPagefindFile(packed);
      if (!Buffer.from(unpacked[0] === 0x1f ? gunzipSync(unpacked) : unpacked).equals(gunzipSync(gzipped))) {
        throw new Error(`${file}: its packed file does not unpack to the same data; src/lib/search/packed-index.ts has a fault`);
      }
      writeFileSync(join(folder, name.replace(extension, PACKED_EXTENSION)), packed);
      report.files++;
      report.gzippedBytes += gzipped.length;
      report.packedBytes += packed.length;
    }
  };
  pack(join(bundle, 'index'), /\.pf_index$/, (file, gzipped) => packIndexChunk(readPagefindFile(file), gzipped, file));
  pack(bundle, /\.pf_meta$/, (file, gzipped) => packMetadata(readPagefindFile(file), gzipped, file));
  return report;
}
