/**
 * Every URL of the site, built in one place. URLs are a public interface: change them here or nowhere.
 * All paths honour the configured base path and end with a slash. The default language's pages are at
 * the root; every other language's are the same paths under /<code>/ (`/es/solutions/<slug>/`).
 */
import { defaultLocale, locales, type Locale } from '../i18n/index.ts';
import type { BrowseDimension } from './relations.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A site path with the base prefix: href('solutions/') -> '/solutions/'. */
export function href(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** The path of the site's pages in `locale` starts with this: '' for the default language, 'es/' for Spanish. */
const prefix = (locale: Locale) => (locale === defaultLocale ? '' : `${locale}/`);

/** The URLs of the pages in one language. */
function makeUrls(locale: Locale) {
  const page = (path: string) => href(`${prefix(locale)}${path}`);
  return {
    home: () => page(''),
    solutions: () => page('solutions/'),
    solution: (slug: string) => page(`solutions/${slug}/`),
    buildingBlocks: () => page('building-blocks/'),
    buildingBlock: (slug: string) => page(`building-blocks/${slug}/`),
    organizations: () => page('organizations/'),
    organization: (slug: string) => page(`organizations/${slug}/`),
    stories: () => page('stories/'),
    story: (slug: string) => page(`stories/${slug}/`),
    events: () => page('events/'),
    event: (slug: string) => page(`events/${slug}/`),
    news: () => page('news/'),
    newsItem: (slug: string) => page(`news/${slug}/`),
    browseIndex: (dimension: BrowseDimension) => page(`${dimension}/`),
    browse: (dimension: BrowseDimension, id: string) => page(`${dimension}/${id}/`),
    /** A theme's solutions at one scale. */
    themeAtScale: (theme: string, scale: string) => page(`themes/${theme}/${scale}/`),
    /** The search page with filters set, e.g. { theme: 'water' }: the explorer of those solutions. */
    explore: (filters: Record<string, string>) => {
      const query = new URLSearchParams(filters).toString();
      return query ? `${page('search/')}?${query}` : page('search/');
    },
    search: () => page('search/'),
    contribute: () => page('contribute/'),
    about: () => page('about/'),
    rss: () => page('rss.xml'),
    /** The same items as the RSS feed, as a JSON Feed. */
    jsonFeed: () => page('feed.json'),
    /** The solutions that work in a country (ISO alpha-2 code, any case). */
    country: (code: string) => page(`countries/${code.toLowerCase()}/`),
    /** Every solution on a world map. */
    map: () => page('map/'),
    /** The collection in figures. */
    insights: () => page('insights/'),
    /** The page that describes the open data. */
    data: () => page('data/'),
  };
}

export type Urls = ReturnType<typeof makeUrls>;

const urlsByLocale = new Map<Locale, Urls>();

/**
 * The URLs of the pages in `locale`, made once per language: every component of every page asks for
 * them, and each set is a few dozen functions.
 */
export function urlsFor(locale: Locale): Urls {
  let urls = urlsByLocale.get(locale);
  if (!urls) urlsByLocale.set(locale, (urls = makeUrls(locale)));
  return urls;
}

/** Files of the site as a whole, in no language. */
export const siteFiles = {
  sitemap: () => href('sitemap-index.xml'),
  favicon: () => href('favicon.svg'),
  /** Pagefind's bundle: one index per language inside it. */
  searchIndex: () => href('pagefind/'),
  /** The land of a world region, for the maps that draw points over it (src/lib/map.ts). */
  regionMap: (region: string) => href(`map/regions/${region}.svg`),
  /** A table of the open data (src/lib/open-data.ts), or the data package that describes them. */
  dataFile: (name: string) => href(`data/${name}`),
};

/** The language a site path is in, from its prefix. */
export function localeOfPath(pathname: string): Locale {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return locales.find((locale) => locale !== defaultLocale && (path === locale || path.startsWith(`${locale}/`))) ?? defaultLocale;
}

/** The same page in another language: every page exists in every language. */
export function pathIn(pathname: string, locale: Locale): string {
  const from = localeOfPath(pathname);
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const rest = from === defaultLocale ? path : path.slice(prefix(from).length);
  return href(`${prefix(locale)}${rest}`);
}

/** The absolute URL of a site path on the public site (`site` from astro.config.mjs). */
export function absolute(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('The public site URL is not set (site in astro.config.mjs)');
  return new URL(path, site).href;
}
