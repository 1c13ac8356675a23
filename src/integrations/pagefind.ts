/**
 * Writes the Pagefind search index into dist/pagefind/ when Astro has built the site, with the Node
 * API, so `npm run build` is the only command. Only elements marked `data-pagefind-body` (the content
 * of solutions, building blocks, stories, events, news and organizations) are indexed.
 * Inside them, the text a template repeats on every page of a kind (labels, fixed section headings and
 * their intros, the kicker, dates) carries `data-pagefind-ignore`: it is not what a page is about. Indexed,
 * it made every solution match "governance" or "alliance", glued labels to values ("PlaceTabasco") and
 * made the index and each result's download larger.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/**
 * Word-index entries per index chunk (Pagefind's default is 20,000). A search downloads the chunks its
 * words fall in; at 5,000 solutions a default chunk is about 21 kB compressed, a quarter of the search's
 * budget, while the metadata that lists the chunks grows by only a few bytes per chunk. 4,000 gave the
 * lowest total (metadata + one chunk) on the site `npm run bench:search` generates (3,000 to 20,000
 * tried). Pagefind reads this setting from its environment and calls it unstable, so the benchmark is
 * where a change would show.
 */
const INDEX_CHUNK_SIZE = '4000';

/**
 * Pagefind writes its index files gzipped at a fast level and serves them as they are (the browser
 * does not compress them again). Recompressed at the highest level they are the same data, a few
 * kilobytes smaller where it counts: the metadata every first search downloads.
 */
function recompress(bundle: string): void {
  const folders = [bundle, join(bundle, 'index'), join(bundle, 'filter')];
  for (const folder of folders) {
    for (const name of readdirSync(folder)) {
      if (!/\.pf_(meta|index|filter)$/.test(name)) continue;
      const file = join(folder, name);
      const written = readFileSync(file);
      const smaller = gzipSync(gunzipSync(written), { level: 9 });
      if (smaller.length < written.length) writeFileSync(file, smaller);
    }
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'alliance-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        // The site is written in English; Spanish names still match without accents (see tests/e2e/search).
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          recompress(`${site}pagefind`);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
