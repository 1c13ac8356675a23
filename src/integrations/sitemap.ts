/**
 * Writes dist/sitemap.xml from the pages Astro built (the 404 page left out), so the sitemap can
 * never list a page that does not exist or miss one that does.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'alliance-atlas:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('Set `site` in astro.config.mjs: the sitemap needs absolute URLs.');
        const locations = pages
          .map((page) => page.pathname)
          .filter((pathname) => pathname !== '404/' && pathname !== '404' && !pathname.endsWith('.xml') && !pathname.endsWith('.txt'))
          .map((pathname) => new URL(`${base}${pathname}`, site).href)
          .sort();
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locations.map((loc) => `  <url><loc>${loc}</loc></url>`).join('\n')}\n</urlset>\n`;
        await writeFile(new URL('sitemap.xml', dir), xml);
        logger.info(`sitemap.xml lists ${locations.length} pages`);
      },
    },
  };
}
