/**
 * Writes the search index of a built site into its `pagefind/` folder with Pagefind's Node API, then
 * makes it lighter for a reader's first search (`optimize.ts`); when it cannot, Pagefind's bundle is
 * served as Pagefind wrote it.
 *
 * `npm run build` runs this once Astro has built the site and exited (scripts/build.ts), as Pagefind's
 * own command-line tool would run: Astro's build and Pagefind's indexer then never hold their memory at
 * the same time (docs/performance.md has the figures).
 *
 * Only elements marked `data-pagefind-body` (the content of solutions, building blocks, stories,
 * events, news and organizations) are indexed. Inside them, the text a template repeats on every page
 * of a kind (labels, fixed section headings and their intros, the kicker, dates) carries
 * `data-pagefind-ignore`: it is not what a page is about. Indexed, it made every solution match
 * "governance" or "alliance", glued labels to values ("PlaceTabasco") and made the index larger.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
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
 * Writes Pagefind's own bundle for the built site in `site` into `bundle`, and returns how many pages
 * it indexed. (The tests also call it, to search a bundle as Pagefind writes it.)
 */
export async function writePagefindIndex(site: string, bundle: string): Promise<number> {
  // Pagefind files each page under its <html lang>: one index per language, each with its own
  // stemming, and the search page of a language reads only its own.
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
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
  log.info(`Pagefind indexed ${pages} pages in ${seconds(indexed - started)}`);

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
