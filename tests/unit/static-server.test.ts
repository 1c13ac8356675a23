/** The static server the browser tests and benchmarks use serves the site's folder and nothing beside it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const folder = mkdtempSync(join(tmpdir(), 'atlas-server-'));
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(folder, 'site'));
  mkdirSync(join(folder, 'site-secret'));
  writeFileSync(join(folder, 'site', 'index.html'), 'home');
  writeFileSync(join(folder, 'site', '404.html'), 'not found');
  writeFileSync(join(folder, 'site-secret', 'key.txt'), 'secret');
  server = await serveStatic(join(folder, 'site'));
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A raw GET, so that the path reaches the server as written (fetch would resolve the dots). */
const get = (path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    request(`${server.url}${path}`, { path }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });

it('serves a folder index and answers 404 with the 404 page', async () => {
  expect(await get('/')).toEqual({ status: 200, body: 'home' });
  expect(await get('/missing/')).toEqual({ status: 404, body: 'not found' });
});

it('serves nothing outside its folder, not even a sibling folder whose name starts like it', async () => {
  // The URL parser resolves plain dots; an encoded slash only becomes one once decoded.
  expect(await get('/../site-secret/key.txt')).toEqual({ status: 404, body: 'not found' });
  expect(await get('/..%2F..%2Fsite-secret/key.txt')).toEqual({ status: 404, body: 'not found' });
  expect(await get('/..%2Fsite-secret/key.txt')).toEqual({ status: 404, body: 'not found' });
});
