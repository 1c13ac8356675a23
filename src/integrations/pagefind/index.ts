/**
 * Writes the Pagefind search index into dist/pagefind/ when Astro has built the site, with the Node
 * API, so `npm run build` is the only command. Only elements marked `data-pagefind-body` (the content
 * of solutions, building blocks, stories, events, news and organizations) are indexed.
 * Inside them, the text a template repeats on every page of a kind (labels, fixed section headings and
 * their intros, the kicker, dates) carries `data-pagefind-ignore`: it is not what a page is about. Indexed,
 * it made every solution match "governance" or "alliance", glued labels to values ("PlaceTabasco") and
 * made the index and each result's download larger.
 *
 * Then the optimizer makes the bundle lighter for a reader's first search (`optimize.ts`); when it
 * cannot, Pagefind's bundle is served as Pagefind wrote it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { optimizeBundle } from './optimize.ts';

/**
 * Writes Pagefind's own bundle for the built site in `site` into `bundle`, and returns how many pages
 * it indexed. (The tests also call it, to search a bundle as Pagefind writes it.)
 */
export async function writePagefindIndex(site: string, bundle: string): Promise<number> {
  // The site is written in English; Spanish names still match without accents (see tests/e2e/search).
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'alliance-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = `${site}pagefind`;
        const started = performance.now();
        const pages = await writePagefindIndex(site, bundle);
        const indexed = performance.now();
        logger.info(`Pagefind indexed ${pages} pages in ${seconds(indexed - started)}`);

        const outcome = await optimizeBundle(bundle);
        if (!outcome.optimized) {
          logger.warn(`Search index left as Pagefind wrote it (the optimizer met ${outcome.reason}); search works, with larger downloads.`);
          return;
        }
        const { compacted, packed, minifiedBytes } = outcome;
        const languages = compacted.map(({ language, words, chunks }) => `${language}: ${words} words in ${chunks} chunks`).join('; ');
        logger.info(`Search index optimized in ${seconds(performance.now() - indexed)} (${languages}; ${packed.files} files packed, ${kB(packed.gzippedBytes)} → ${kB(packed.packedBytes)}; pagefind.js ${kB(minifiedBytes)} smaller)`);
      },
    },
  };
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
