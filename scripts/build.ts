/**
 * `npm run build [-- astro build options]`: builds the site into dist/ with Astro (which refuses invalid
 * content), then writes and optimizes its search index (src/search-index/). The index is written by
 * Pagefind's own command-line tool once Astro's build has exited, so that Astro's build and Pagefind's
 * indexer never hold their memory at the same time (docs/performance.md).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/search-index/index.ts';

const astroOptions = process.argv.slice(2);
const outDirOption = astroOptions.findIndex((option) => option === '--outDir' || option.startsWith('--outDir='));
const outDir = outDirOption < 0 ? 'dist' : (astroOptions[outDirOption]!.split('=')[1] ?? astroOptions[outDirOption + 1]);
if (!outDir) throw new Error('--outDir needs a folder');

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const built = spawnSync(process.execPath, [astro, 'build', ...astroOptions], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const time = () => new Date().toTimeString().slice(0, 8);
const timings = await buildSearchIndex(resolve(outDir), {
  info: (message) => console.log(`${time()} [search] ${message}`),
  warn: (message) => console.warn(`${time()} [WARN] [search] ${message}`),
});

// The build benchmark (scripts/bench-build.ts) reads the phases of the whole build from one file.
const timingsFile = process.env['ATLAS_BUILD_TIMINGS'];
if (timingsFile) writeFileSync(timingsFile, JSON.stringify({ ...(JSON.parse(readFileSync(timingsFile, 'utf8')) as object), ...timings }));
