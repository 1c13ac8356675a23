/**
 * Recompresses a Pagefind bundle's files as tightly as gzip allows. Pagefind writes them gzipped at a
 * fast level, and a host serves them as they are (they are not text, so it does not compress them
 * again). Same data, fewer bytes: Pagefind's browser code unzips any valid gzip.
 *
 * Zopfli (a slower, better gzip encoder, about 4 to 10% smaller than gzip -9) goes to the files a first
 * search downloads whole and that are large: the WebAssembly, the metadata, the facet table (see
 * `compact-bundle.ts`) and the larger index chunks
 * (a word on most pages has a chunk of 30 to 80 kB). It takes about 0.6 s per 100 kB, so the small index
 * chunks, the filter chunks and the page fragments get gzip's highest level instead. Zopfli runs in
 * worker threads, one per core (see `zopfli-worker.ts`).
 */
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';

/** Index chunks at least this large (compressed) are worth Zopfli's time. */
const ZOPFLI_FROM_BYTES = 8 * 1024;
/** Zopfli's passes: on the large chunks 5 gave 4.5% less than gzip -9, and 15 only 0.03% more. */
const ZOPFLI_ITERATIONS = 5;

/** Which encoder a file of the bundle gets, by folder and name; undefined leaves it alone. */
function encoderFor(folder: string, name: string, size: number): 'zopfli' | 'gzip' | undefined {
  if (folder === '' && (/^wasm\..+\.pagefind$/.test(name) || name.endsWith('.pf_meta') || name.endsWith('.pf_facets'))) return 'zopfli';
  if (folder === 'index' && name.endsWith('.pf_index')) return size >= ZOPFLI_FROM_BYTES ? 'zopfli' : 'gzip';
  if ((folder === 'filter' && name.endsWith('.pf_filter')) || (folder === 'fragment' && name.endsWith('.pf_fragment'))) return 'gzip';
  return undefined;
}

/** A pool of Zopfli workers: `compress` queues data on the least busy one. */
function zopfliPool(size: number) {
  const workers = Array.from({ length: size }, () => ({
    worker: new Worker(new URL('./zopfli-worker.ts', import.meta.url), { workerData: { iterations: ZOPFLI_ITERATIONS } }),
    pending: new Map<number, { resolve: (gzipped: Uint8Array) => void; reject: (reason: unknown) => void }>(),
  }));
  let nextId = 0;
  for (const { worker, pending } of workers) {
    worker.on('message', ({ id, gzipped }: { id: number; gzipped: Uint8Array }) => {
      pending.get(id)?.resolve(gzipped);
      pending.delete(id);
    });
    worker.on('error', (reason) => {
      for (const { reject } of pending.values()) reject(reason);
      pending.clear();
    });
  }
  return {
    compress(data: Uint8Array): Promise<Uint8Array> {
      const target = workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        target.pending.set(id, { resolve, reject });
        target.worker.postMessage({ id, data }, [data.buffer as ArrayBuffer]);
      });
    },
    close: () => Promise.all(workers.map(({ worker }) => worker.terminate())),
  };
}

/** Recompresses the bundle in place; a file is only replaced by a smaller one. Returns bytes saved. */
export async function recompressBundle(bundle: string): Promise<number> {
  const pool = zopfliPool(Math.max(1, availableParallelism()));
  let saved = 0;
  const recompress = async (file: string, encoder: 'zopfli' | 'gzip') => {
    const written = readFileSync(file);
    const data = gunzipSync(written);
    const smaller = encoder === 'zopfli' ? await pool.compress(new Uint8Array(data)) : gzipSync(data, { level: 9 });
    if (smaller.length < written.length) {
      writeFileSync(file, smaller);
      saved += written.length - smaller.length;
    }
  };
  try {
    const jobs: Promise<void>[] = [];
    for (const folder of ['', 'index', 'filter', 'fragment']) {
      for (const name of readdirSync(join(bundle, folder))) {
        const file = join(bundle, folder, name);
        const encoder = encoderFor(folder, name, statSync(file).size);
        if (encoder) jobs.push(recompress(file, encoder));
      }
    }
    await Promise.all(jobs);
  } finally {
    await pool.close();
  }
  return saved;
}
