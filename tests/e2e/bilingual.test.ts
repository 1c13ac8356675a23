/**
 * The Spanish site in real Chromium, on the bilingual fixture site (tests/fixtures/sites/bilingual):
 * search reads the Spanish index, with Spanish stemming and accents folded, facets labelled in Spanish
 * and its state in the URL; the language switch keeps the reader on the same entry. Search is checked
 * on both kinds of bundle the build can leave (src/search-index/optimize.ts).
 */
import { beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, servedSite } from '../support/chromium.ts';

const bundles = [
  ['the optimized bundle', inject('bilingualDist')],
  ["Pagefind's own bundle", inject('bilingualStockDist')],
] as const;

describeInBrowser.each(bundles)('Spanish search with %s', (_name, dist) => {
  let page: Page;
  const site = servedSite(dist);
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  const status = () => page.locator('#search-status');
  const titles = async () => (await page.locator('.result-list h2').allTextContents()).sort();

  it('finds a Spanish word by its stem: "alianzas" finds "alianza"', async () => {
    await page.goto(`${site.server.url}/es/search/?q=alianzas`);
    await expect.poll(() => status().textContent()).toBe('2 resultados para «alianzas»');
    expect(await titles()).toEqual(['Alianza por el agua del río', 'Se firma la alianza por el agua del río']);
    expect(await page.locator('.result-list .kicker').allTextContents()).toEqual(expect.arrayContaining(['Solución', 'Noticia']));
    expect(await page.locator('.result-list a').first().getAttribute('href')).toMatch(/^\/es\//);
  });

  it('finds a word without its accents: "educacion" finds "Educación"', async () => {
    await page.goto(`${site.server.url}/es/search/?q=educacion`);
    await expect.poll(() => status().textContent()).toBe('1 resultado para «educacion»');
    expect(await titles()).toEqual(['Escuela del agua en la sierra']);
  });

  it('leaves the Spanish common words out, and says which', async () => {
    await page.goto(`${site.server.url}/es/search/?q=${encodeURIComponent('la educación de la sierra')}`);
    await expect.poll(() => status().textContent()).toBe('1 resultado para «la educación de la sierra»');
    expect(await page.locator('.search-note').textContent()).toBe(
      'Palabras comunes que no se buscaron: «la», «de». Para buscarlas también, escríbelas entre comillas.',
    );
  });

  it('narrows by a facet labelled in Spanish, and keeps the state in the URL', async () => {
    await page.goto(`${site.server.url}/es/search/?q=agua`);
    await expect.poll(() => status().textContent()).toMatch(/^\d+ resultados para «agua»$/);
    const before = Number((await status().textContent())?.split(' ')[0]);
    const facets = page.locator('.facets');
    await facets.hover();
    expect(await facets.locator('legend').allTextContents()).toEqual(expect.arrayContaining(['Tipo', 'Tema', 'Escala de implementación']));
    const solutionType = facets.locator('label', { hasText: 'Solución' });
    await expect.poll(() => solutionType.count()).toBe(1);
    await solutionType.locator('input').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('solution');
    await expect.poll(() => status().textContent()).toBe('3 resultados para «agua»');
    expect(before).toBeGreaterThan(3);
    const water = facets.locator('label', { hasText: 'Cuidado del agua' });
    await water.locator('input').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('water');
    await expect.poll(() => status().textContent()).toBe('3 resultados para «agua»');
    expect(await page.locator('.facet-panel summary').textContent()).toBe('Filtros (2 elegidos)');

    // The URL holds the search: loading it again shows the same.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await expect.poll(() => status().textContent()).toBe('3 resultados para «agua»');
    expect(await page.locator('#search-input').inputValue()).toBe('agua');
    expect(await water.locator('input').isChecked()).toBe(true);
    await page.goBack();
    await page.goForward();
    await expect.poll(() => status().textContent()).toBe('3 resultados para «agua»');
  });
});

describeInBrowser('the language switch', () => {
  const site = servedSite(inject('bilingualDist'));

  it('keeps the reader on the same entry, both ways', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/es/solutions/river-water-alliance/`);
    expect(await page.locator('h1').textContent()).toBe('Alianza por el agua del río');
    await page.locator('.site-header > .wrap > .language-switch a').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/solutions/river-water-alliance/');
    expect(await page.locator('h1').textContent()).toBe('River water alliance');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('.site-header > .wrap > .language-switch a').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/es/solutions/river-water-alliance/');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.close();
  });
});
