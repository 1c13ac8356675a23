/**
 * The site in two languages, on the bilingual fixture site: a solution translated into Spanish, one not
 * translated, and entries written in Spanish. Every page exists in both languages, says which language
 * it is in and where the other is, shows an entry in its original when it has no translation (and says
 * so), writes dates in the reader's language, and keeps its links within its language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listPages, page, text } from '../support/dist.ts';
import { sitemapUrls } from '../support/site-pages.ts';

const dist = inject('bilingualDist');
const pages = listPages(dist);
const spanish = pages.filter((path) => path.startsWith('/es/'));
const english = pages.filter((path) => !path.startsWith('/es/'));
/** The same page in the other language. */
const counterpart = (path: string) => (path.startsWith('/es/') ? path.slice(3) : `/es${path}`);
const origin = 'https://alliance-atlas.github.io';

describe('a site in English and Spanish', () => {
  it('has every page in both languages, the 404 pages included', () => {
    expect(spanish.length).toBeGreaterThan(20);
    expect(english.length).toBe(spanish.length);
    expect(english.filter((path) => !pages.includes(counterpart(path)))).toEqual([]);
    expect(pages).toContain('/404.html');
    expect(pages).toContain('/es/404.html');
  });

  it('declares the language of every page, and of its Open Graph data', () => {
    for (const path of pages) {
      const html = page(dist, path);
      const language = path.startsWith('/es/') ? 'es' : 'en';
      expect(html.querySelector('html')?.getAttribute('lang'), path).toBe(language);
      expect(html.querySelector('meta[property="og:locale"]')?.getAttribute('content'), path).toBe(language === 'es' ? 'es_MX' : 'en_GB');
      expect(html.querySelector('meta[property="og:locale:alternate"]')?.getAttribute('content'), path).toBe(
        language === 'es' ? 'en_GB' : 'es_MX',
      );
    }
  });

  it('names the page in every language with hreflang alternates, the English one the default', () => {
    for (const path of pages.filter((candidate) => !candidate.endsWith('404.html'))) {
      const html = page(dist, path);
      const alternates = Object.fromEntries(
        html.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      );
      const englishPath = path.startsWith('/es/') ? counterpart(path) : path;
      expect(alternates, path).toEqual({
        en: `${origin}${englishPath}`,
        es: `${origin}/es${englishPath}`,
        'x-default': `${origin}${englishPath}`,
      });
    }
  });

  it('switches to the same page in the other language from every page, and to the home page from a 404', () => {
    for (const path of pages) {
      const links = page(dist, path).querySelectorAll('.site-header > .wrap > .language-switch a');
      expect(links, path).toHaveLength(1);
      const expected = path.endsWith('404.html') ? (path.startsWith('/es/') ? '/' : '/es/') : counterpart(path);
      expect(links[0]?.getAttribute('href'), path).toBe(expected);
      expect(links[0]?.getAttribute('hreflang'), path).toBe(path.startsWith('/es/') ? 'en' : 'es');
      expect(text(links[0]), path).toBe(path.startsWith('/es/') ? 'English' : 'Español');
    }
  });

  it('keeps every link within the language of its page, but the switch and the site-wide files', () => {
    // Files in no language: the open data is written once for the whole site.
    const siteFiles = /^\/(favicon\.svg|sitemap-index\.xml|pagefind\/|_astro\/|data\/[a-z-]+\.(json|csv)$|map\/regions\/)/;
    for (const path of pages) {
      const html = page(dist, path);
      const links = html
        .querySelectorAll('a[href^="/"], form[action^="/"], link[href^="/"]')
        .filter((element) => !element.closest('.language-switch'))
        .map((element) => element.getAttribute('href') ?? element.getAttribute('action') ?? '')
        .filter((href) => !siteFiles.test(href));
      expect(links.length, path).toBeGreaterThan(5);
      const astray = links.filter((href) => (path.startsWith('/es/') ? !href.startsWith('/es/') : href.startsWith('/es/')));
      expect(astray, path).toEqual([]);
    }
  });

  it('shows a translated entry in the language of the page, crediting its translator', () => {
    const solution = page(dist, '/es/solutions/river-water-alliance/');
    expect(text(solution.querySelector('h1'))).toBe('Alianza por el agua del río');
    expect(solution.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
    expect(solution.querySelector('.translation-note')).toBeNull();
    expect(text(solution.querySelector('.prose'))).toBe('La alianza comparte el agua del río en la temporada seca.');
    expect(text(solution.querySelector('.actors'))).toContain('Convocó la alianza.');
    // The interface is Spanish; what is not translated (the place) keeps its language.
    expect(text(solution.getElementById('alliance'))).toBe('La alianza');
    const block = page(dist, '/es/building-blocks/shared-river-committee/');
    expect(text(block.querySelector('h1'))).toBe('Comité compartido del río');
    expect(text(block.querySelector('.translation-note'))).toBe('Traducción de Ana Ejemplo.');
    const english = page(dist, '/solutions/river-water-alliance/');
    expect(text(english.querySelector('h1'))).toBe('River water alliance');
    expect(english.querySelector('.translation-note')).toBeNull();
  });

  it('shows an untranslated body the same in both languages, a translated one in its translation, and labels a callout in the page language', () => {
    const body = (path: string) => page(dist, path).querySelector('.prose')?.innerHTML;
    // Rendered once for both pages (src/lib/rendered-once.ts): the same HTML on each.
    expect(body('/solutions/untranslated-dry-season-pact/')).toContain('The pact was signed before the dry season.');
    expect(body('/es/solutions/untranslated-dry-season-pact/')).toBe(body('/solutions/untranslated-dry-season-pact/'));
    expect(body('/es/solutions/river-water-alliance/')).not.toBe(body('/solutions/river-water-alliance/'));
    // A callout without a title is named in the page's language, so its body is rendered on each page.
    const callout = (path: string) => page(dist, path).querySelector('.prose .callout-box');
    expect(callout('/events/river-field-visit/')?.getAttribute('aria-label')).toBe('Tip');
    expect(callout('/es/events/river-field-visit/')?.getAttribute('aria-label')).toBe('Consejo');
    expect(text(callout('/es/events/river-field-visit/'))).toBe('Bring water too.');
  });

  it('shows an untranslated entry in its original, marked with its language, says so, and links to start the translation', () => {
    const cases = [
      {
        path: '/es/solutions/untranslated-dry-season-pact/',
        title: 'Untranslated dry season pact',
        lang: 'en',
        file: 'content/solutions/untranslated-dry-season-pact.es.mdx',
      },
      {
        path: '/solutions/escuela-del-agua/',
        title: 'Escuela del agua en la sierra',
        lang: 'es',
        file: 'content/solutions/escuela-del-agua.en.mdx',
      },
    ];
    for (const { path, title, lang, file } of cases) {
      const html = page(dist, path);
      expect(text(html.querySelector('h1')), path).toBe(title);
      expect(html.querySelector('h1')?.getAttribute('lang'), path).toBe(lang);
      expect(html.querySelector('.prose')?.getAttribute('lang'), path).toBe(lang);
      const note = html.querySelector('.translation-note');
      expect(text(note), path).toMatch(
        lang === 'en'
          ? /^Esta página todavía no se ha traducido al español, así que se muestra en su idioma original, inglés\. Traducirla al español$/
          : /^This page has not been translated into English yet, so it is shown in its original language, Spanish\. Translate it into English$/,
      );
      const start = new URL(note?.querySelector('a')?.getAttribute('href') ?? '');
      expect(start.pathname, path).toMatch(/\/new\/main$/);
      expect(start.searchParams.get('filename'), path).toBe(file);
      expect(start.searchParams.get('value'), path).toContain(`title: "TODO translate: ${title}"`);
    }
    // An entry shown in its original on a page of the other language says so in its JSON-LD too.
    const data = JSON.parse(
      page(dist, '/es/solutions/untranslated-dry-season-pact/').querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
    );
    expect(data.inLanguage).toBe('en');
    const translated = JSON.parse(
      page(dist, '/es/solutions/river-water-alliance/').querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
    );
    expect(translated.inLanguage).toBe('es');
  });

  it('marks untranslated titles on cards and lists with their language', () => {
    const listing = page(dist, '/es/solutions/');
    const titles = Object.fromEntries(
      listing.querySelectorAll('.card h2').map((heading) => [text(heading), heading.getAttribute('lang') ?? null]),
    );
    expect(titles).toEqual({
      'Alianza por el agua del río': null,
      'Untranslated dry season pact': 'en',
      'Escuela del agua en la sierra': null,
    });
  });

  it('starts a story in the language of the page from "Share your inspiration story"', () => {
    const share = (path: string) => new URL(page(dist, path).querySelector('.callout a.button')?.getAttribute('href') ?? '');
    const spanish = share('/es/solutions/river-water-alliance/');
    expect(spanish.searchParams.get('filename')).toBe('content/stories/inspired-by-river-water-alliance-tu-organizacion.mdx');
    expect(spanish.searchParams.get('value')).toMatch(
      /^---\nlang: es\ntitle: "Cómo adaptamos Alianza por el agua del río"\nsummary: "TODO: un párrafo/,
    );
    const english = share('/solutions/river-water-alliance/');
    expect(english.searchParams.get('filename')).toBe('content/stories/inspired-by-river-water-alliance-your-organization.mdx');
    expect(english.searchParams.get('value')).toMatch(/^---\ntitle: "How we adapted River water alliance"\nsummary: "TODO: one plain-text/);
  });

  it('writes dates in the language of the page', () => {
    expect(text(page(dist, '/news/alliance-signed/').querySelector('time'))).toBe('21 June 2024');
    expect(text(page(dist, '/es/news/alliance-signed/').querySelector('time'))).toBe('21 de junio de 2024');
    expect(text(page(dist, '/es/solutions/escuela-del-agua/').querySelector('.page-header time'))).toBe('21 de junio de 2019');
    expect(text(page(dist, '/es/events/river-field-visit/').querySelector('.event-date'))).toBe(
      'domingo 15 de marzo de 2099, 10:00 (UTC−06:00)',
    );
    expect(text(page(dist, '/events/river-field-visit/').querySelector('.event-date'))).toBe('Sunday 15 March 2099, 10:00 (UTC−06:00)');
  });

  it('labels the vocabularies and themes in the language of the page, a theme without a translation in its own', () => {
    const solution = page(dist, '/es/solutions/escuela-del-agua/');
    expect(text(solution.querySelector('.page-header dl'))).toMatch(/Escala Local/);
    const tags = solution.querySelectorAll('.glance .tag').map((tag) => [text(tag), tag.getAttribute('lang') ?? null]);
    expect(tags).toEqual([
      ['Environmental education', 'en'],
      ['Cuidado del agua', null],
    ]);
    expect(text(page(dist, '/es/themes/water/').querySelector('h1'))).toBe('Cuidado del agua');
    expect(text(page(dist, '/es/regions/latin-america-caribbean/').querySelector('h1'))).toBe('América Latina y el Caribe');
    expect(text(page(dist, '/es/organizations/river-council/').querySelector('.page-header dl'))).toContain('Gobierno');
  });

  it('derives relations once, across languages: the same solutions use the block on both pages', () => {
    const usedIn = (path: string) =>
      page(dist, path)
        .querySelectorAll('#used-in + ul .card h3 a')
        .map((link) => link.getAttribute('href')?.replace(/^\/es\//, '/'))
        .sort();
    const english = usedIn('/building-blocks/shared-river-committee/');
    expect(english).toEqual([
      '/solutions/escuela-del-agua/',
      '/solutions/river-water-alliance/',
      '/solutions/untranslated-dry-season-pact/',
    ]);
    expect(usedIn('/es/building-blocks/shared-river-committee/')).toEqual(english);
  });

  it('writes a feed per language, in that language', () => {
    const englishFeed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const spanishFeed = readFileSync(join(dist, 'es/rss.xml'), 'utf8');
    expect(englishFeed).toContain('<language>en</language>');
    expect(spanishFeed).toContain('<language>es</language>');
    expect(englishFeed).toContain('<title>River water alliance</title>');
    expect(spanishFeed).toContain('<title>Alianza por el agua del río</title>');
    expect(spanishFeed).toContain(`<link>${origin}/es/solutions/river-water-alliance/</link>`);
    expect(spanishFeed).toContain('<category>Solución</category>');
    expect(page(dist, '/es/').querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/es/rss.xml');
  });

  it('lists both languages of every page in the sitemap, with xhtml:link alternates', () => {
    const urls = sitemapUrls(dist).map((url) => new URL(url).pathname);
    expect(urls).toContain('/es/solutions/river-water-alliance/');
    expect(urls).toContain('/solutions/river-water-alliance/');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${origin}/es/solutions/river-water-alliance/"/>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${origin}/solutions/river-water-alliance/"/>`);
  });

  it('indexes each language for search on its own', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    expect(entry.languages['en']?.page_count).toBe(entry.languages['es']?.page_count);
    expect(existsSync(join(dist, 'es/404.html'))).toBe(true);
  });

  it('serves the Spanish 404 page in Spanish', () => {
    const html = page(dist, '/es/404.html');
    expect(text(html.querySelector('h1'))).toBe('No encontramos esa página');
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
