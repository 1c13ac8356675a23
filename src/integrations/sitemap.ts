/**
 * Writes the sitemap (src/lib/sitemap.ts) once the pages are built, from the list of pages Astro built.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapFiles, type SitemapSite } from '../lib/sitemap.ts';

export function sitemap(site: SitemapSite): AstroIntegration {
  return {
    name: 'alliance-atlas:sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const { index, sitemaps } = sitemapFiles(
          pages.map((page) => page.pathname),
          site,
        );
        for (const file of [...sitemaps, index]) writeFileSync(fileURLToPath(new URL(file.name, dir)), file.xml);
        logger.info(`${index.name} written: ${sitemaps.length} sitemap${sitemaps.length === 1 ? '' : 's'}`);
      },
    },
  };
}
