/** A reader's path through the built site in real Chromium, at desktop and phone widths. */
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { describeInBrowser, servedSite } from '../support/chromium.ts';
import { samplePerKind, sitemapPaths } from '../support/site-pages.ts';

describeInBrowser('the site in a browser', () => {
  const dist = inject('siteDist');

  const site = servedSite(dist);

  it('goes from the home page to a solution, its building block, an organization and back to a solution', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    /** Follows a link and checks the page it opens has the link's text as its title. */
    const follow = async (link: ReturnType<Page['locator']>, path: RegExp) => {
      const name = (await link.textContent())?.trim() ?? '';
      await link.click();
      await expect.poll(() => new URL(page.url()).pathname).toMatch(path);
      expect(await page.locator('h1').textContent()).toBe(name);
      return name;
    };
    await page.goto(`${site.server.url}/`);
    const solution = await follow(page.locator('section[aria-labelledby="featured"] .card h3 a').first(), /^\/solutions\/[a-z0-9-]+\/$/);
    await follow(page.locator('.blocks .block h3 a').first(), /^\/building-blocks\/[a-z0-9-]+\/$/);
    expect(await page.locator('#used-in + ul').textContent()).toContain(solution);
    await follow(page.locator('.actors a[href^="/organizations/"]').first(), /^\/organizations\/[a-z0-9-]+\/$/);
    const details = await page.locator('.page-header dl dd').allTextContents();
    expect(details.some((detail) => Object.values(en.vocabularies.sectors).some((sector) => sector.label === detail))).toBe(true);
    await follow(page.locator('section[aria-labelledby="solutions"] .card h3 a').first(), /^\/solutions\/[a-z0-9-]+\/$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves a helpful 404 page with status 404', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.url}/solutions/does-not-exist/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('We could not find that page');
    await page.getByRole('link', { name: 'All solutions' }).click();
    await expect.poll(() => page.url()).toBe(`${site.server.url}/solutions/`);
    await page.close();
  });

  it('fits a 320 px screen without sideways scrolling, and a 390 px phone', async () => {
    for (const width of [320, 390]) {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      for (const path of samplePerKind(sitemapPaths(dist))) {
        await page.goto(`${site.server.url}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
      await page.close();
    }
  });

  it('lets keyboard users skip to the content, with a visible focus', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/solutions/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('prints a solution as a clean handout: no navigation or calls to action, external URLs shown', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/solutions/network-strengthening-project-northern-mexico/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.callout']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(
      await page
        .locator('.blocks .block')
        .first()
        .evaluate((element) => getComputedStyle(element).breakInside),
    ).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it('follows the system dark mode', async () => {
    const page = await site.browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${site.server.url}/`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(19, 22, 21)');
    await page.close();
  });
});
