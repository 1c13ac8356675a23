/**
 * The sitemap's files: an index, `sitemap-index.xml`, naming `sitemap-0.xml` (then `sitemap-1.xml`, …
 * past 50,000 addresses, the protocol's limit for one file), which list every page but the error
 * pages, each with the same page in every language the site has it in
 * (`<xhtml:link rel="alternate" hreflang>`). Written by src/integrations/sitemap.ts.
 *
 * The markup and the order are those @astrojs/sitemap wrote for this site before, so that search engines
 * see no change: addresses sorted as English text with numbers in numeric order, one `<url>` each, and the
 * alternates only for a page that has another language. That integration sorted the addresses with
 * `localeCompare` and its options, which sets up a collator for every comparison: 1.7 s for the 16,638
 * addresses of a 5,000-solution site (docs/performance.md). Here one collator sorts them, and a page's
 * other languages are looked up by address, not found by a scan of every page.
 */

/** The most addresses one sitemap file may hold (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/** The error pages, by their path under a language's prefix: served at any missing address, never listed. */
const ERROR_PAGE = /^(404|500)\/?$/;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const URLSET_OPEN =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** What the site is: where it is served (`root`, ending in "/"), and its languages. */
export interface SitemapSite {
  root: string;
  defaultLocale: string;
  locales: readonly string[];
}

/** The files of a sitemap: their names (relative to the site's root) and their content. */
export interface SitemapFiles {
  index: { name: string; xml: string };
  sitemaps: { name: string; xml: string }[];
}

/**
 * The sitemap of a site whose pages are at `pagePaths` (paths under its root, as Astro lists them:
 * `solutions/water/`, `es/solutions/water/`, `` for the home page). `limit`: addresses per file.
 */
export function sitemapFiles(pagePaths: readonly string[], site: SitemapSite, limit = SITEMAP_LIMIT): SitemapFiles {
  const { root, defaultLocale, locales } = site;
  const prefixOf = (locale: string) => (locale === defaultLocale ? '' : `${locale}/`);
  const others = locales.filter((locale) => locale !== defaultLocale);
  /** A page's path under its language's prefix. */
  const pathInLanguage = (path: string): string => {
    const locale = others.find((other) => path.startsWith(prefixOf(other)));
    return locale ? path.slice(prefixOf(locale).length) : path;
  };

  const paths = [...new Set(pagePaths.map((path) => path.replace(/^\//, '')))].filter((path) => !ERROR_PAGE.test(pathInLanguage(path)));
  const listed = new Set(paths);
  const urls = paths.map((path) => `${root}${path}`).sort(new Intl.Collator('en', { numeric: true }).compare);

  const entry = (url: string): string => {
    const path = pathInLanguage(url.slice(root.length));
    const alternates = locales
      .map((locale) => ({ locale, path: `${prefixOf(locale)}${path}` }))
      .filter((alternate) => listed.has(alternate.path));
    const links =
      alternates.length > 1
        ? alternates
            .map(
              ({ locale, path: alternate }) =>
                `<xhtml:link rel="alternate" hreflang="${escapeXml(locale)}" href="${escapeXml(`${root}${alternate}`)}"/>`,
            )
            .join('')
        : '';
    return `<url><loc>${escapeXml(url)}</loc>${links}</url>`;
  };

  const sitemaps: SitemapFiles['sitemaps'] = [];
  for (let start = 0; start === 0 || start < urls.length; start += limit) {
    const xml = `${XML_HEAD}${URLSET_OPEN}${urls
      .slice(start, start + limit)
      .map(entry)
      .join('')}</urlset>`;
    sitemaps.push({ name: `sitemap-${sitemaps.length}.xml`, xml });
  }
  const names = sitemaps.map(({ name }) => `<sitemap><loc>${escapeXml(`${root}${name}`)}</loc></sitemap>`).join('');
  const index = `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${names}</sitemapindex>`;
  return { index: { name: 'sitemap-index.xml', xml: index }, sitemaps };
}
