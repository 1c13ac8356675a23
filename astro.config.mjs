// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind/index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // The build tests build fixture sites side by side; each needs its own content cache.
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
  integrations: [contentGuard(), mdx(), react(), sitemap(), pagefindIndex()],
});
