/**
 * `npm run bench:build` runs end to end on a small corpus and prints every figure it promises (their
 * values depend on the machine, so only their presence and form are checked).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

it('builds a small generated corpus with the site and with a bare Astro site, and prints times, memory, ratios and phases', () => {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/bench-build.ts'), '--solutions', '12', '--runs', '2'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const output = result.stdout;
  const seconds = String.raw`\d+\.\d s`;
  expect(output).toMatch(/Corpus: 12 solutions, 5 building blocks, 10 organizations, 3 stories, 3 events, 3 news/);
  // Two runs, each build in turn going first, and medians reported with every run's time.
  const order = [...output.matchAll(/^Run (\d) of 2: building with (this site|a bare Astro)/gm)].map((match) => `${match[1]} ${match[2]}`);
  expect(order).toEqual(['1 this site', '1 a bare Astro', '2 a bare Astro', '2 this site']);
  expect(output).toMatch(/^Build of 12 solutions, this machine, \d{4}-\d\d-\d\d; median of 2 runs$/m);
  expect(output).toMatch(/^time of each run\s+\d+\.\d \d+\.\d s\s+\d+\.\d \d+\.\d s$/m);
  expect(output).toMatch(new RegExp(String.raw`^time\s+${seconds}\s+${seconds}\s+\d+\.\d\dx$`, 'm'));
  expect(output).toMatch(/^peak memory\s+\d+ MB\s+\d+ MB\s+\d+\.\d\dx$/m);
  for (const phase of ['startup and configuration', 'content sync', 'rendering', 'Pagefind']) {
    expect(output).toMatch(new RegExp(String.raw`^${phase}\s+${seconds}\s+${seconds}$`, 'm'));
  }
  expect(output).toMatch(new RegExp(String.raw`^  of which validation\s+${seconds}\s+—$`, 'm'));
  expect(output).toMatch(new RegExp(String.raw`^search optimizer\s+${seconds}\s+—$`, 'm'));
  expect(output).toMatch(/^pages built\s+\d+\s+\d+$/m);
  // The largest listing is one of the listings' pages (an index, a later page of one, or a browse page).
  expect(output).toMatch(
    /^largest listing \(gzipped\)\s+\d+\.\d kB {2}\/(es\/)?(solutions|building-blocks|organizations|stories|events|news|themes|scales|regions|phases|search)?[^ ]*index\.html$/m,
  );
  expect(output).toMatch(/^world map SVG \(gzipped\)\s+\d+\.\d kB$/m);
  expect(output).toMatch(/^map page, with its list\s+\d+\.\d kB$/m);
  expect(output).toMatch(
    /^Targets: time ≤ 1\.5x: (met|NOT met); peak memory ≤ 1\.2x: (met|NOT met); largest listing ≤ 30 kB gzipped: (met|NOT met); world map ≤ 60 kB gzipped: (met|NOT met)\.$/m,
  );
}, 300_000);
