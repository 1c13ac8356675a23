/**
 * Listings that scale, on the listing fixture (tests/fixtures/sites/many: thirty solutions, every one
 * about water, every third about food security too, at three scales): pages of 24 cards with their
 * `rel` links, a page for each theme x scale pair that has solutions and none for an empty one, the
 * links between them, and the home page and theme index showing what has solutions.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listPages, page, text } from '../support/dist.ts';

const dist = inject('manyDist');
const pages = listPages(dist);
const titles = (path: string) => page(dist, path).querySelectorAll('.card .card-title').map(text);
const origin = 'https://alliance-atlas.github.io';

describe('paginated listings', () => {
  it('shows 24 solutions a page, newest first, with previous, next and page numbers', () => {
    for (const prefix of ['', '/es']) {
      const first = page(dist, `${prefix}/solutions/`);
      expect(titles(`${prefix}/solutions/`)).toHaveLength(24);
      expect(titles(`${prefix}/solutions/`)[0]).toBe('Dam alliance');
      expect(titles(`${prefix}/solutions/2/`)).toEqual([
        'Fountain alliance',
        'Estuary alliance',
        'Delta alliance',
        'Canal alliance',
        'Brook alliance',
        'Aquifer alliance',
      ]);
      expect(pages).not.toContain(`${prefix}/solutions/3/`);
      expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe(`${prefix}/solutions/2/`);
      expect(first.querySelector('.pagination a[rel="prev"]')).toBeNull();
      expect(first.querySelector('link[rel="next"]')?.getAttribute('href')).toBe(`${prefix}/solutions/2/`);
      expect(first.querySelector('.pagination [aria-current="page"]')?.textContent.trim()).toMatch(/^(Page|Página) 1\s*1$/);
      const second = page(dist, `${prefix}/solutions/2/`);
      expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe(`${prefix}/solutions/`);
      expect(second.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe(`${prefix}/solutions/`);
      expect(second.querySelector('.pagination a[rel="next"]')).toBeNull();
      // Every page says where it is, and is its own canonical address.
      expect(text(second.querySelector('title'))).toMatch(/\((page 2 of 2|página 2 de 2)\)/);
      expect(second.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}${prefix}/solutions/2/`);
    }
  });

  it('paginates the solutions of a browse page, and lists its building blocks on the first page only', () => {
    expect(titles('/themes/water/')).toHaveLength(24 + 24);
    expect(titles('/themes/water/2/')).toHaveLength(6);
    expect(page(dist, '/themes/water/2/').getElementById('building-blocks')).toBeNull();
    expect(page(dist, '/scales/local/').querySelector('.pagination')).toBeNull();
    expect(titles('/scales/local/')).toHaveLength(15 + 0);
  });

  it('lists a page of building blocks on a browse page, and leads to the rest in the explorer', () => {
    const more = page(dist, '/themes/water/')
      .querySelectorAll('main a')
      .filter((link) => link.getAttribute('href') === '/search/?type=building-block&theme=water');
    expect(more.map(text)).toEqual(['See all 26 building blocks in the explorer']);
    expect(page(dist, '/themes/food-security/').querySelector('a[href^="/search/?type=building-block"]')).toBeNull();
    expect(titles('/building-blocks/')).toHaveLength(24);
    expect(titles('/building-blocks/2/')).toHaveLength(2);
  });
});

describe('theme x scale pages', () => {
  const pairs = (prefix: string) =>
    pages.filter((path) => new RegExp(`^${prefix}/themes/[^/]+/[a-z-]+/$`).test(path) && !/\/\d+\/$/.test(path));

  it('exist for every pair that has solutions, and for no other, in both languages', () => {
    const expected = [
      '/themes/food-security/local/',
      '/themes/food-security/national/',
      '/themes/food-security/subnational/',
      '/themes/water/local/',
      '/themes/water/national/',
      '/themes/water/subnational/',
    ];
    expect(pairs('').sort()).toEqual(expected);
    expect(pairs('/es').sort()).toEqual(expected.map((path) => `/es${path}`));
    expect(existsSync(join(dist, 'themes/unused/local/index.html'))).toBe(false);
  });

  it('list the solutions of the pair, newest first, under a title that names both', () => {
    const html = page(dist, '/themes/food-security/national/');
    expect(text(html.querySelector('h1'))).toBe('Food security: national solutions');
    expect(titles('/themes/food-security/national/')).toEqual(['Dam alliance', 'Acequia alliance']);
    expect(titles('/themes/food-security/local/')).toHaveLength(5);
    expect(text(page(dist, '/es/themes/food-security/national/').querySelector('h1'))).toBe('Food security: soluciones de escala nacional');
  });

  it('are linked from the theme page and the scale page with their counts, and no empty pair is', () => {
    const fromTheme = page(dist, '/themes/food-security/').querySelectorAll('.combinations li').map(text);
    expect(fromTheme).toEqual(['Local 5', 'Subnational 3', 'National 2']);
    const fromScale = page(dist, '/scales/national/')
      .querySelectorAll('.combinations a')
      .map((link) => [text(link), link.getAttribute('href')]);
    expect(fromScale).toEqual([
      ['Food security', '/themes/food-security/national/'],
      ['Water stewardship', '/themes/water/national/'],
    ]);
    expect(page(dist, '/themes/unused/').querySelector('.combinations')).toBeNull();
    expect(page(dist, '/scales/global/').querySelector('.combinations')).toBeNull();
  });

  it('lead from a browse page into the explorer with its filter set', () => {
    const link = (path: string) =>
      page(dist, path)
        .querySelectorAll('.page-header a')
        .find((anchor) => anchor.getAttribute('href')?.startsWith('/search/') || anchor.getAttribute('href')?.startsWith('/es/search/'))
        ?.getAttribute('href');
    expect(link('/themes/water/')).toBe('/search/?theme=water');
    expect(link('/scales/local/')).toBe('/search/?scale=local');
    expect(link('/themes/food-security/national/')).toBe('/search/?theme=food-security&scale=national');
    expect(link('/es/regions/latin-america-caribbean/')).toBe('/es/search/?region=latin-america-caribbean');
    expect(link('/solutions/')).toBe('/search/');
    expect(link('/es/building-blocks/')).toBe('/es/search/?type=building-block');
  });
});

describe('what the home page and the theme index show', () => {
  it('shows on the home page only the themes and scales that have solutions, with their counts', () => {
    const lists = page(dist, '/').querySelectorAll('.browse-list');
    const items = lists.flatMap((list) => list.querySelectorAll('li').map(text));
    expect(items).toContain('Water stewardship 30 solutions');
    expect(items).toContain('Food security 10 solutions');
    expect(items).toContain('Local 15 solutions');
    expect(items.some((item) => item.startsWith('Unused theme'))).toBe(false);
    expect(items.some((item) => item.startsWith('Global'))).toBe(false);
  });

  it('lists every theme on the theme index, the empty ones muted', () => {
    const items = page(dist, '/themes/')
      .querySelectorAll('.browse-list li')
      .map((item) => [text(item), item.classList.contains('no-solutions')]);
    expect(items).toContainEqual(['Unused theme 0 solutions', true]);
    expect(items).toContainEqual(['Water stewardship 30 solutions', false]);
  });

  it('lists the sectors apart from the approaches, a theme without a group among the approaches', () => {
    for (const [prefix, sectors, approaches] of [
      ['', 'Sectors', 'Approaches'],
      ['/es', 'Sectores', 'Enfoques'],
    ] as const) {
      const groups = page(dist, `${prefix}/themes/`)
        .querySelectorAll('main section')
        .map((section) => [text(section.querySelector('h2')), section.querySelectorAll('.browse-list li a span:first-child').map(text)]);
      expect(groups).toEqual([
        [sectors, ['Water stewardship']],
        [approaches, ['Food security', 'Unused theme']],
      ]);
    }
  });
});
