/**
 * axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on every page of the sitemap (light mode), and
 * on one page of each kind in dark mode and at phone width: zero violations.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { describeInBrowser, servedSite } from '../support/chromium.ts';
import { samplePerKind, sitemapPaths } from '../support/site-pages.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] })`)) as {
    violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  };
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`);
}

describeInBrowser('accessibility', () => {
  const dist = inject('siteDist');
  const paths = [...sitemapPaths(dist), '/404.html'];

  const site = servedSite(dist);

  it(`has no WCAG 2.2 A/AA violations on any of the ${paths.length} pages (light mode, desktop)`, async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const found: string[] = [];
    for (const path of paths) for (const violation of await violations(page, `${site.server.url}${path}`)) found.push(`${path} ${violation}`);
    await page.close();
    expect(found).toEqual([]);
  }, 300_000);

  it('has none on the pages only the fixture site has (stories, upcoming events, images, MDX components)', async () => {
    const fixture = inject('fixtureDist');
    const fixtureServer = await serveStatic(fixture);
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const found: string[] = [];
    const paths = sitemapPaths(fixture).filter((path) => /^\/(stories|events|news|solutions)\//.test(path));
    for (const path of paths) for (const violation of await violations(page, `${fixtureServer.url}${path}`)) found.push(`${path} ${violation}`);
    await page.close();
    await fixtureServer.close();
    expect(paths.length).toBeGreaterThan(8);
    expect(found).toEqual([]);
  }, 300_000);

  it('has none in dark mode and at phone width, on one page of each kind', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const found: string[] = [];
    for (const path of samplePerKind(paths)) for (const violation of await violations(page, `${site.server.url}${path}`)) found.push(`${path} ${violation}`);
    await page.close();
    expect(found).toEqual([]);
  }, 300_000);

  it('has none on the search page with results, facets and the note on common words left out', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/search/?q=the%20alliance`);
    await page.waitForSelector('.facets .count');
    await page.waitForSelector('.search-note');
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })`)) as { violations: { id: string }[] };
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
    await page.close();
  });
});
