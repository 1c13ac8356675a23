/**
 * Astro writes only the root 404 page as `404.html`; the Spanish one (src/pages/[...lang]/404.astro)
 * it writes as `es/404/index.html`, like any page. Hosts that serve the nearest `404.html` of a
 * folder (Cloudflare Pages, a server's per-folder error page) look for `es/404.html`, so the build
 * moves it there.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultLocale, locales } from '../i18n/index.ts';

export function localizedNotFound(): AstroIntegration {
  return {
    name: 'alliance-atlas:localized-not-found',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const locale of locales.filter((candidate) => candidate !== defaultLocale)) {
          const folder = fileURLToPath(new URL(`${locale}/404/`, dir));
          if (!existsSync(`${folder}index.html`)) throw new Error(`The ${locale} 404 page was not built (${folder}index.html)`);
          renameSync(`${folder}index.html`, fileURLToPath(new URL(`${locale}/404.html`, dir)));
          rmdirSync(folder);
        }
      },
    },
  };
}
