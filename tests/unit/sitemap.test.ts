/** The sitemap's files: error pages left out, addresses in order, each page with the languages the site has it in. */
import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../src/lib/sitemap.ts';

const root = 'https://example.org/atlas/';
const site = { root, defaultLocale: 'en', locales: ['en', 'es'] };
const pages = [
  'solutions/water/',
  'es/solutions/water/',
  '',
  'es/',
  'solutions/10/',
  'solutions/2/',
  'es/solutions/2/',
  'es/solutions/10/',
  // Only in English: listed with no alternates.
  'english-only/',
  // A default-language page whose path starts like a language code.
  'estuary/',
  '404/',
  'es/404/',
  '500/',
];

/** The `<loc>` of every `<url>` of a sitemap file, in order. */
const locations = (xml: string) => [...xml.matchAll(/<url><loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

describe('sitemap', () => {
  const { index, sitemaps } = sitemapFiles(pages, site);

  it('lists every page but the error pages, once, in order with numbers in numeric order', () => {
    expect(sitemaps.map(({ name }) => name)).toEqual(['sitemap-0.xml']);
    expect(locations(sitemaps[0]!.xml)).toEqual(
      [
        '',
        'english-only/',
        'es/',
        'es/solutions/2/',
        'es/solutions/10/',
        'es/solutions/water/',
        'estuary/',
        'solutions/2/',
        'solutions/10/',
        'solutions/water/',
      ].map((path) => `${root}${path}`),
    );
    expect(locations(sitemapFiles([...pages, ...pages], site).sitemaps[0]!.xml)).toEqual(locations(sitemaps[0]!.xml));
  });

  it('gives each page the same page in every language that has it, and no alternates when only one does', () => {
    const both = (path: string) =>
      `<xhtml:link rel="alternate" hreflang="en" href="${root}${path}"/><xhtml:link rel="alternate" hreflang="es" href="${root}es/${path}"/>`;
    const xml = sitemaps[0]!.xml;
    expect(xml).toContain(`<url><loc>${root}solutions/water/</loc>${both('solutions/water/')}</url>`);
    expect(xml).toContain(`<url><loc>${root}es/solutions/water/</loc>${both('solutions/water/')}</url>`);
    expect(xml).toContain(`<url><loc>${root}es/</loc>${both('')}</url>`);
    expect(xml).toContain(`<url><loc>${root}english-only/</loc></url>`);
    expect(xml).toContain(`<url><loc>${root}estuary/</loc></url>`);
  });

  it('writes the markup @astrojs/sitemap wrote: the XML declaration, its namespaces, and an index naming each file', () => {
    expect(sitemaps[0]!.xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:news="[^"]+" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml" xmlns:image="[^"]+" xmlns:video="[^"]+"><url>.*<\/url><\/urlset>$/,
    );
    expect(index).toEqual({
      name: 'sitemap-index.xml',
      xml: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${root}sitemap-0.xml</loc></sitemap></sitemapindex>`,
    });
  });

  it('splits a site larger than the limit into several files, all named in the index', () => {
    const split = sitemapFiles(pages, site, 4);
    expect(split.sitemaps.map(({ name }) => name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(split.sitemaps.flatMap(({ xml }) => locations(xml))).toEqual(locations(sitemaps[0]!.xml));
    expect(split.sitemaps.map(({ xml }) => locations(xml).length)).toEqual([4, 4, 2]);
    expect([...split.index.xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1])).toEqual(
      split.sitemaps.map(({ name }) => `${root}${name}`),
    );
    // The alternates of a page do not depend on which file it falls in.
    expect(split.sitemaps[2]!.xml).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${root}es/solutions/water/"/>`);
  });

  it('escapes what XML does not allow in an address', () => {
    const xml = sitemapFiles(['a&b/', "it's/"], site).sitemaps[0]!.xml;
    expect(locations(xml)).toEqual([`${root}a&amp;b/`, `${root}it&apos;s/`]);
  });
});
