// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { buildTimings } from './src/integrations/build-timings.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { localizedNotFound } from './src/integrations/localized-not-found.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { site } from './src/site.config.ts';
import { defaultLocale, locales } from './src/i18n/index.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: {
    // Astro renders one page, then waits for its file to be written before the next. With a few pages
    // in flight the main thread renders while earlier pages are written: much of the time spent
    // generating a large site was that wait (docs/performance.md has the profile). The pages share no
    // state while rendering (src/lib/atlas.ts is read-only once loaded), so their order does not matter.
    concurrency: 4,
  },
  // Every page in every language: the default at today's URLs, the others under /<code>/
  // (src/pages/[...lang]/ renders them; src/lib/urls.ts builds their links).
  i18n: { defaultLocale, locales, routing: { prefixDefaultLocale: false } },
  // The build tests build fixture sites side by side; each needs its own content cache.
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
  integrations: [
    contentGuard(),
    mdx(),
    react(),
    localizedNotFound(),
    // Every page with its other languages (src/lib/sitemap.ts).
    sitemap({ root: new URL(site.base.replace(/\/?$/, '/'), site.url).href, defaultLocale, locales }),
    buildTimings(),
  ],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's MDX modules carry a "use astro:head-inject" directive that the bundler warns about
          // once per entry (withastro/astro#18087, open): thousands of lines on a large site that say
          // nothing about the contributor's content. Every other warning is shown.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
