/**
 * Every URL of the site, built in one place. URLs are a public interface: change them here or nowhere.
 * All paths honour the configured base path and end with a slash.
 */
import type { BrowseDimension } from './relations.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A site path with the base prefix: href('solutions/') -> '/solutions/'. */
export function href(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export const urls = {
  home: () => href(),
  solutions: () => href('solutions/'),
  solution: (slug: string) => href(`solutions/${slug}/`),
  buildingBlocks: () => href('building-blocks/'),
  buildingBlock: (slug: string) => href(`building-blocks/${slug}/`),
  organizations: () => href('organizations/'),
  organization: (slug: string) => href(`organizations/${slug}/`),
  stories: () => href('stories/'),
  story: (slug: string) => href(`stories/${slug}/`),
  events: () => href('events/'),
  event: (slug: string) => href(`events/${slug}/`),
  news: () => href('news/'),
  newsItem: (slug: string) => href(`news/${slug}/`),
  browseIndex: (dimension: BrowseDimension) => href(`${dimension}/`),
  browse: (dimension: BrowseDimension, id: string) => href(`${dimension}/${id}/`),
  search: () => href('search/'),
  contribute: () => href('contribute/'),
  about: () => href('about/'),
  rss: () => href('rss.xml'),
  sitemap: () => href('sitemap-index.xml'),
  favicon: () => href('favicon.svg'),
} as const;

/** The absolute URL of a site path on the public site (`site` from astro.config.mjs). */
export function absolute(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('The public site URL is not set (site in astro.config.mjs)');
  return new URL(path, site).href;
}
