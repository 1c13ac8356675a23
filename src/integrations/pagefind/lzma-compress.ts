/**
 * LZMA compression for the build, with LZMA-JS (the `lzma` package: the LZMA SDK's encoder in plain
 * JavaScript, so no native build). The search page decodes with `src/lib/search/lzma.ts`.
 */
import { createRequire } from 'node:module';

interface LzmaJs {
  compress(data: Uint8Array, mode: number, done: (result: number[] | null, error?: Error) => void): void;
}

const lzma = createRequire(import.meta.url)('lzma') as LzmaJs;

/** LZMA-JS's strongest mode: a 32 MB dictionary and its slowest search; about 2 s for 140 kB. */
const BEST = 9;

/** `data` in LZMA's `.lzma` format, with its size in the header. */
export function compressLzma(data: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    lzma.compress(data, BEST, (result, error) => {
      if (error || !result) reject(error ?? new Error('LZMA-JS gave no result'));
      // LZMA-JS gives signed bytes.
      else resolve(Uint8Array.from(result, (byte) => byte & 0xff));
    });
  });
}
