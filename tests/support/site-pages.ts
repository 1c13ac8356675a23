/** The pages a browser test visits: every page of the sitemap, plus the 404 page, as local paths. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, isLocale } from '../../src/i18n/index.ts';

/** The absolute URLs a sitemap file lists. */
const locations = (dist: string, file: string) =>
  [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');

/** The absolute URLs of every page the sitemap lists: the sitemap index, then each sitemap it names. */
export function sitemapUrls(dist: string): string[] {
  return locations(dist, 'sitemap-index.xml').flatMap((sitemap) => locations(dist, new URL(sitemap).pathname));
}

/** The site paths of every page the sitemap lists. */
export function sitemapPaths(dist: string): string[] {
  return sitemapUrls(dist).map((url) => new URL(url).pathname);
}

/** A site path's language and its segments after the language's prefix: `/es/themes/water/` is `es`, `['themes', 'water']`. */
export function splitPath(path: string): { language: string; parts: string[] } {
  const all = path.split('/').filter(Boolean);
  const language = all[0] !== undefined && isLocale(all[0]) ? all[0] : defaultLocale;
  return { language, parts: language === defaultLocale ? all : all.slice(1) };
}

/** One page of each kind in each language, for checks too slow to run on every page. */
export function samplePerKind(paths: string[]): string[] {
  const kinds = new Map<string, string>();
  for (const path of paths) {
    const { language, parts } = splitPath(path);
    const kind = `${language}:${parts.length === 0 ? 'home' : `${parts[0]}${parts.length > 1 ? '/*' : ''}`}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}
