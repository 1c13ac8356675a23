/**
 * The page's frame in real Chromium: the header on a phone, its menu without JavaScript, one search box
 * on the search page, no blank space between the end of a page and its footer, and the citation's file
 * downloaded from the page. On the search fixture site (tests/fixtures/sites/search), whose pages are
 * known.
 */
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, servedSite } from '../support/chromium.ts';

/** The distance from the lowest box drawn inside `main` to the top of the footer. */
const blankAboveFooter = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main')!;
    const contentEnd = Math.max(
      ...[...main.querySelectorAll('*')]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0)
        .map((box) => box.bottom),
    );
    return document.querySelector('footer')!.getBoundingClientRect().top - contentEnd;
  });

describeInBrowser('the layout', () => {
  const site = servedSite(inject('searchDist'));

  it('keeps the header to one line at most 64 px tall on a 390 px phone, in both languages', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    for (const path of ['/', '/solutions/river-alliance-tabasco/', '/es/solutions/', '/search/']) {
      await page.goto(`${site.server.url}${path}`);
      const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(64);
    }
    await page.close();
  });

  it('opens the phone menu without JavaScript, with the sections and a search box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/solutions/river-alliance-tabasco/`);
    const menu = page.locator('.site-menu');
    const solutions = menu.getByRole('link', { name: 'Solutions' });
    expect(await solutions.isVisible()).toBe(false);
    await menu.locator('summary').click();
    expect(await solutions.isVisible()).toBe(true);
    expect(await menu.getByRole('searchbox').isVisible()).toBe(true);
    await solutions.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/solutions/');
    await context.close();
  });

  it('downloads the citation as a CSL-JSON file from the page, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/solutions/river-alliance-tabasco/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.citation a[download]').click()]);
    expect(download.suggestedFilename()).toBe('atlas-solutions-river-alliance-tabasco.json');
    const file = await download.path();
    const [item] = JSON.parse(readFileSync(file, 'utf8')) as { id: string; type: string; URL: string }[];
    expect(item).toMatchObject({
      id: 'atlas-solutions-river-alliance-tabasco',
      type: 'webpage',
      URL: 'https://alliance-atlas.github.io/solutions/river-alliance-tabasco/',
    });
    await context.close();
  });

  it('shows one search box on the search page, at every width', async () => {
    for (const width of [390, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.server.url}/search/`);
      await expect.poll(() => page.locator('#search-status').textContent()).not.toBe('Loading search…');
      const boxes = await page
        .locator('input[type="search"]')
        .evaluateAll((inputs) => inputs.filter((input) => input.checkVisibility()).length);
      expect(boxes, `${width}px`).toBe(1);
      await page.close();
    }
  });

  it('ends a solution page and a building-block page close above the footer on a wide screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const path of ['/solutions/river-alliance-tabasco/', '/building-blocks/shared-monitoring-committee/']) {
      await page.goto(`${site.server.url}${path}`);
      expect(await blankAboveFooter(page), path).toBeLessThan(120);
    }
    await page.close();
  });

  it('shows a table of contents: an aside on a wide screen, folded on a phone', async () => {
    const path = '/solutions/river-alliance-tabasco/';
    const wide = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await wide.goto(`${site.server.url}${path}`);
    const contents = (page: Page) => page.getByRole('navigation', { name: 'On this page' });
    expect(await contents(wide).isVisible()).toBe(true);
    expect(await contents(wide).locator('a').count()).toBeGreaterThan(2);
    await wide.close();
    const narrow = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await narrow.goto(`${site.server.url}${path}`);
    const folded = narrow.locator('details.toc');
    expect(await folded.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await folded.locator('summary').click();
    const firstLink = folded.locator('a').first();
    expect(await firstLink.isVisible()).toBe(true);
    await narrow.close();
  });

  it('fits the listing pages, the explorer, the diagrams, maps and tables into 320 px without sideways scrolling', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
    const paths = ['/themes/', '/themes/water/', '/search/', '/es/search/?q=agua', '/this-page-does-not-exist/'];
    // Pages with wide pictures and tables: each scrolls in its own box.
    paths.push('/solutions/river-alliance-tabasco/', '/es/insights/', '/map/', '/es/data/', '/organizations/red-comunitaria-ejemplo/');
    for (const path of paths) {
      await page.goto(`${site.server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
