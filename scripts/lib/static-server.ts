/**
 * A small static file server for the built site on 127.0.0.1 and a free port, as a static host would
 * serve it: index.html for folders, 404.html with status 404 for anything else. Used by the browser
 * tests, the screenshot script, Lighthouse and the search benchmark.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
};
/** Types a static host compresses on the fly; Pagefind's own files are already compressed. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` until closed. `onSent` hears of every response with the bytes that went over the wire
 * (compressed where a static host would compress), for the benchmarks.
 */
export async function serveStatic(root: string, onSent?: (path: string, bytes: number) => void): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, pathname));
    // Only files inside the root: not `../`, and not a sibling folder whose name starts like the root's.
    const inside = file === base || file.startsWith(`${base}${sep}`);
    if (inside && existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!inside || !existsSync(file)) {
      status = 404;
      file = join(base, '404.html');
    }
    const extension = extname(file);
    const headers: Record<string, string> = { 'Content-Type': TYPES[extension] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    response.writeHead(status, headers);
    const stream = createReadStream(file);
    const body = gzip ? stream.pipe(createGzip()) : stream;
    if (onSent) {
      let bytes = 0;
      body.on('data', (chunk: Buffer) => (bytes += chunk.length));
      body.on('end', () => onSent(pathname, bytes));
    }
    body.pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
