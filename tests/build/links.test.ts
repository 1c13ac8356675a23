/** Every internal link, anchor and asset reference in the built sites resolves to a built file. */
import { describe, expect, inject, it } from 'vitest';
import { fileFor, listPages, page } from '../support/dist.ts';

describe.each([
  ['the site', inject('siteDist')],
  ['the fixture site', inject('fixtureDist')],
  ['the search fixture site', inject('searchDist')],
  ['the bilingual fixture site', inject('bilingualDist')],
])('links in %s', (_name, dist) => {
  it('all resolve, anchors included', () => {
    const broken: string[] = [];
    for (const path of listPages(dist)) {
      const html = page(dist, path);
      const references = [
        ...html.querySelectorAll('a[href]').map((element) => element.getAttribute('href') ?? ''),
        ...html.querySelectorAll('link[href]').map((element) => element.getAttribute('href') ?? ''),
        ...html.querySelectorAll('[src]').map((element) => element.getAttribute('src') ?? ''),
        ...html.querySelectorAll('form[action]').map((element) => element.getAttribute('action') ?? ''),
      ];
      for (const reference of references) {
        if (/^(https?:|mailto:)/.test(reference)) continue;
        // A file the page holds (the citation's CSL-JSON): nothing to resolve, but it must read back.
        if (reference.startsWith('data:')) {
          if (!/^data:[\w.+/-]+(;[\w=-]+)*,/.test(reference)) broken.push(`${path} -> ${reference.slice(0, 60)}…`);
          continue;
        }
        const target = new URL(reference, `http://site.test${path}`);
        const file = fileFor(dist, target.pathname);
        if (!file) {
          broken.push(`${path} -> ${reference}`);
          continue;
        }
        if (target.hash && file.endsWith('.html')) {
          const id = decodeURIComponent(target.hash.slice(1));
          const targetPage = page(dist, target.pathname);
          if (!targetPage.getElementById(id)) broken.push(`${path} -> ${reference} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
