// @ts-check
/**
 * The baseline of the build benchmark (scripts/bench-build.ts): a bare Astro 7 + MDX + Pagefind site
 * that renders each entry of the same content in a minimal layout and indexes it with Pagefind, as
 * Starlight does. It shares nothing with the site but the phase marks the benchmark reads.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildTimings } from '../../../src/integrations/build-timings.ts';
import { mark } from '../../../src/lib/build-timings.ts';

/** @type {import('astro').AstroIntegration} */
const pagefindIndex = {
  name: 'bare-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      mark('pagefind:start');
      const site = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({});
      if (!index) throw new Error('Pagefind could not start');
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: `${site}pagefind` });
      await pagefind.close();
      mark('pagefind:end');
    },
  },
};

export default defineConfig({
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
  integrations: [mdx(), pagefindIndex, buildTimings()],
  // The same filter as the site's (astro.config.mjs), so neither build spends time printing the warning.
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
