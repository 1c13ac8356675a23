/**
 * Size budgets on the built site, gzipped as a host serves them: content pages ship no JavaScript, a
 * solution page's HTML and CSS stay small, and the search page's own JavaScript stays bounded.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, listPages, page } from '../support/dist.ts';

const dist = inject('siteDist');
const KB = 1024;

/** Gzipped bytes of a page's HTML, its stylesheets and its scripts (module scripts and their imports). */
function weigh(path: string) {
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  const html = page(dist, path);
  const css = html.querySelectorAll('link[rel="stylesheet"]').map((link) => fileFor(dist, link.getAttribute('href') ?? '') ?? '');
  const scripts = new Set<string>();
  for (const element of html.querySelectorAll('script[src], astro-island')) {
    for (const attribute of ['src', 'component-url', 'renderer-url']) {
      const url = element.getAttribute(attribute);
      if (url) scripts.add(url);
    }
  }
  // Imports of the island's modules (e.g. the shared React chunk).
  for (const url of [...scripts]) {
    const source = readFileSync(fileFor(dist, url) ?? '', 'utf8');
    for (const match of source.matchAll(/from\s*"(\.\/[^"]+\.js)"|import\s*"(\.\/[^"]+\.js)"/g))
      scripts.add(new URL(match[1] ?? match[2] ?? '', `http://x${url}`).pathname);
  }
  const inlineJs = html
    .querySelectorAll('script:not([src]):not([type="application/ld+json"])')
    .reduce((sum, script) => sum + gzipSync(script.textContent).length, 0);
  return {
    html: gz(fileFor(dist, path) ?? ''),
    css: css.reduce((sum, file) => sum + gz(file), 0),
    js: [...scripts].reduce((sum, url) => sum + gz(fileFor(dist, url) ?? ''), 0) + inlineJs,
  };
}

const pages = listPages(dist);
const kinds: [string, (path: string) => boolean, { htmlCss: number; js: number }][] = [
  ['solution', (path) => /^(\/es)?\/solutions\/[^/]+\/$/.test(path), { htmlCss: 15 * KB, js: 0 }],
  ['building block', (path) => /^(\/es)?\/building-blocks\/[^/]+\/$/.test(path), { htmlCss: 15 * KB, js: 0 }],
  ['browse page', (path) => /^(\/es)?\/(themes|scales|regions|phases)\//.test(path), { htmlCss: 12 * KB, js: 0 }],
  [
    'organization, story, event or news page',
    (path) => /^(\/es)?\/(organizations|stories|events|news)\//.test(path),
    { htmlCss: 12 * KB, js: 0 },
  ],
  [
    'home and other pages',
    (path) => ['/', '/solutions/', '/building-blocks/', '/about/', '/contribute/', '/404.html'].includes(path.replace(/^\/es\//, '/')),
    { htmlCss: 15 * KB, js: 0 },
  ],
];

describe('size budgets (gzipped)', () => {
  for (const [kind, matches, budget] of kinds) {
    it(`${kind}: HTML+CSS ≤ ${budget.htmlCss / KB} kB, JavaScript ${budget.js} bytes`, () => {
      const matched = pages.filter(matches);
      // Every kind of page is weighed in both languages.
      expect(matched.filter((path) => path.startsWith('/es/')).length).toBeGreaterThan(0);
      expect(matched.filter((path) => !path.startsWith('/es/')).length).toBeGreaterThan(0);
      for (const path of matched) {
        const size = weigh(path);
        expect(size.html + size.css, path).toBeLessThanOrEqual(budget.htmlCss);
        expect(size.js, path).toBe(budget.js);
      }
    });
  }

  it.each(['/search/', '/es/search/'])(
    'search page %s: its own JavaScript (island and framework) ≤ 80 kB before the first query',
    (path) => {
      const size = weigh(path);
      expect(size.js).toBeGreaterThan(20 * KB); // the island is there and was weighed
      expect(size.js).toBeLessThanOrEqual(80 * KB);
      expect(size.html + size.css).toBeLessThanOrEqual(15 * KB);
    },
  );
});
