/**
 * Compresses with Zopfli in a worker thread. The Zopfli build (Emscripten) installs process-wide
 * handlers for uncaught errors when loaded; in a worker they stay in the worker, so the build's own
 * errors keep their messages. Messages in: `{ id, data }`; out: `{ id, gzipped }`.
 */
import { gzipAsync } from '@gfx/zopfli';
import { parentPort, workerData } from 'node:worker_threads';

const { iterations } = workerData as { iterations: number };

parentPort?.on('message', async ({ id, data }: { id: number; data: Uint8Array }) => {
  const gzipped = await gzipAsync(data, { numiterations: iterations });
  parentPort?.postMessage({ id, gzipped }, [gzipped.buffer as ArrayBuffer]);
});
