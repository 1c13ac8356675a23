/**
 * Options for @astrojs/sitemap that list every page but the error pages, each with the same page in
 * every language the site has it in (`<xhtml:link rel="alternate" hreflang>`): what the integration's
 * own `i18n` option writes. That option finds a page's other languages by reading the whole list of
 * pages once for each page, so its cost grows with the square of the site (seconds at 5,000
 * solutions, and four times as long at twice the size); here they are looked up by address.
 */
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

/** The error pages, by their path under a language's prefix: served at any missing address, never listed. */
const ERROR_PAGE = /^(404|500)\/?$/;

/**
 * `filter` and `serialize` for the sitemap of a site served at `root` (its base URL, ending in "/"),
 * whose default language is at the root and each other language under `<code>/`. The sitemap calls
 * `filter` on every page before it serializes any: the filter notes which pages exist.
 */
export function sitemapAlternates(
  root: string,
  defaultLocale: string,
  locales: readonly string[],
): Required<Pick<NonNullable<SitemapOptions>, 'filter' | 'serialize'>> {
  const prefixOf = (locale: string) => (locale === defaultLocale ? '' : `${locale}/`);
  const others = locales.filter((locale) => locale !== defaultLocale);
  /** A page's path under its language's prefix, or undefined for an address outside the site. */
  const pathOf = (url: string): string | undefined => {
    if (!url.startsWith(root)) return undefined;
    const rest = url.slice(root.length);
    const locale = others.find((other) => rest.startsWith(prefixOf(other)));
    return locale ? rest.slice(prefixOf(locale).length) : rest;
  };
  const listed = new Set<string>();
  return {
    filter(url: string) {
      if (ERROR_PAGE.test(pathOf(url) ?? '')) return false;
      listed.add(url);
      return true;
    },
    serialize(item: SitemapItem) {
      const path = pathOf(item.url);
      if (path === undefined) return item;
      const links = locales.map((lang) => ({ lang, url: `${root}${prefixOf(lang)}${path}` })).filter((link) => listed.has(link.url));
      return links.length > 1 ? { ...item, links } : item;
    },
  };
}
