/**
 * Writes the Pagefind search index into dist/pagefind/ when Astro has built the site, with the Node
 * API, so `npm run build` is the only command. Only elements marked `data-pagefind-body` (the content
 * of solutions, building blocks, stories, events, news and organizations) are indexed.
 * Inside them, the text a template repeats on every page of a kind (labels, fixed section headings and
 * their intros, the kicker, dates) carries `data-pagefind-ignore`: it is not what a page is about. Indexed,
 * it made every solution match "governance" or "alliance", glued labels to values ("PlaceTabasco") and
 * made the index and each result's download larger.
 *
 * Then the bundle is made lighter for a reader's first search: its pages numbered by date, its metadata
 * compacted and its word index regrouped (`compact-bundle.ts`), its files recompressed (`recompress.ts`),
 * its metadata, index chunks and WebAssembly packed for the search page (`pack-bundle.ts`) and its
 * script minified (`minify-script.ts`). README "Search" has the figures.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { compactBundle } from './compact-bundle.ts';
import { minifyPagefindScript } from './minify-script.ts';
import { packBundle } from './pack-bundle.ts';
import { recompressBundle } from './recompress.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'alliance-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The site is written in English; Spanish names still match without accents (see tests/e2e/search).
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          const bundle = `${site}pagefind`;
          const compacted = compactBundle(bundle);
          const saved = await recompressBundle(bundle);
          const packed = await packBundle(bundle);
          const minified = await minifyPagefindScript(bundle);
          const metadata = compacted.map(({ language, words, chunks, bytesBefore, bytesAfter }) => `${language}: ${words} words in ${chunks} chunks, ${(bytesBefore / 1024).toFixed(1)} → ${(bytesAfter / 1024).toFixed(1)} kB`).join('; ');
          logger.info(`Pagefind indexed ${added.page_count} pages; metadata compacted (${metadata}); recompression saved ${(saved / 1024).toFixed(0)} kB; ${packed.files} files packed, ${(packed.gzippedBytes / 1024).toFixed(0)} → ${(packed.packedBytes / 1024).toFixed(0)} kB; pagefind.js minified by ${(minified / 1024).toFixed(0)} kB`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
