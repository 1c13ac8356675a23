/**
 * Writes the packed file of every index chunk and of the metadata the compaction wrote
 * (`index/<name>.pf_packed`, `pagefind.<hash>.pf_packed`; see `src/lib/search/packed-index.ts`), next
 * to Pagefind's. The search page downloads the packed files and hands Pagefind what it unpacks;
 * Pagefind's files stay for any other reader.
 *
 * Every packed file is unpacked once here and compared with Pagefind's file byte for byte: a packing
 * fault stops the optimizer (see `optimize.ts`) instead of reaching a reader's search.
 */
import { writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { PACKED_EXTENSION, packIndexChunk, packMetadata, unpackPagefindFile } from '../lib/search/packed-index.ts';
import type { WrittenFile } from './bundle-files.ts';
import type { CompactionReport } from './compact-bundle.ts';

/** What packing did, for the build log and the tests. */
export interface PackReport {
  files: number;
  gzippedBytes: number;
  packedBytes: number;
}

/** Packs written index chunks (or metadata, `packFile`), each checked by unpacking it, and counts them in `report`. */
function packFiles(files: readonly WrittenFile[], packFile: typeof packIndexChunk, report: PackReport): void {
  for (const { file, value, unzipped, gzipped } of files) {
    const packed = packFile(value, gzipped, file);
    // What Pagefind will read: the file as unzipped, or its gzipped form (gzip's first byte is 0x1f).
    const unpacked = unpackPagefindFile(packed);
    const read = unpacked[0] === 0x1f ? gunzipSync(unpacked) : unpacked;
    if (!Buffer.from(read.buffer, read.byteOffset, read.byteLength).equals(unzipped)) {
      throw new Error(`${file}: its packed file does not unpack to the same data; src/lib/search/packed-index.ts has a fault`);
    }
    writeFileSync(file.replace(/\.pf_(index|meta)$/, PACKED_EXTENSION), packed);
    report.files++;
    report.gzippedBytes += gzipped.length;
    report.packedBytes += packed.length;
  }
}

/** Packs the index chunks and metadata of one language the compaction wrote. */
export function packLanguage({ written }: Pick<CompactionReport, 'written'>): PackReport {
  const report: PackReport = { files: 0, gzippedBytes: 0, packedBytes: 0 };
  packFiles(written.chunks, packIndexChunk, report);
  packFiles([written.metadata], packMetadata, report);
  return report;
}
