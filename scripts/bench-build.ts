/**
 * `npm run bench:build [-- --solutions N]`: what the site's build costs against a bare Astro 7 + MDX +
 * Pagefind site (scripts/bench/bare/) that renders each entry of the same content in a minimal layout,
 * in both languages as the site does.
 * Generates a corpus of N solutions (default 1,000) with its organizations, building blocks, stories,
 * events and news, builds it with each, one after the other on the same machine, and prints both times,
 * both peak memories (the whole process tree, Pagefind's indexer included), the ratios, each build's
 * phases (validation, content sync, rendering, Pagefind, the search optimizer) and what each built.
 * `--runs N` (default 3) builds each N times, alternating which goes first, and reports the median of
 * each figure: on a shared machine the same build's time varies by a fifth or more from run to run.
 * Targets: time at most 1.5x the bare build, peak memory at most 1.2x, no listing page over 30 kB of
 * HTML gzipped, the world map's SVG at most 60 kB gzipped. A benchmark, not a test.
 *
 * `--keep DIR` leaves the corpus and both builds in DIR. Each build starts from an empty content cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateContent } from './lib/generate-content.ts';
import { measureProcess, type Measured } from './lib/measure-process.ts';

const option = (flag: string): string | undefined => {
  const index = process.argv.indexOf(flag);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const solutions = Number(option('--solutions') ?? 1000);
if (!Number.isInteger(solutions) || solutions < 1)
  throw new Error(`--solutions must be a whole number from 1, not ${option('--solutions')}`);
const runs = Number(option('--runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not ${option('--runs')}`);
const kept = option('--keep');
const TARGET = { time: 1.5, memory: 1.2, listingKilobytes: 30, worldMapKilobytes: 60 };

const projectRoot = resolve('.');
const workspace = kept ? resolve(kept) : mkdtempSync(join(tmpdir(), 'atlas-bench-build-'));
mkdirSync(workspace, { recursive: true });

/**
 * The phases of a build, between the marks it writes (src/lib/build-timings.ts, scripts/build.ts).
 * Rendering ends where Astro's build ends, or where Pagefind starts inside it (the bare site).
 */
const PHASES: [label: string, from: string, to: string | ((marks: Record<string, number>) => number | undefined)][] = [
  ['startup and configuration', 'start', 'sync:start'],
  ['  of which validation', 'validation:start', 'validation:end'],
  ['content sync', 'sync:start', 'render:start'],
  ['rendering', 'render:start', (marks) => Math.min(marks['astro:end'] ?? Infinity, marks['pagefind:start'] ?? Infinity)],
  ['Pagefind', 'pagefind:start', 'pagefind:end'],
  ['search optimizer', 'pagefind:end', 'optimizer:end'],
];

interface Build {
  name: string;
  measured: Measured;
  marks: Record<string, number>;
  dist: string;
}

/** Builds the corpus with `command` (a script and its options, before `--outDir`), from a cold cache. */
async function build(name: string, command: string[]): Promise<Build> {
  const dist = join(workspace, `${name}-dist`);
  const timings = join(workspace, `${name}-timings.json`);
  const cache = join(workspace, `${name}-cache`);
  for (const stale of [dist, timings, cache]) rmSync(stale, { recursive: true, force: true });
  // The file system finishes a large removal later (its journal, and the disk's discards): flushed now,
  // so that the timed build does not pay for removing the previous one's files. Where there is no
  // `sync` command, the build starts at once.
  spawnSync('sync', { stdio: 'ignore' });
  const measured = await measureProcess(process.execPath, [...command, '--outDir', dist], {
    cwd: projectRoot,
    env: { ...process.env, ATLAS_CONTENT_ROOT: join(workspace, 'corpus'), ATLAS_CACHE_DIR: cache, ATLAS_BUILD_TIMINGS: timings },
  });
  if (measured.exitCode !== 0) throw new Error(`The ${name} build failed:\n${measured.output}`);
  const marks = { start: measured.startedAt, ...(JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>) };
  return { name, measured, marks, dist };
}

/** The HTML pages a build wrote, and their total size gzipped. */
function pagesOf(dist: string): { count: number; largestListing: { path: string; bytes: number } } {
  let count = 0;
  let largestListing = { path: '', bytes: 0 };
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        count++;
        const site = path.slice(dist.length);
        // Listings: pages that list entries (indexes and their pages, browse pages), not an entry's own
        // page; a listing's later pages are numbered (/solutions/2/).
        // The map's page is measured apart: its text alternative lists every solution (worldMapBytes).
        if (
          !/^(\/[a-z]{2})?\/(solutions|building-blocks|organizations|stories|events|news)\/(?!\d+\/)[^/]+\/index\.html$/.test(site) &&
          !/^(\/[a-z]{2})?\/map\/index\.html$/.test(site)
        ) {
          const bytes = gzipSync(readFileSync(path)).length;
          if (bytes > largestListing.bytes) largestListing = { path: site, bytes };
        }
      }
    }
  };
  walk(dist);
  return { count, largestListing };
}

/** The world map's SVG on /map/ (src/pages/[...lang]/map.astro), gzipped on its own. */
function worldMapBytes(dist: string): number {
  const svg = /<figure class="world-map">\s*(<svg[\s\S]*?<\/svg>)/.exec(readFileSync(join(dist, 'map', 'index.html'), 'utf8'))?.[1];
  if (!svg) throw new Error('No world map found on /map/');
  return gzipSync(svg).length;
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const column = (text: string, width = 14) => text.padStart(width);

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

try {
  console.log(`Generating ${solutions} solutions…`);
  rmSync(join(workspace, 'corpus'), { recursive: true, force: true });
  const counts = generateContent(join(workspace, 'corpus'), solutions, projectRoot);
  console.log(
    `Corpus: ${Object.entries(counts)
      .map(([collection, count]) => `${count} ${collection}`)
      .join(', ')}`,
  );

  const buildSite = () => build('site', [join(projectRoot, 'scripts/build.ts')]);
  const buildBare = () =>
    build('bare', [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', join(projectRoot, 'scripts/bench/bare')]);
  const siteRuns: Build[] = [];
  const bareRuns: Build[] = [];
  for (let run = 1; run <= runs; run++) {
    // Alternating which build goes first, so neither always meets the machine as the other left it.
    const order = run % 2 === 1 ? (['site', 'bare'] as const) : (['bare', 'site'] as const);
    for (const name of order) {
      console.log(
        `Run ${run} of ${runs}: building with ${name === 'site' ? 'this site (npm run build)' : 'a bare Astro + MDX + Pagefind site'}…`,
      );
      if (name === 'site') siteRuns.push(await buildSite());
      else bareRuns.push(await buildBare());
    }
  }
  // The last run of each is the one left in --keep's folder, and the one whose pages are measured.
  const site = siteRuns.at(-1)!;
  const bare = bareRuns.at(-1)!;

  const builds = [siteRuns, bareRuns];
  const phase = (runsOfBuild: Build[], from: string, to: string | ((marks: Record<string, number>) => number | undefined)) => {
    const durations = runsOfBuild.flatMap((build) => {
      const start = build.marks[from];
      const end = typeof to === 'string' ? build.marks[to] : to(build.marks);
      return start === undefined || end === undefined || !Number.isFinite(end) ? [] : [end - start];
    });
    return durations.length === runsOfBuild.length ? seconds(median(durations)) : '—';
  };
  const time = (runsOfBuild: Build[]) => median(runsOfBuild.map((build) => build.measured.milliseconds));
  const memory = (runsOfBuild: Build[]) => median(runsOfBuild.map((build) => build.measured.peakBytes));
  const timeRatio = time(siteRuns) / time(bareRuns);
  const memoryRatio = memory(siteRuns) / memory(bareRuns);
  const pages = [site, bare].map((build) => pagesOf(build.dist));

  console.log(
    `\nBuild of ${solutions} solutions, this machine, ${new Date().toISOString().slice(0, 10)}; ${runs === 1 ? 'one run' : `median of ${runs} runs`}`,
  );
  console.log(`${''.padEnd(28)}${column('this site')}${column('bare Astro')}${column('ratio')}`);
  console.log(
    `${'time'.padEnd(28)}${builds.map((runsOfBuild) => column(seconds(time(runsOfBuild)))).join('')}${column(`${timeRatio.toFixed(2)}x`)}`,
  );
  console.log(
    `${'peak memory'.padEnd(28)}${builds.map((runsOfBuild) => column(megabytes(memory(runsOfBuild)))).join('')}${column(`${memoryRatio.toFixed(2)}x`)}`,
  );
  for (const [label, from, to] of PHASES)
    console.log(`${label.padEnd(28)}${builds.map((runsOfBuild) => column(phase(runsOfBuild, from, to))).join('')}`);
  console.log(`${'pages built'.padEnd(28)}${pages.map(({ count }) => column(String(count))).join('')}`);
  // Time per page: how the build grows with the pages it renders (every entry in every language).
  console.log(
    `${'time per page'.padEnd(28)}${builds.map((runsOfBuild, index) => column(`${(time(runsOfBuild) / pages[index]!.count).toFixed(1)} ms`)).join('')}`,
  );
  if (runs > 1) {
    // Every run's time, in the order they ran, so the spread behind the medians is in view.
    const each = (runsOfBuild: Build[]) => runsOfBuild.map((build) => (build.measured.milliseconds / 1000).toFixed(1)).join(' ');
    // Many runs make the lists longer than the columns: a space keeps the two apart.
    console.log(`${'time of each run'.padEnd(28)}${column(`${each(siteRuns)} s`, 20)} ${column(`${each(bareRuns)} s`, 19)}`);
  }
  console.log(
    `${'largest listing (gzipped)'.padEnd(28)}${column(`${(pages[0]!.largestListing.bytes / 1024).toFixed(1)} kB`)}  ${pages[0]!.largestListing.path}`,
  );
  const worldMap = worldMapBytes(site.dist);
  console.log(`${'world map SVG (gzipped)'.padEnd(28)}${column(`${(worldMap / 1024).toFixed(1)} kB`)}`);
  const mapPage = gzipSync(readFileSync(join(site.dist, 'map', 'index.html'))).length;
  console.log(`${'map page, with its list'.padEnd(28)}${column(`${(mapPage / 1024).toFixed(1)} kB`)}`);
  console.log(
    `\nTargets: time ≤ ${TARGET.time}x: ${timeRatio <= TARGET.time ? 'met' : 'NOT met'}; peak memory ≤ ${TARGET.memory}x: ${memoryRatio <= TARGET.memory ? 'met' : 'NOT met'}; ` +
      `largest listing ≤ ${TARGET.listingKilobytes} kB gzipped: ${pages[0]!.largestListing.bytes <= TARGET.listingKilobytes * 1024 ? 'met' : 'NOT met'}; ` +
      `world map ≤ ${TARGET.worldMapKilobytes} kB gzipped: ${worldMap <= TARGET.worldMapKilobytes * 1024 ? 'met' : 'NOT met'}.`,
  );
  if (kept) console.log(`Corpus and builds kept in ${workspace}`);
} finally {
  if (!kept) rmSync(workspace, { recursive: true, force: true });
}
