/**
 * Writes the search index of a built site into its `pagefind/` folder with Pagefind's command-line
 * tool, then makes it lighter for a reader's first search (`optimize.ts`); when it cannot, Pagefind's
 * bundle is served as Pagefind wrote it.
 *
 * `npm run build` runs this once Astro has built the site and exited (scripts/build.ts): Astro's build
 * and Pagefind's indexer then never hold their memory at the same time (docs/performance.md has the
 * figures).
 *
 * Only elements marked `data-pagefind-body` (the content of solutions, building blocks, stories,
 * events, news and organizations) are indexed. Inside them, the text a template repeats on every page
 * of a kind (labels, fixed section headings and their intros, the kicker, dates) carries
 * `data-pagefind-ignore`: it is not what a page is about. Indexed, it made every solution match
 * "governance" or "alliance", glued labels to values ("PlaceTabasco") and made the index larger.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales } from '../i18n/index.ts';
import { optimizeBundle } from './optimize.ts';

const ENTRY_FOLDERS = ['solutions', 'building-blocks', 'stories', 'events', 'news', 'organizations'];

/**
 * The pages that carry `data-pagefind-body`: an entry's own page in each collection, in every language
 * (the default's at the root, the others' under /<code>/). Pagefind is given only these, so it does not
 * read the listings and browse pages, which hold nothing to index (a build test checks that no other
 * page has a body to index).
 */
export const INDEXED_PAGES = `{${locales
  .flatMap((locale) => ENTRY_FOLDERS.map((folder) => (locale === defaultLocale ? folder : `${locale}/${folder}`)))
  .join(',')}}/*/index.html`;

/**
 * The element Pagefind reads a page from. Every indexed element (`data-pagefind-body`) is inside the
 * layout's `<main>` (src/layouts/Base.astro), and the page's language is still read from `<html lang>`:
 * the bundle is byte for byte the one Pagefind writes from the whole page, for about a sixth less of
 * its time, which went to the header, menus and footer of every page (docs/performance.md).
 */
export const ROOT_SELECTOR = 'main';

/**
 * Pagefind's command-line tool: the `bin` its package declares, found as Node finds the package (the
 * nearest `node_modules/pagefind` above this file).
 */
function pagefindCommand(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const manifest = join(folder, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest)) {
      const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
      const command = typeof bin === 'string' ? bin : bin?.['pagefind'];
      if (!command) throw new Error(`${manifest} declares no "pagefind" command`);
      return join(dirname(manifest), command);
    }
    if (dirname(folder) === folder) throw new Error('Pagefind is not installed (no node_modules/pagefind): run npm ci');
  }
}

/**
 * How many pages Pagefind indexed, from its bundle's entry file, or undefined if the file does not say
 * (a Pagefind whose entry file reads differently: only the log line needs the number).
 */
function indexedPageCount(bundle: string): number | undefined {
  try {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { page_count?: unknown }>;
    };
    const counts = Object.values(entry.languages ?? {}).map((language) => language.page_count);
    return counts.length > 0 && counts.every((count) => typeof count === 'number')
      ? (counts as number[]).reduce((sum, count) => sum + count, 0)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes Pagefind's own bundle for the built site in `site` into `bundle`, and returns how many pages
 * it indexed when its entry file says so. (The tests also call it, to search a bundle as Pagefind
 * writes it.)
 *
 * It runs Pagefind's command-line tool, as Pagefind's documentation runs it after a static build. Its
 * Node API gives the same bundle, but on a large site it took several seconds longer to write it
 * (docs/performance.md). Pagefind files each page under its <html lang>: one index per language, each
 * with its own stemming, and the search page of a language reads only its own.
 */
export async function writePagefindIndex(site: string, bundle: string): Promise<number | undefined> {
  const options = ['--site', site, '--glob', INDEXED_PAGES, '--output-path', bundle, '--root-selector', ROOT_SELECTOR, '--quiet'];
  // Errors and warnings go straight to the build log; --quiet keeps its progress lines out of it.
  const child = spawn(process.execPath, [pagefindCommand(), ...options], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  if (exit.code !== 0) {
    // A tool stopped from outside (out of memory, a cancelled job) has a signal and no exit code.
    const how = exit.code === null ? `was stopped by ${exit.signal}` : `exited with code ${exit.code}`;
    throw new Error(`Pagefind could not index ${site} (its command-line tool ${how}; its messages are above)`);
  }
  return indexedPageCount(bundle);
}

/** How the search index step reports what it did. */
export interface SearchIndexLog {
  info(message: string): void;
  warn(message: string): void;
}

/** Phases of the step, in milliseconds since the epoch, for the build benchmark. */
export interface SearchIndexTimings {
  'pagefind:start': number;
  'pagefind:end': number;
  'optimizer:end': number;
}

const now = () => performance.timeOrigin + performance.now();
const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/** Indexes the built site in `site` and optimizes its index. */
export async function buildSearchIndex(site: string, log: SearchIndexLog): Promise<SearchIndexTimings> {
  const bundle = join(site, 'pagefind');
  const started = now();
  const pages = await writePagefindIndex(site, bundle);
  const indexed = now();
  log.info(`Pagefind indexed ${pages === undefined ? 'the site' : `${pages} pages`} in ${seconds(indexed - started)}`);

  const outcome = await optimizeBundle(bundle);
  const optimized = now();
  const timings = { 'pagefind:start': started, 'pagefind:end': indexed, 'optimizer:end': optimized };
  if (!outcome.optimized) {
    log.warn(`Search index left as Pagefind wrote it (the optimizer met ${outcome.reason}); search works, with larger downloads.`);
    return timings;
  }
  const { compacted, packed, minifiedBytes } = outcome;
  const languages = compacted.map(({ language, words, chunks }) => `${language}: ${words} words in ${chunks} chunks`).join('; ');
  log.info(
    `Search index optimized in ${seconds(optimized - indexed)} (${languages}; ${packed.files} files packed, ${kB(packed.gzippedBytes)} → ${kB(packed.packedBytes)}; pagefind.js ${kB(minifiedBytes)} smaller)`,
  );
  return timings;
}
