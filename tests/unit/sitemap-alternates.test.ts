/** The sitemap's options: error pages left out, each page listed with the languages the site has it in. */
import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from '../../src/lib/sitemap-alternates.ts';

const root = 'https://example.org/atlas/';
const pages = [
  'https://example.org/atlas/',
  'https://example.org/atlas/es/',
  'https://example.org/atlas/solutions/water/',
  'https://example.org/atlas/es/solutions/water/',
  'https://example.org/atlas/solutions/2/',
  'https://example.org/atlas/es/solutions/2/',
  // Only in English: listed with no alternates.
  'https://example.org/atlas/english-only/',
  // A default-language page whose path starts like a language code.
  'https://example.org/atlas/estuary/',
  'https://example.org/atlas/404/',
  'https://example.org/atlas/es/404/',
  'https://example.org/atlas/500/',
];

describe('sitemap alternates', () => {
  const { filter, serialize } = sitemapAlternates(root, 'en', ['en', 'es']);
  const listed = pages.filter((url) => filter(url));

  it('lists every page but the error pages of each language', () => {
    expect(listed).toEqual(pages.filter((url) => !/\/(404|500)\/$/.test(url)));
  });

  it('gives each page the same page in every language that has it, and none when only one does', () => {
    const links = Object.fromEntries(listed.map((url) => [url, (serialize({ url }) as { links?: unknown }).links]));
    const both = (path: string) => [
      { lang: 'en', url: `${root}${path}` },
      { lang: 'es', url: `${root}es/${path}` },
    ];
    expect(links).toEqual({
      [`${root}`]: both(''),
      [`${root}es/`]: both(''),
      [`${root}solutions/water/`]: both('solutions/water/'),
      [`${root}es/solutions/water/`]: both('solutions/water/'),
      [`${root}solutions/2/`]: both('solutions/2/'),
      [`${root}es/solutions/2/`]: both('solutions/2/'),
      [`${root}english-only/`]: undefined,
      [`${root}estuary/`]: undefined,
    });
  });

  it('keeps what else an item says, and leaves an address outside the site as it is', () => {
    expect(serialize({ url: `${root}solutions/water/`, priority: 0.5 })).toMatchObject({ priority: 0.5, url: `${root}solutions/water/` });
    expect(serialize({ url: 'https://elsewhere.org/page/' })).toEqual({ url: 'https://elsewhere.org/page/' });
  });
});
