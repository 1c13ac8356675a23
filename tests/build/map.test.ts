/**
 * Maps on the listing fixture (tests/fixtures/sites/many): thirty solutions in Mexico, two of them at
 * one place with coordinates (Acequia and Brook), one at another (Canal), and twenty-seven without
 * coordinates, drawn at the centre of Mexico and marked approximate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listPages, page, text } from '../support/dist.ts';

const dist = inject('manyDist');
const solutionIds = listPages(dist)
  .map((path) => /^\/solutions\/([a-z-]+)\/$/.exec(path)?.[1])
  .filter((id): id is string => id !== undefined);

describe.each(['', '/es'])('the world map (%s)', (prefix) => {
  const html = page(dist, `${prefix}/map/`);
  const points = html.querySelectorAll('.world-map svg a').map((link) => ({
    href: link.getAttribute('href')!,
    label: link.getAttribute('aria-label')!,
    count: Number(text(link.querySelector('text')) || 1),
    approximate: link.querySelector('circle')?.classList.contains('approximate') ?? false,
  }));

  it('draws one point per place, with the number of solutions there', () => {
    expect(solutionIds).toHaveLength(30);
    expect(points.map(({ count, approximate }) => [count, approximate])).toEqual([
      [27, true],
      [2, false],
      [1, false],
    ]);
    expect(points.reduce((sum, point) => sum + point.count, 0)).toBe(solutionIds.length);
    expect(points[2]?.href).toBe(`${prefix}/solutions/canal-alliance/`);
    expect(points[2]?.label).toMatch(/: Canal alliance$/);
  });

  it('links a point of several solutions to their list, which names each of them', () => {
    for (const point of points.filter(({ count }) => count > 1)) {
      expect(point.href).toMatch(/^#place-\d+$/);
      const entry = html.getElementById(point.href.slice(1))!;
      expect(entry.querySelectorAll('ul a')).toHaveLength(point.count);
    }
    const pair = html.getElementById(points[1]!.href.slice(1))!;
    expect(
      pair
        .querySelectorAll('ul a')
        .map((link) => link.getAttribute('href'))
        .sort(),
    ).toEqual([`${prefix}/solutions/acequia-alliance/`, `${prefix}/solutions/brook-alliance/`]);
    expect(text(html.getElementById(points[0]!.href.slice(1))!.querySelector('.map-place'))).toMatch(/^M[eé]xico$/);
  });

  it('lists every solution once in its text alternative, and runs no script', () => {
    const listed = html.querySelectorAll('.map-places ul a').map((link) => link.getAttribute('href')!.split('/').at(-2));
    expect(listed.sort()).toEqual([...solutionIds].sort());
    expect(html.querySelectorAll('.map-places .muted').map(text)).toEqual([prefix ? '(aproximado)' : '(approximate)']);
    expect(html.querySelector('script:not([type="application/ld+json"])')).toBeNull();
  });
});

describe('region maps', () => {
  it("mark a solution's place on its region's map, hollow when approximate", () => {
    for (const [id, approximate] of [
      ['canal-alliance', false],
      ['dam-alliance', true],
    ] as const) {
      const html = page(dist, `/solutions/${id}/`);
      const map = html.querySelector('.region-map svg')!;
      expect(map.querySelector('image')?.getAttribute('href')).toBe('/map/regions/latin-america-caribbean.svg');
      const circles = map.querySelectorAll('circle');
      expect(circles).toHaveLength(1);
      expect(circles[0]!.classList.contains('approximate')).toBe(approximate);
      expect(map.getAttribute('role')).toBe('img');
      expect(text(html.getElementById(map.getAttribute('aria-labelledby')!))).toContain('Example Basin');
    }
  });

  it("draw every solution of a region on the region's page, a point per place", () => {
    const circles = page(dist, '/regions/latin-america-caribbean/').querySelectorAll('.region-map circle');
    expect(circles).toHaveLength(3);
    const svg = readFileSync(join(dist, 'map/regions/latin-america-caribbean.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/<path class="land" d="M[-\d]/);
  });
});

describe('country pages', () => {
  it('list the solutions of each country they work in, a page at a time, on the map of its region', () => {
    for (const prefix of ['', '/es']) {
      const first = page(dist, `${prefix}/countries/mx/`);
      expect(text(first.querySelector('h1'))).toBe(prefix ? 'Soluciones en México' : 'Solutions in Mexico');
      const listed = [first, page(dist, `${prefix}/countries/mx/2/`)].flatMap((html) =>
        html.querySelectorAll('.card .card-title').map(text),
      );
      expect(listed).toHaveLength(solutionIds.length);
      expect(first.querySelectorAll('.region-map circle')).toHaveLength(3);
      expect(first.querySelector('link[rel="next"]')?.getAttribute('href')).toBe(`${prefix}/countries/mx/2/`);
    }
    expect(
      listPages(dist)
        .filter((path) => path.startsWith('/countries/'))
        .sort(),
    ).toEqual(['/countries/mx/', '/countries/mx/2/']);
  });

  it('are linked from the map and from each solution of the country', () => {
    expect(page(dist, '/map/').querySelector('.map-place a')?.getAttribute('href')).toBe('/countries/mx/');
    expect(page(dist, '/es/solutions/dam-alliance/').querySelector('.map-links a')?.getAttribute('href')).toBe('/es/countries/mx/');
  });
});
