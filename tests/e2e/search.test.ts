/**
 * Search in real Chromium, on the search fixture site (tests/fixtures/sites/search), whose content was
 * written for these tests: what each query finds is a fact of that content. Every behaviour is checked
 * on both kinds of bundle the build can leave (src/search-index/optimize.ts): the optimized
 * one, and Pagefind's own, which the search page reads with Pagefind's filters and sort.
 */
import { beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, servedSite } from '../support/chromium.ts';
import { COMMON_WORDS } from '../../src/lib/search/common-words.ts';

/** Every page that mentions an alliance, by relevance as Pagefind ranks them. */
const ALLIANCE_RESULTS = 12;
const TOP_FOR_ALLIANCE = 'How we copied the river alliance';

const bundles = [
  ['the optimized bundle', inject('searchDist')],
  ["Pagefind's own bundle", inject('searchStockDist')],
] as const;

describeInBrowser.each(bundles)('search with %s', (_name, dist) => {
  let page: Page;

  const site = servedSite(dist);
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  const status = () => page.locator('#search-status');
  const titles = () => page.locator('.result-list h2').allTextContents();

  it('indexes every filter with the counts of the fixture content', async () => {
    await page.goto(`${site.server.url}/search/`);
    // A string, so that the test runner does not rewrite the browser's dynamic import.
    const filters = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      return pagefind.filters();
    })()`)) as Record<string, Record<string, number>>;
    expect(filters).toEqual({
      type: { solution: 3, 'building-block': 3, event: 1, news: 1, story: 1, organization: 7 },
      theme: { 'food-security': 2, 'human-rights': 2, 'multilevel-governance': 3, water: 3 },
      scale: { local: 1, multinational: 1, subnational: 1 },
      phase: { completed: 1, implementation: 1, 'scaling-up': 1 },
      region: { 'latin-america-caribbean': 10, 'north-america': 1 },
      country: { MX: 13, US: 3 },
    });
  });

  it('indexes what a page says, not the labels and headings its template repeats on every page', async () => {
    await page.goto(`${site.server.url}/search/`);
    const indexed = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search('tabasco');
      const pages = await Promise.all(search.results.map((result) => result.data()));
      return pages.find((data) => data.url.includes('/solutions/river-alliance-tabasco/')).content;
    })()`)) as string;
    expect(indexed).toContain('Tabasco');
    expect(indexed).toContain('Ministry of Example Affairs');
    for (const label of [
      'Who took part',
      'At a glance',
      'The reusable elements',
      'Enabling factors',
      'Lessons learned',
      'Building block 1',
      'Published',
      'Solution.',
      'Local level',
    ]) {
      expect(indexed, label).not.toContain(label);
    }
    // Labels glued to their values made words nobody can find ("PlaceTabasco").
    expect(indexed).not.toMatch(/Place\S/);
  });

  it('types a query, narrows by a facet, keeps the state in the URL, and goes back', async () => {
    await page.goto(`${site.server.url}/search/`);
    await page.locator('#search-input').fill('alliance');
    await expect.poll(() => status().textContent()).toBe(`${ALLIANCE_RESULTS} results for “alliance”`);
    expect(new URL(page.url()).search).toBe('?q=alliance');
    expect((await titles())[0]).toBe(TOP_FOR_ALLIANCE);
    // The round table's page says "alliance" most (Pagefind alone ranks it first); the solutions still come first.
    const ranked = await titles();
    const roundTable = ranked.indexOf('Round table on alliances between actors');
    for (const solution of ['River alliance with communities in Tabasco', 'Northern networks alliance for civil society']) {
      expect(ranked.indexOf(solution), solution).toBeGreaterThanOrEqual(0);
      expect(ranked.indexOf(solution), solution).toBeLessThan(roundTable);
    }
    expect(await page.locator('.result-list mark').first().textContent()).toMatch(/^allianc/i);

    await page.getByRole('checkbox', { name: /^Solution \(2\)$/ }).check();
    await expect.poll(() => status().textContent()).toBe('2 results for “alliance”');
    expect(new URL(page.url()).search).toBe('?q=alliance&type=solution');
    await expect
      .poll(() => titles())
      .toEqual(['River alliance with communities in Tabasco', 'Northern networks alliance for civil society']);
    // Counts of the other values of the same facet stay visible (OR within a facet).
    await expect.poll(() => page.getByRole('checkbox', { name: /^Organization \(5\)$/ }).count()).toBe(1);

    await page.getByRole('checkbox', { name: /^Human rights/ }).check();
    await expect.poll(() => status().textContent()).toBe('1 result for “alliance”');
    expect(new URL(page.url()).search).toBe('?q=alliance&type=solution&theme=human-rights');

    await page.goBack();
    await expect.poll(() => status().textContent()).toBe('2 results for “alliance”');
    expect(await page.getByRole('checkbox', { name: /^Human rights/ }).isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => status().textContent()).toBe(`${ALLIANCE_RESULTS} results for “alliance”`);
  });

  it('keeps a facet ticked while a typed search waits to run', async () => {
    await page.clock.install();
    await page.goto(`${site.server.url}/search/?q=network`);
    await expect.poll(() => status().textContent()).toBe('4 results for “network”');
    // Time stands still: the search typed below waits (a last word of two letters waits longest)
    // while the facet is ticked, whatever the machine's speed.
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.locator('#search-input').fill('network al');
    await page.getByRole('checkbox', { name: /^Solution/ }).check();
    expect(new URL(page.url()).search).toBe('?q=network&type=solution');
    await page.clock.resume();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=network+al&type=solution');
    await expect.poll(() => status().textContent()).toBe('1 result for “network al”');
    expect(await page.getByRole('checkbox', { name: /^Solution/ }).isChecked()).toBe(true);
  });

  it('opens a shared URL with its filters, browsing the solutions without a term, or the types it names', async () => {
    await page.goto(`${site.server.url}/search/?theme=human-rights&theme=multilevel-governance&sort=date`);
    await expect.poll(() => status().textContent()).toBe('2 results');
    await expect
      .poll(() => titles())
      .toEqual(['River alliance with communities in Tabasco', 'Northern networks alliance for civil society']);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('date');

    await page.goto(
      `${site.server.url}/search/?type=solution&type=event&type=building-block&theme=human-rights&theme=multilevel-governance&sort=date`,
    );
    await expect.poll(() => status().textContent()).toBe('4 results');
    await expect
      .poll(() => titles())
      .toEqual([
        'River alliance with communities in Tabasco',
        'Northern networks alliance for civil society',
        'Round table on alliances between actors',
        'Network strengthening plan',
      ]);
  });

  it('sorts the results of a term by date, newest first, with undated pages last', async () => {
    /** Each result card's date, or null for a page without one (an organization). */
    const dates = () =>
      page
        .locator('.result-list > li')
        .evaluateAll((cards) => cards.map((card) => card.querySelector('time')?.getAttribute('datetime') ?? null));
    await page.goto(`${site.server.url}/search/?q=alliance`);
    await expect.poll(() => status().textContent()).toBe(`${ALLIANCE_RESULTS} results for “alliance”`);
    await expect.poll(async () => (await dates()).length).toBe(ALLIANCE_RESULTS);
    const byRelevance = await dates();
    await page.goto(`${site.server.url}/search/?q=alliance&sort=date`);
    await expect.poll(() => status().textContent()).toBe(`${ALLIANCE_RESULTS} results for “alliance”`);
    await expect.poll(async () => (await dates()).length).toBe(ALLIANCE_RESULTS);
    const byDate = await dates();
    // The same pages would only prove the sort if relevance ordered them otherwise.
    expect(byDate).not.toEqual(byRelevance);
    expect(byDate).toEqual([
      '2024-07-01',
      '2024-06-01',
      '2024-05-10',
      '2024-01-15',
      '2023-11-20',
      '2023-09-12',
      '2023-06-01',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('opens as the explorer: every solution, newest first, with the counts of every facet at once', async () => {
    await page.goto(`${site.server.url}/search/`);
    await expect.poll(() => status().textContent()).toBe('3 results');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('date');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Solution \(3\)$/ }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /^Solution \(3\)$/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Organization \(7\)$/ }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /^Building block \(3\)$/ }).check();
    await expect.poll(() => status().textContent()).toBe('6 results');
    expect(new URL(page.url()).search).toBe('?type=solution&type=building-block');
  });

  it('sorts by title, with or without a term, and offers relevance only for a term', async () => {
    await page.goto(`${site.server.url}/search/?q=alliance&theme=water&sort=title`);
    await expect.poll(() => status().textContent()).toBe('3 results for “alliance”');
    await expect
      .poll(() => titles())
      .toEqual(['River alliance publishes its report', 'River alliance with communities in Tabasco', 'Shared monitoring committee']);
    expect(await page.getByLabel('Sort by').locator('option').allTextContents()).toEqual(['Relevance', 'Newest first', 'Title (A–Z)']);
    await page.goto(`${site.server.url}/search/?sort=title`);
    await expect.poll(() => status().textContent()).toBe('3 results');
    await expect
      .poll(() => titles())
      .toEqual(['Northern networks alliance for civil society', 'River alliance with communities in Tabasco', 'Valley food pact']);
    expect(await page.getByLabel('Sort by').locator('option').allTextContents()).toEqual(['Newest first', 'Title (A–Z)']);
  });

  it('shows the first results while a word is typed, and the rest of the page once typing has settled', async () => {
    await page.goto(`${site.server.url}/search/`);
    // The most results listed at any moment before the final query's results appear.
    await page.evaluate(() => {
      const target = window as unknown as { mostListed: number; finalShown: boolean };
      target.mostListed = 0;
      new MutationObserver(() => {
        if (target.finalShown) return;
        if ((document.querySelector('#search-status')?.textContent ?? '').includes('for “alliance”')) target.finalShown = true;
        target.mostListed = Math.max(target.mostListed, document.querySelectorAll('.result-list > li').length);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('#search-input').click();
    await page.keyboard.type('alliance', { delay: 100 });
    await expect.poll(() => status().textContent()).toBe(`${ALLIANCE_RESULTS} results for “alliance”`);
    await expect.poll(() => page.locator('.result-list > li').count()).toBe(ALLIANCE_RESULTS);
    expect(await page.evaluate(() => (window as unknown as { mostListed: number }).mostListed)).toBe(4);
  });

  it('keeps what was typed before the search page script had loaded', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const island = /\/_astro\/SearchApp\.[^/]+\.js$/;
    await page.route(island, async (route) => {
      await released;
      await route.continue();
    });
    try {
      await page.goto(`${site.server.url}/search/`, { waitUntil: 'domcontentloaded' });
      await page.locator('#search-input').fill('alliance');
      release();
      await expect.poll(() => status().textContent()).toBe(`${ALLIANCE_RESULTS} results for “alliance”`);
      expect(await page.locator('#search-input').inputValue()).toBe('alliance');
    } finally {
      await page.unroute(island);
    }
  });

  it('matches Spanish names without accents or case, and by the start of a word', async () => {
    await page.goto(`${site.server.url}/search/?q=educacion`);
    await expect.poll(() => titles()).toContain('Centro de Educación Ambiental Ejemplo');
    await page.goto(`${site.server.url}/search/?q=chihuahua`);
    await expect.poll(() => titles()).toContain('Fundación Empresarial Chihuahuense Ejemplo');
    await page.goto(`${site.server.url}/search/?q=FUNDACION%20INTERNACIONAL`);
    await expect.poll(() => titles()).toContain('Fundación Internacional de Ejemplo');
  });

  it('works from the keyboard: "/" focuses the box, Tab reaches the facets, Space toggles one', async () => {
    await page.goto(`${site.server.url}/search/?q=network`);
    await expect.poll(() => status().textContent()).toBe('4 results for “network”');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the button that turns the "/" shortcut off
    await page.keyboard.press('Tab'); // the Filters panel's summary
    await page.keyboard.press('Tab'); // the first facet value
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('solution');
    expect(await status().getAttribute('aria-live')).toBe('polite');
  });

  it('lets readers turn the "/" shortcut off, and remembers their choice', async () => {
    await page.goto(`${site.server.url}/search/?q=network`);
    await expect.poll(() => status().textContent()).toMatch(/results? for “network”/);
    await page.getByRole('button', { name: 'Turn the / shortcut off' }).click();
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Turn it on' }).count()).toBe(1);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('search-input');
    await page.getByRole('button', { name: 'Turn it on' }).click();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });

  it('focuses the header search of a content page with the access key Alt+/, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${site.server.url}/solutions/river-alliance-tabasco/`);
    expect(await noScript.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await noScript.locator('#site-search').getAttribute('accesskey')).toBe('/');
    await noScript.locator('h1').click();
    // Playwright's keyboard sends no "char" event for Alt combinations, and Chromium opens access keys
    // on that event; so Alt+/ is sent as a real keyboard would, key down, character and key up.
    const cdp = await context.newCDPSession(noScript);
    const altSlash = { modifiers: 1, key: '/', code: 'Slash', windowsVirtualKeyCode: 191, nativeVirtualKeyCode: 191, isSystemKey: true };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...altSlash });
    await cdp.send('Input.dispatchKeyEvent', { type: 'char', ...altSlash, text: '/', unmodifiedText: '/' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...altSlash });
    expect(await noScript.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await context.close();
  });

  it('submits the header form of every page to the search page', async () => {
    await page.goto(`${site.server.url}/solutions/`);
    await page.locator('#site-search').fill('tlaloc');
    await page.locator('#site-search').press('Enter');
    await expect.poll(() => page.url()).toContain('/search/?q=tlaloc');
    await expect.poll(() => titles()).toContain('Consejo Ciudadano Tláloc');
  });

  it('says when nothing matches, with what to try and where to browse instead', async () => {
    await page.goto(`${site.server.url}/search/?q=zzqxv`);
    await expect.poll(() => status().textContent()).toBe('0 results for “zzqxv”');
    const hint = page.locator('.results .empty');
    await expect
      .poll(() => hint.textContent())
      .toMatch(
        /^Nothing matches this search\. Check the spelling, try fewer or other words, or browse themes, all solutions and organizations\.$/,
      );
    expect(await hint.getByRole('link', { name: 'themes' }).getAttribute('href')).toBe('/themes/');
    await page.goto(`${site.server.url}/search/?q=alliance&theme=food-security`);
    await expect.poll(() => status().textContent()).toBe('0 results for “alliance”');
    await expect.poll(() => hint.textContent()).toContain(', or clear a filter,');
    await page.goto(`${site.server.url}/search/?q=alliance`);
    await expect.poll(() => status().textContent()).toBe(`${ALLIANCE_RESULTS} results for “alliance”`);
    expect(await hint.count()).toBe(0);
  });

  it('leaves the most common words out of a search and says which, unless they are in quotes', async () => {
    await page.goto(`${site.server.url}/search/`);
    // A common word missing from some pages that hold "alliance": Pagefind alone would narrow by it.
    const counts = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const count = async (term) => (await pagefind.search(term)).results.length;
      const counts = { alliance: await count('alliance') };
      for (const word of ${JSON.stringify([...(COMMON_WORDS.en ?? [])])}) counts[word] = await count('alliance ' + word);
      return counts;
    })()`)) as Record<string, number>;
    const word = [...(COMMON_WORDS.en ?? [])].find((common) => (counts[common] ?? 0) > 0 && counts[common]! < counts['alliance']!);
    expect(word, 'a common word on some but not all pages about "alliance"').toBeDefined();

    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(`the alliance ${word}`)}`);
    await expect.poll(() => status().textContent()).toBe(`${counts['alliance']} results for “the alliance ${word}”`);
    expect(await page.locator('.search-note').textContent()).toBe(
      `Common words left out of the search: “the”, “${word}”. To search for them too, put the words in quotes.`,
    );
    expect(await page.locator('#search-input').getAttribute('aria-describedby')).toBe('search-status search-note');

    const quoted = `alliance "${word}"`;
    const quotedCount = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      return (await pagefind.search(${JSON.stringify(quoted)})).results.length;
    })()`)) as number;
    expect(quotedCount).toBeLessThan(counts['alliance']!);
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(quoted)}`);
    await expect.poll(() => status().textContent()).toBe(`${quotedCount} ${quotedCount === 1 ? 'result' : 'results'} for “${quoted}”`);
    expect(await page.locator('.search-note').count()).toBe(0);
    expect(await page.locator('#search-input').getAttribute('aria-describedby')).toBe('search-status');

    // Common words only: nothing is searched, and the page says how to search for them.
    await page.goto(`${site.server.url}/search/?q=The`);
    await expect.poll(() => status().textContent()).toBe('No search for “The”: it has only common words.');
    expect(await page.locator('.search-note').textContent()).toBe(
      'Common words left out of the search: “the”. To search for them, put the words in quotes.',
    );
    expect(await titles()).toEqual([]);
    expect(await page.locator('.results .empty').count()).toBe(0);
    await page.locator('#search-input').fill('"the"');
    await expect.poll(() => status().textContent()).toMatch(/^\d+ results? for “"the"”$/);
    expect((await titles()).length).toBeGreaterThan(0);
  });

  it('says without JavaScript that search needs it, linking to the browse pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${site.server.url}/search/`);
    expect(await noScript.locator('main').textContent()).toContain('Search needs JavaScript');
    expect(await noScript.locator('a[href="/themes/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describeInBrowser('the optimized bundle', () => {
  let page: Page;

  const site = servedSite(inject('searchDist'));
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  const status = () => page.locator('#search-status');

  it("waits for typing to settle before it fetches the facet table for the counts, and never Pagefind's filter data", async () => {
    const filterRequests: number[] = [];
    const pagefindFilterRequests: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (/\/pagefind\/facets\.[0-9a-f]{5}\.pf_facets$/.test(request.url())) filterRequests.push(Date.now());
      if (request.url().includes('/pagefind/filter/')) pagefindFilterRequests.push(request.url());
    };
    page.on('request', onRequest);
    try {
      // A shared search (the explorer, without a term, shows its counts at once), and a reader who goes
      // on typing as soon as the page has read it: the counts of "allia" wait for typing to settle.
      await page.goto(`${site.server.url}/search/?q=allia`);
      await expect.poll(() => page.locator('#search-input').inputValue()).toBe('allia');
      await page.locator('#search-input').press('End');
      // No space: a word ended by a space would read as settled while the next one is typed.
      await page.keyboard.type('nces', { delay: 150 });
      const typingEnded = Date.now();
      await expect.poll(() => status().textContent()).toMatch(/^\d+ results? for “alliances”$/);
      expect(filterRequests.filter((time) => time < typingEnded)).toEqual([]);
      await expect.poll(() => page.getByRole('checkbox', { name: /^Solution \(\d+\)$/ }).count()).toBe(1);
      expect(filterRequests.length).toBe(1);
      await page.getByRole('checkbox', { name: /^Solution \(\d+\)$/ }).check();
      await expect.poll(() => status().textContent()).toMatch(/^\d+ results? for “alliances”$/);
      expect(new URL(page.url()).searchParams.get('type')).toBe('solution');
      expect(filterRequests.length).toBe(1);
      expect(pagefindFilterRequests).toEqual([]);
    } finally {
      page.off('request', onRequest);
    }
  });

  it("reads Pagefind's metadata and index chunks from their packed files, with the results of Pagefind's own files", async () => {
    const queries = ['alliance tabasco', 'community', '"capacity development"', 'educacion'];
    // What each query finds, ranked and excerpted, in the page's Pagefind: ids, scores, excerpts.
    const findAll = `(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      // The search page's options (src/lib/search/pagefind-client.ts), so excerpts are cut alike.
      await pagefind.options({ baseUrl: '/', excerptLength: 24, noWorker: true });
      await pagefind.init();
      const found = {};
      for (const query of ${JSON.stringify(queries)}) {
        const search = await pagefind.search(query);
        // Scores to four decimals: single-precision sums may differ in their last digits by the order they were added.
        const top = await Promise.all(search.results.slice(0, 5).map(async (result) => ({ id: result.id, score: Math.round(result.score * 1e4) / 1e4, excerpt: (await result.data()).excerpt })));
        found[query] = { total: search.results.length, top };
      }
      return found;
    })()`;
    const requested: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (request.url().includes('/pagefind/')) requested.push(new URL(request.url()).pathname);
    };

    // Pagefind alone, on a page without the search page's script: its own files.
    const plain = await site.browser.newPage();
    plain.on('request', onRequest);
    await plain.goto(`${site.server.url}/about/`);
    const own = await plain.evaluate(findAll);
    await plain.close();
    expect(requested.some((path) => path.endsWith('.pf_index'))).toBe(true);
    expect(requested.some((path) => path.endsWith('.pf_packed'))).toBe(false);

    // The search page: the same results, from the packed files only. (Browsing loads Pagefind but
    // searches no word, so Pagefind meets the words in the same order, and adds scores in the same order.)
    requested.length = 0;
    page.on('request', onRequest);
    try {
      await page.goto(`${site.server.url}/search/?type=solution`);
      await expect.poll(() => status().textContent()).toBe('3 results');
      expect(await page.evaluate(findAll)).toEqual(own);
      expect(requested.filter((path) => /\.pf_(index|meta)$/.test(path))).toEqual([]);
      expect(requested).toContain('/pagefind/wasm.en.pagefind');
      expect(requested.some((path) => /^\/pagefind\/pagefind\.en_[0-9a-f]+\.pf_packed$/.test(path))).toBe(true);
      expect(requested.some((path) => /^\/pagefind\/index\/[0-9a-z]+\.pf_packed$/.test(path))).toBe(true);
    } finally {
      page.off('request', onRequest);
    }
    for (const query of queries) expect((own as Record<string, { total: number }>)[query]!.total, query).toBeGreaterThan(0);
  });
});

describeInBrowser("Pagefind's own bundle", () => {
  const site = servedSite(inject('searchStockDist'));

  it("is searched with Pagefind's own files, filter data and sort, and none of the optimized bundle's", async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.url}/search/?q=alliance&theme=water&sort=date`);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('3 results for “alliance”');
    expect(await page.locator('.result-list h2').allTextContents()).toEqual([
      'River alliance publishes its report',
      'River alliance with communities in Tabasco',
      'Shared monitoring committee',
    ]);
    expect(requested).toContain('/pagefind/atlas-search.json');
    expect(requested.some((path) => path.startsWith('/pagefind/filter/'))).toBe(true);
    expect(requested.some((path) => path.endsWith('.pf_index'))).toBe(true);
    expect(requested.filter((path) => /\.pf_(packed|facets)$/.test(path))).toEqual([]);
    await page.close();
  });
});
