/**
 * Assertions on the real build of the site (dist/) and of the fixture site: every entry and every
 * vocabulary value has its page with its required parts, and content pages ship no JavaScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { discover } from '../../src/lib/validation/discover.ts';
import { readSource } from '../../src/lib/validation/source-file.ts';
import { phases, regions, scales } from '../../src/schemas/vocabularies.ts';
import { en } from '../../src/i18n/en.ts';
import { bilingualFixtureSite, fixtureSite, searchFixtureSite } from '../support/paths.ts';
import { listPages, page, text } from '../support/dist.ts';
import { sitemapUrls } from '../support/site-pages.ts';

const siteDist = inject('siteDist');
const fixtureDist = inject('fixtureDist');

/** The URL segment of each collection. */
const segment = {
  solutions: 'solutions',
  'building-blocks': 'building-blocks',
  organizations: 'organizations',
  themes: 'themes',
  stories: 'stories',
  events: 'events',
  news: 'news',
} as const;

function publishedEntries(root: string) {
  return discover(root).entries.filter((entry) => {
    const data = readSource(entry.path, readFileSync(join(root, entry.path), 'utf8')).data as { draft?: boolean };
    return data.draft !== true;
  });
}

describe.each([
  ['the site', siteDist, inject('siteRoot')],
  ['the fixture site', fixtureDist, fixtureSite],
  ['the search fixture site', inject('searchDist'), searchFixtureSite],
  ['the bilingual fixture site', inject('bilingualDist'), bilingualFixtureSite],
])('%s', (_name, dist, root) => {
  const pages = listPages(dist);
  /** A site path in every language: "/solutions/" and "/es/solutions/". */
  const everyLanguage = (path: string) => [path, `/es${path}`];

  it('builds a page for every published entry in content/, in every language (nothing dropped)', () => {
    const entries = publishedEntries(root);
    expect(entries.length).toBeGreaterThan(0);
    const missing = entries
      .flatMap((entry) => everyLanguage(`/${segment[entry.collection]}/${entry.slug}/`))
      .filter((path) => !pages.includes(path));
    expect(missing).toEqual([]);
  });

  it('builds a page for every value of every vocabulary, and an index per dimension, in every language', () => {
    const expected = [
      ...scales.ids.map((id) => `/scales/${id}/`),
      ...regions.ids.map((id) => `/regions/${id}/`),
      ...phases.ids.map((id) => `/phases/${id}/`),
      '/themes/',
      '/scales/',
      '/regions/',
      '/phases/',
    ].flatMap(everyLanguage);
    expect(expected.filter((path) => !pages.includes(path))).toEqual([]);
  });

  it('builds the fixed pages in every language', () => {
    for (const path of [
      '/',
      '/solutions/',
      '/building-blocks/',
      '/organizations/',
      '/stories/',
      '/events/',
      '/news/',
      '/search/',
      '/contribute/',
      '/about/',
      '/404.html',
    ].flatMap(everyLanguage)) {
      expect(pages, path).toContain(path);
    }
  });

  it('gives every page one h1, landmarks, a skip link, a title, a description, a canonical URL and Open Graph tags', () => {
    for (const path of pages) {
      const html = page(dist, path);
      expect(html.querySelectorAll('h1'), path).toHaveLength(1);
      expect(html.querySelector('main#main'), path).not.toBeNull();
      expect(html.querySelector('header.site-header'), path).not.toBeNull();
      expect(html.querySelector('footer'), path).not.toBeNull();
      expect(html.querySelector('a.skip-link')?.getAttribute('href'), path).toBe('#main');
      expect(text(html.querySelector('title')).length, path).toBeGreaterThan(5);
      expect(html.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, path).toBeGreaterThan(20);
      // A 404 page is served at any missing address, so it names no canonical URL of its own.
      if (!path.endsWith('404.html'))
        expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toMatch(/^https:\/\//);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
        expect(html.querySelector(`meta[property="${property}"]`), `${path} ${property}`).not.toBeNull();
      }
      const searchPage = path.startsWith('/es/') ? '/es/search/' : '/search/';
      expect(html.querySelector(`form[role="search"][action="${searchPage}"] input[name="q"]`), path).not.toBeNull();
    }
  });

  it('ships no JavaScript on content pages: no script but JSON-LD data', () => {
    for (const path of pages.filter((candidate) => !['/search/', '/es/search/'].includes(candidate))) {
      const scripts = page(dist, path)
        .querySelectorAll('script')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json');
      expect(
        scripts.map((script) => script.toString().slice(0, 80)),
        path,
      ).toEqual([]);
    }
  });

  it('shows dates readably, in the language of the page, and in <time datetime>', () => {
    const solutionPages = (prefix: string) =>
      pages.filter((candidate) => candidate.startsWith(`${prefix}/solutions/`) && candidate !== `${prefix}/solutions/`);
    for (const [prefix, pattern] of [
      ['', /^\d{1,2} [A-Z][a-z]+ \d{4}$/],
      ['/es', /^\d{1,2} de [a-z]+ de \d{4}$/],
    ] as const) {
      expect(solutionPages(prefix).length).toBeGreaterThan(0);
      for (const path of solutionPages(prefix)) {
        const times = page(dist, path).querySelectorAll('time[datetime]');
        expect(times.length, path).toBeGreaterThan(0);
        expect(text(times[0]), path).toMatch(pattern);
      }
    }
  });
});

describe('a solution page', () => {
  const html = page(siteDist, '/solutions/inecc-alliance-with-communities-in-tabasco/');

  it('carries the anatomy of DESIGN.md', () => {
    expect(text(html.querySelector('h1'))).toBe("INECC's multi-actor alliance for capacity development with communities in Tabasco");
    expect(text(html.querySelector('.breadcrumbs'))).toContain('Solutions');
    expect(text(html.querySelector('.lead'))).toMatch(/^INECC worked with communities in Tabasco/);
    for (const id of ['at-a-glance', 'alliance', 'building-blocks', 'story', 'inspiration', 'related', 'share-story']) {
      expect(html.getElementById(id), id).not.toBeNull();
    }
    expect(text(html.querySelector('.page-header dl'))).toMatch(/Place Tabasco, Mexico.*Scale Subnational.*Published 21 June 2019/);
  });

  it('groups the alliance by governance level with sector, role and contribution', () => {
    const groups = html.querySelectorAll('.actors > section h3').map(text);
    expect(groups).toEqual(['National level', 'Subnational level', 'Local level']);
    const inea = html.querySelectorAll('.actor').find((actor) => text(actor).includes('INEA'));
    expect(text(inea)).toContain('Partner · Government');
    expect(text(inea)).toContain('Literacy support for the communities.');
  });

  it('shows each building block with its enabling factors and lessons learned, linking to its page', () => {
    const block = html.querySelector('.blocks .block');
    expect(block?.querySelector('h3 a')?.getAttribute('href')).toBe(
      '/building-blocks/constructing-strategic-multi-level-and-multi-actor-alliances/',
    );
    expect(text(block)).toContain('Open-minded government authorities.');
    expect(text(block)).toContain('It is necessary to prepare a strategy of alliance coordination');
  });

  it('links into the contribution flow', () => {
    const links = html.querySelectorAll('.callout a').map((link) => link.getAttribute('href') ?? '');
    expect(links).toContain('/contribute/');
    expect(links.some((href) => href.includes('/edit/main/content/solutions/inecc-alliance-with-communities-in-tabasco.mdx'))).toBe(true);
    expect(links.some((href) => href.includes('/new/main?filename=content%2Fstories%2F'))).toBe(true);
  });

  it('carries schema.org Article data', () => {
    const data = JSON.parse(html.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Article', datePublished: '2019-06-21' });
    expect(data.author).toEqual([{ '@type': 'Organization', name: 'Instituto Nacional de Ecología y Cambio Climático' }]);
  });
});

describe('derived relations on built pages', () => {
  it('lists on a building block page every solution that uses it', () => {
    const html = page(fixtureDist, '/building-blocks/shared-water-committee/');
    const linked = html.querySelectorAll('#used-in ~ ul .card h3 a').map((link) => link.getAttribute('href'));
    expect(linked).toEqual(['/solutions/upstream-water-pact/', '/solutions/valley-water-pact/']);
    expect(text(html.getElementById('stories')?.parentNode)).toContain('How we copied the shared committee');
  });

  it('shows inspiration both ways, with stories', () => {
    const inspired = text(page(fixtureDist, '/solutions/valley-water-pact/').querySelector('section[aria-labelledby="inspiration"]'));
    expect(inspired).toContain('Upstream water pact');
    expect(inspired).toContain('How we copied the shared committee');
    const upstream = text(page(fixtureDist, '/solutions/upstream-water-pact/').querySelector('section[aria-labelledby="inspiration"]'));
    expect(upstream).toMatch(/Inspired by .*Valley water pact/);
  });

  it('lists on an organization page what it takes part in', () => {
    const html = page(fixtureDist, '/organizations/river-council/');
    for (const id of ['solutions', 'building-blocks', 'events', 'news']) {
      expect(html.getElementById(id)?.parentNode?.parentNode?.querySelectorAll('.card').length ?? 0, id).toBe(1);
    }
  });

  it('splits events into upcoming and past, with time zone and duration', () => {
    const html = page(fixtureDist, '/events/');
    expect(text(html.getElementById('upcoming')?.parentNode?.parentNode)).toContain('Future field visit to the valley');
    expect(text(html.getElementById('past')?.parentNode?.parentNode)).toContain('Old webinar on water committees');
    const event = page(fixtureDist, '/events/future-field-visit/');
    expect(text(event.querySelector('.event-date'))).toBe('Sunday 15 March 2099, 10:00 (UTC+03:00)');
    expect(text(event.querySelector('.page-header dl'))).toContain('2 h');
    expect(text(event.querySelector('.page-header dl'))).toContain(en.vocabularies.eventFormats['field-visit'].label);
    const data = JSON.parse(event.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(data).toMatchObject({ '@type': 'Event', startDate: '2099-03-15T10:00:00+03:00', duration: 'PT2H' });
  });

  it('shows the archived seed event as past with its date not recorded', () => {
    const html = page(siteDist, '/events/alliances-and-partnerships-between-actors-session-1-1-1/');
    expect(text(html.querySelector('.kicker'))).toBe('Past event');
    expect(text(html.querySelector('.event-date'))).toBe('Not recorded (archived event)');
    expect(text(html.querySelector('.page-header dl'))).toMatch(/1 h 30 min.*Round table.*Online, Zoom/);
  });

  it('counts solutions per browse value and says so kindly when there are none', () => {
    expect(text(page(fixtureDist, '/scales/').querySelector('a[href="/scales/local/"]'))).toBe('Local 2 solutions');
    expect(text(page(fixtureDist, '/phases/completed/').querySelector('.empty'))).toMatch(
      /^No solution with this phase has been documented yet/,
    );
  });

  it('leaves drafts out of pages, feeds and the sitemap', () => {
    const pages = listPages(fixtureDist);
    expect(pages).not.toContain('/solutions/unfinished-draft/');
    expect(readFileSync(join(fixtureDist, 'rss.xml'), 'utf8')).not.toContain('unfinished-draft');
    expect(sitemapUrls(fixtureDist).filter((url) => url.includes('unfinished-draft'))).toEqual([]);
    expect(readFileSync(join(fixtureDist, 'solutions/index.html'), 'utf8')).not.toContain('Unfinished draft');
  });
});

describe('files as editors save them (the extra entries added to the real content)', () => {
  it('builds a file saved with Windows line endings, a byte-order mark and a tab after a colon', () => {
    const html = page(siteDist, '/news/test-extra-saved-on-windows/');
    expect(text(html.querySelector('h1'))).toBe('Catch records reach the schools (test)');
    expect(text(html.querySelector('.prose'))).toBe('The schools read the records in class.');
  });
  it('shows a title in Arabic with an emoji, in the direction of its own text', () => {
    const heading = page(siteDist, '/stories/test-extra-arabic-title/').querySelector('h1');
    expect(text(heading)).toBe('نسخنا سجلات الصيد في قريتنا 🐟');
    expect(heading?.getAttribute('dir')).toBe('auto');
    const card = page(siteDist, '/stories/')
      .querySelectorAll('.card h2, .card h3')
      .find((title) => text(title).startsWith('نسخنا'));
    expect(card?.getAttribute('dir')).toBe('auto');
  });
});

describe('images and MDX components', () => {
  const html = page(fixtureDist, '/news/committee-photo/');
  it('renders the cover as an optimised image with its alt text and credit', () => {
    const cover = html.querySelector('figure.cover img');
    expect(cover?.getAttribute('src')).toMatch(/^\/_astro\/cover\.[\w-]+\.webp$/);
    expect(cover?.getAttribute('alt')).toBe('A green placeholder standing in for a photo of the committee');
    expect(text(html.querySelector('figure.cover figcaption'))).toBe('Photo: Example Cooperative');
  });
  it('renders the allowed components without imports, and images in the text', () => {
    expect(html.querySelector('.prose figure.figure img')?.getAttribute('alt')).toBe(
      'A blue placeholder standing in for a photo of the river',
    );
    expect(text(html.querySelector('.prose figure.figure figcaption'))).toBe('The river in the dry season Photo: Example');
    expect(text(html.querySelector('.prose .callout-tip'))).toBe('Tip Meet where the water is.');
    expect(text(html.querySelector('.prose figure.quote'))).toBe('We learned to listen. — Example Author, An interview');
  });
});

describe('feeds and crawlers', () => {
  it('lists solutions, stories and news newest first in rss.xml, with absolute links', () => {
    const xml = readFileSync(join(fixtureDist, 'rss.xml'), 'utf8');
    const titles = [...xml.matchAll(/<item>\s*<title>([^<]+)<\/title>/g)].map((match) => match[1]);
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1] ?? '');
    expect(links.length).toBe(titles.length + 1);
    for (const link of links) expect(link).toMatch(/^https:\/\/[^/]+\//);
    expect(titles).toEqual([
      'How we copied the shared committee',
      'Upstream water pact',
      'The committee, in pictures',
      'Valley water pact signed',
      'Valley water pact',
    ]);
  });

  it('lists every page but the 404s in the sitemap, with absolute URLs, and robots.txt points to it', () => {
    const urls = sitemapUrls(siteDist);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\//);
    expect(urls.map((url) => new URL(url).pathname).sort()).toEqual(
      listPages(siteDist)
        .filter((path) => !path.endsWith('/404.html'))
        .sort(),
    );
    const robots = readFileSync(join(siteDist, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (https:\/\/\S+)$/m.exec(robots)?.[1] ?? '';
    expect(sitemap).toMatch(/\/sitemap-index\.xml$/);
    expect(existsSync(join(siteDist, new URL(sitemap).pathname))).toBe(true);
  });
});
