/**
 * axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on the pages of the sitemap (light mode: every
 * page up to AUDIT_LIMIT, then a selection that always holds every kind of page and the pages the change
 * being tested touches, see tests/support/audit-selection.ts), on one page of each kind in dark mode and
 * at phone width, on the pages only the fixture sites have, and on the search page with results: zero
 * violations. One test a page, so a slow page cannot starve the others of their time and a failure
 * names its page.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, servedSite } from '../support/chromium.ts';
import { samplePerKind, sitemapPaths } from '../support/site-pages.ts';
import { changedEntryPages, pagesToAudit } from '../support/audit-selection.ts';
import { changedContentFiles } from '../support/changed-content.ts';
import { projectRoot } from '../support/paths.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Pages of the real site audited in light mode at most (about half a second each), unless
 * `ATLAS_AUDIT_ALL=1` asks for every page. Sized so that `npm test` stays under 10 minutes on a
 * 2-core machine whatever the content grows to (docs/performance.md, "The test suite's time").
 */
const AUDIT_LIMIT = process.env['ATLAS_AUDIT_ALL'] === '1' ? Infinity : 250;

async function violations(page: Page, url: string): Promise<string[]> {
  // Pages are ready when they have loaded: content pages run no script, and the one island (the search
  // page's) is audited once hydrated, which Astro marks by removing its `ssr` attribute. Waiting for the
  // network to stay idle instead (Playwright's 500 ms without a request) added that much to every page.
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] })`,
  )) as {
    violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  };
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}

/**
 * Runs the checks of a describe block in one browser page, opened with `options`. axe is given to the
 * page once, as a script every document it loads runs first: sent with each page instead, its half a
 * megabyte cost more than loading the page.
 */
function auditPage(site: ReturnType<typeof servedSite>, options: Parameters<ReturnType<typeof servedSite>['browser']['newPage']>[0]) {
  const holder = {} as { page: Page };
  beforeAll(async () => {
    holder.page = await site.browser.newPage(options);
    await holder.page.addInitScript({ content: axeSource });
  });
  afterAll(() => holder.page?.close());
  return (path: string) => violations(holder.page, `${site.server.url}${path}`);
}

/** The real site's pages to audit in light mode, said aloud when they are not all of them. */
function realSitePages(dist: string): string[] {
  const paths = [...sitemapPaths(dist), '/404.html', '/es/404.html'];
  const changed = changedEntryPages(paths, changedContentFiles(projectRoot));
  const chosen = pagesToAudit(paths, changed, AUDIT_LIMIT);
  if (chosen.length < paths.length)
    console.warn(
      `Accessibility: auditing ${chosen.length} of the site's ${paths.length} pages (every kind of page, the ${changed.size} pages ` +
        'of the entries this change adds or edits, and an even spread of the rest); ATLAS_AUDIT_ALL=1 audits every page.',
    );
  return chosen;
}

describeInBrowser('accessibility of the pages of the site (light mode, desktop)', () => {
  const dist = inject('siteDist');
  const site = servedSite(dist);
  const audit = auditPage(site, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  it.each(realSitePages(dist))('%s', async (path) => {
    expect(await audit(path)).toEqual([]);
  });
});

describeInBrowser('accessibility in dark mode at phone width, one page of each kind', () => {
  const dist = inject('siteDist');
  const site = servedSite(dist);
  const audit = auditPage(site, { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
  it.each(samplePerKind([...sitemapPaths(dist), '/404.html', '/es/404.html']))('%s', async (path) => {
    expect(await audit(path)).toEqual([]);
  });
});

describeInBrowser('accessibility of the pages only the minimal fixture has (upcoming events, images, MDX components)', () => {
  const dist = inject('fixtureDist');
  const site = servedSite(dist);
  const audit = auditPage(site, { viewport: { width: 1280, height: 900 } });
  it.each(sitemapPaths(dist).filter((path) => /^\/(stories|events|news|solutions)\/./.test(path)))('%s', async (path) => {
    expect(await audit(path)).toEqual([]);
  });
});

describeInBrowser(
  'accessibility of the bilingual fixture, one page of each kind in each language (translation notes, Spanish originals)',
  () => {
    const dist = inject('bilingualDist');
    const site = servedSite(dist);
    const audit = auditPage(site, { viewport: { width: 1280, height: 900 } });
    it.each([...samplePerKind(sitemapPaths(dist)), '/es/solutions/untranslated-dry-season-pact/', '/solutions/escuela-del-agua/'])(
      '%s',
      async (path) => {
        expect(await audit(path)).toEqual([]);
      },
    );
  },
);

describeInBrowser('accessibility of the search page', () => {
  const site = servedSite(inject('searchDist'));

  it('has none with results, facet counts and the note on common words left out', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/search/?q=the%20alliance`);
    await page.waitForSelector('.facets .count');
    await page.waitForSelector('.search-note');
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })`)) as {
      violations: { id: string }[];
    };
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
    await page.close();
  });
});
