/**
 * `npm run bench:search [-- --solutions N] [--language es]`: builds a site of N generated solutions
 * (default 5,000) and measures search in headless Chromium, on the search page of the language given
 * (English by default; every language has its own index), as a reader on this machine would see it:
 *   - bytes of Pagefind's files downloaded up to the first query's results, compressed as a static
 *     host serves them (target: at most 150 kB);
 *   - time from the last keystroke to rendered results (target: under 300 ms);
 *   - the search page's own JavaScript before the first query, gzipped (target: at most 80 kB).
 * Prints the figures; it is a benchmark, not a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateContent, searchableWords } from './lib/generate-content.ts';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { fill, isLocale, locales, strings } from '../src/i18n/index.ts';
import { urlsFor } from '../src/lib/urls.ts';

/** The value after a flag, e.g. `--solutions 500`. */
const option = (flag: string): string | undefined => {
  const index = process.argv.indexOf(flag);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const solutions = Number(option('--solutions') ?? 5000);
/** `--keep DIR` builds into DIR and leaves it; `--reuse DIR` measures a site already built there. */
const kept = option('--keep') ?? option('--reuse');
const reuse = option('--reuse') !== undefined;
const verbose = process.argv.includes('--verbose');
const language = option('--language') ?? 'en';
if (!isLocale(language)) throw new Error(`--language ${language}: the site's languages are ${locales.join(', ')}`);
const searchPage = urlsFor(language).search();
/** The query as the search page's status quotes it, in the page's language: “water”, «agua». */
const quoted = (query: string) => fill(strings(language).searchApp.quoted, { word: query });
/**
 * `--queries a,b` measures other queries than the standard set; `--sample N` measures N single words
 * and N pairs of words spread over the generated site's vocabulary, and prints how many meet the targets.
 */
const sample = Number(option('--sample') ?? 0);
const spread = (count: number, step: number, offset = 0) =>
  Array.from({ length: count }, (_, index) => searchableWords[(offset + index * step) % searchableWords.length] as string);
const QUERIES =
  sample > 0
    ? [
        ...spread(sample, Math.max(1, Math.floor(searchableWords.length / sample))),
        ...spread(sample, 7).map((word, index) => `${word} ${spread(sample, 11, 5)[index]}`),
      ]
    : (option('--queries')?.split(',') ?? ['tabasco', 'educacion', 'water', 'climate alliance', 'community']);
/** Milliseconds between keystrokes (`--key-delay N`): 40 is a fast typist; slower typing lets searches run between letters. */
const keyDelay = Number(option('--key-delay') ?? 40);
const TARGET = { bytes: 150 * 1024, milliseconds: 300, script: 80 * 1024 };
const kB = (value: number) => `${(value / 1024).toFixed(1).padStart(8)} kB`;
const projectRoot = resolve('.');
const workspace = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const dist = kept ? resolve(kept) : join(workspace, 'dist');

try {
  if (!reuse) {
    console.log(`Generating ${solutions} solutions…`);
    generateContent(workspace, solutions, projectRoot);
    console.log('Building (this takes a while)…');
    const started = performance.now();
    execFileSync(process.execPath, [join(projectRoot, 'scripts/build.ts'), '--outDir', dist], {
      env: { ...process.env, ATLAS_CONTENT_ROOT: workspace, ATLAS_CACHE_DIR: join(workspace, 'cache') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }

  // Bytes are counted by the server as it sends them, compressed as a static host would.
  const bytes = { pagefind: 0, script: 0 };
  const server = await serveStatic(dist, (path, sent) => {
    if (verbose) console.log(`  ${String(sent).padStart(8)} B  ${path}`);
    if (path.startsWith('/pagefind/')) bytes.pagefind += sent;
    else if (path.startsWith('/_astro/') && path.endsWith('.js')) bytes.script += sent;
  });
  const browser = await launchChromium();
  const rows: string[] = [];
  const measured: { query: string; toResults: number; latency: number }[] = [];
  try {
    // A place, a Spanish name typed without its accent, a theme word (on about half the pages), two
    // words, and the worst case: a word on nine pages in ten.
    for (const query of QUERIES) {
      // A fresh context per query: an empty cache, as for a reader's first search.
      const context = await browser.newContext();
      const page = await context.newPage();
      bytes.pagefind = 0;
      bytes.script = 0;
      await page.goto(`${server.url}${searchPage}`, { waitUntil: 'networkidle' });
      const scriptBeforeQuery = bytes.script;
      await page.locator('#search-input').click();
      await page.evaluate(
        ([query]) => {
          const target = window as unknown as { lastKey: number; rendered: number };
          document.addEventListener(
            'keydown',
            () => {
              target.lastKey = performance.now();
            },
            true,
          );
          new MutationObserver(() => {
            if (!target.rendered && (document.querySelector('#search-status')?.textContent ?? '').includes(query!))
              target.rendered = performance.now();
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
        },
        [quoted(query)],
      );
      await page.keyboard.type(query, { delay: keyDelay });
      await page.waitForFunction(() => (window as unknown as { rendered?: number }).rendered, undefined, { timeout: 20_000 });
      // Which Pagefind files had arrived when the results appeared, from the browser's resource timings.
      const toResults = await page.evaluate(() => {
        const rendered = (window as unknown as { rendered: number }).rendered;
        return performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/pagefind/') && (entry as PerformanceResourceTiming).responseEnd <= rendered)
          .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0);
      });
      // Facet counts follow the results: their data is counted separately.
      await page.waitForSelector('.facets .count', { timeout: 5_000 }).catch(() => undefined);
      await page.waitForLoadState('networkidle');
      const latency = await page.evaluate(() => {
        const target = window as unknown as { lastKey: number; rendered: number };
        return target.rendered - target.lastKey;
      });
      const status = await page.locator('#search-status').textContent();
      measured.push({ query, toResults, latency });
      const mark = (met: boolean) => (met ? ' ' : '!');
      rows.push(
        `${query.padEnd(18)} ${kB(toResults)}${mark(toResults <= TARGET.bytes)} ${kB(bytes.pagefind)}  ${latency.toFixed(0).padStart(8)} ms${mark(latency < TARGET.milliseconds)} ${kB(scriptBeforeQuery)}${mark(scriptBeforeQuery <= TARGET.script)}  ${status}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `\nSearch on ${solutions} generated solutions at ${searchPage}, first query on an empty cache, typed at ${keyDelay} ms a key`,
  );
  console.log('Columns: Pagefind bytes up to the rendered results (target ≤ 150 kB); the same once the facet counts');
  console.log("have loaded too; last keystroke to rendered results (target < 300 ms); the page's own JavaScript (target ≤ 80 kB).");
  console.log('"!" marks a figure that misses its target.');
  console.log(
    `${'query'.padEnd(18)} ${'to results'.padStart(11)}  ${'+ counts'.padStart(11)}  ${'latency'.padStart(11)}  ${'page JS'.padStart(11)}`,
  );
  for (const row of rows) console.log(row);
  if (sample > 0) {
    for (const [label, group] of [
      ['single words', measured.filter(({ query }) => !query.includes(' '))],
      ['two words', measured.filter(({ query }) => query.includes(' '))],
    ] as const) {
      const sizes = group.map(({ toResults }) => toResults).sort((a, b) => a - b);
      const within = sizes.filter((size) => size <= TARGET.bytes).length;
      const slowest = Math.max(...group.map(({ latency }) => latency));
      console.log(
        `${label}: ${within} of ${group.length} within ${TARGET.bytes / 1024} kB; median ${kB(sizes[Math.floor(sizes.length / 2)] ?? 0).trim()}, largest ${kB(sizes.at(-1) ?? 0).trim()}; slowest ${slowest.toFixed(0)} ms`,
      );
    }
  }
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
