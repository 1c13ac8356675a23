/** The pages a browser test visits: every page of the sitemap, plus the 404 page, as local paths. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(dist: string): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/** One page of each kind, for checks too slow to run on every page. */
export function samplePerKind(paths: string[]): string[] {
  const kinds = new Map<string, string>();
  for (const path of paths) {
    const parts = path.split('/').filter(Boolean);
    const kind = parts.length === 0 ? 'home' : `${parts[0]}${parts.length > 1 ? '/*' : ''}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}
