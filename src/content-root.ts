/**
 * Where the content/ folder lives. Normally the project root; the build tests point
 * ATLAS_CONTENT_ROOT at a small fixture site to build it with the real pipeline.
 */
import { resolve } from 'node:path';

export function contentRoot(): string {
  return resolve(process.env['ATLAS_CONTENT_ROOT'] ?? '.');
}
