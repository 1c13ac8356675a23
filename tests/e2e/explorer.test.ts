/**
 * The explorer (/search/ without a term) and search relevance in real Chromium, on the listing fixture
 * (tests/fixtures/sites/many): thirty solutions, "<Name> alliance", one a month from January 2021, every
 * one about water (a sector), every third about food security too; 15 local, 10 subnational, 5 national;
 * and an organization, "Delta Council", whose short page shares its subject with "Delta alliance".
 */
import { beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, servedSite } from '../support/chromium.ts';

describeInBrowser('the explorer', () => {
  let page: Page;
  const site = servedSite(inject('manyDist'));
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  const status = () => page.locator('#search-status').textContent();
  const titles = () => page.locator('.result-list h2').allTextContents();
  const search = () => new URL(page.url()).search;
  const checkbox = (name: RegExp) => page.getByRole('checkbox', { name });

  it('opens with every solution, newest first, a page at a time, and the counts of every facet', async () => {
    await page.goto(`${site.server.url}/search/`);
    await expect.poll(status).toBe('30 results');
    await expect.poll(async () => (await titles()).length).toBe(24);
    expect((await titles()).slice(0, 2)).toEqual(['Dam alliance', 'Cistern alliance']);
    await expect.poll(() => checkbox(/^Local \(15\)$/).count()).toBe(1);
    for (const name of [/^Subnational \(10\)$/, /^National \(5\)$/, /^Water stewardship \(30\)$/, /^Food security \(10\)$/]) {
      expect(await checkbox(name).count(), String(name)).toBe(1);
    }
    expect(await checkbox(/^Solution \(30\)$/).isChecked()).toBe(true);
    // Themes are listed in their groups, sectors first; a theme no solution has is not offered.
    const themeGroups = await page.locator('.facets fieldset .facet-group > legend').allTextContents();
    expect(themeGroups).toEqual(['Sectors', 'Approaches']);
    expect(await checkbox(/^Unused theme/).count()).toBe(0);
  });

  it('narrows by theme, then by scale, keeps both in the URL, and the back button undoes each', async () => {
    await page.goto(`${site.server.url}/search/`);
    await expect.poll(() => checkbox(/^Food security \(10\)$/).count()).toBe(1);
    await checkbox(/^Food security/).check();
    await expect.poll(status).toBe('10 results');
    // The explorer's type is written out, so a word typed next still searches solutions only.
    expect(search()).toBe('?type=solution&theme=food-security');
    await expect.poll(() => checkbox(/^Local \(5\)$/).count()).toBe(1);
    await checkbox(/^Local/).check();
    await expect.poll(status).toBe('5 results');
    expect(search()).toBe('?type=solution&theme=food-security&scale=local');
    expect(await titles()).toHaveLength(5);

    await page.goBack();
    await expect.poll(status).toBe('10 results');
    expect(await checkbox(/^Local/).isChecked()).toBe(false);
    expect(await checkbox(/^Food security/).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(status).toBe('30 results');
  });

  it('sorts by title and by date, and goes to the second page, each in the URL', async () => {
    await page.goto(`${site.server.url}/search/`);
    await expect.poll(async () => (await titles()).length).toBe(24);
    await page.getByLabel('Sort by').selectOption('title');
    await expect.poll(search).toBe('?sort=title');
    await expect.poll(async () => (await titles()).slice(0, 3)).toEqual(['Acequia alliance', 'Aquifer alliance', 'Barrage alliance']);

    await page.getByRole('navigation', { name: 'Pages of results' }).getByRole('link', { name: 'Page 2' }).click();
    await expect.poll(search).toBe('?sort=title&page=2');
    await expect
      .poll(titles)
      .toEqual(['Upland alliance', 'Valley alliance', 'Well alliance', 'Xeric alliance', 'Yard alliance', 'Zanja alliance']);

    await page.goto(`${site.server.url}/search/?page=2`);
    await expect
      .poll(titles)
      .toEqual(['Fountain alliance', 'Estuary alliance', 'Delta alliance', 'Canal alliance', 'Brook alliance', 'Aquifer alliance']);
    await page
      .getByRole('navigation', { name: 'Pages of results' })
      .getByRole('link', { name: /Previous/ })
      .click();
    await expect.poll(search).toBe('');
    await expect.poll(async () => (await titles())[0]).toBe('Dam alliance');
  });

  it('widens to other types of page from the type facet', async () => {
    await page.goto(`${site.server.url}/search/?type=solution&type=organization`);
    await expect.poll(status).toBe('32 results');
  });
});

describeInBrowser('search relevance', () => {
  let page: Page;
  const site = servedSite(inject('manyDist'));
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  it('ranks a solution above an organization for a word both are about', async () => {
    await page.goto(`${site.server.url}/search/?q=delta`);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('2 results for “delta”');
    await expect.poll(() => page.locator('.result-list h2').allTextContents()).toEqual(['Delta alliance', 'Delta Council']);
  });

  it('offers a word that names a scale as a one-click filter, and applies it in place of the word', async () => {
    await page.goto(`${site.server.url}/search/?q=LOCAL`);
    const offer = page.getByRole('button', { name: 'Scale of implementation: Local' });
    await expect.poll(() => offer.count()).toBe(1);
    await offer.click();
    await expect.poll(() => new URL(page.url()).search).toBe('?scale=local');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('15 results');
    expect(await page.locator('#search-input').inputValue()).toBe('');
  });
});
