/**
 * Global setup of the `site` tests: builds, once, with the same command a user runs,
 * - the real content plus the extra entries of tests/fixtures/extra-content/ (a contributor's valid new
 *   entries must never turn the tests red, so the tests of the real site only assert what holds for
 *   every valid site, and this build proves it);
 * - the fixture sites of tests/fixtures/sites/ (minimal, search, bilingual, many), whose counts and
 *   lists the tests assert;
 * - the search and bilingual fixtures once more with the search index exactly as Pagefind writes it,
 *   so that the search page is tested on both kinds of bundle (see src/search-index/optimize.ts).
 * Tests read the outputs with `inject`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writePagefindIndex } from '../../src/search-index/index.ts';
import { bilingualFixtureSite, extraContent, fixtureSite, manyFixtureSite, projectRoot, searchFixtureSite } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real content plus the extra entries. */
    siteDist: string;
    /** The content folder that `siteDist` was built from. */
    siteRoot: string;
    fixtureDist: string;
    searchDist: string;
    /** The search fixture with Pagefind's own bundle. */
    searchStockDist: string;
    bilingualDist: string;
    manyDist: string;
    /** The bilingual fixture with Pagefind's own bundle. */
    bilingualStockDist: string;
  }
}

/** The build a user runs: `npm run build`. */
const buildScript = join(projectRoot, 'scripts', 'build.ts');

/**
 * Vitest puts NODE_ENV=test and Vite's DEV/PROD/MODE flags into process.env; a build started with them
 * runs in development mode (drafts included). Builds here get the environment a user's shell has.
 */
function cleanEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !/^(VITEST.*|NODE_ENV|DEV|PROD|MODE|SSR|BASE_URL|TEST)$/.test(entry[0]),
    ),
  );
}

/** Builds the content of `root` into `outDir`, each build with its own content cache. */
function build(root: string, outDir: string, cacheDir: string): void {
  try {
    execFileSync(process.execPath, [buildScript, '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...cleanEnvironment(), ATLAS_CONTENT_ROOT: root, ATLAS_CACHE_DIR: cacheDir },
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`The build of ${root} failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }
}

export default async function setup(project: TestProject) {
  const temporary = mkdtempSync(join(tmpdir(), 'atlas-sites-'));
  const out = (name: string) => join(temporary, name);

  const siteRoot = out('site');
  cpSync(join(projectRoot, 'content'), join(siteRoot, 'content'), { recursive: true });
  cpSync(join(extraContent, 'content'), join(siteRoot, 'content'), { recursive: true });
  build(siteRoot, out('site-dist'), out('site-cache'));
  build(fixtureSite, out('fixture-dist'), out('fixture-cache'));
  build(searchFixtureSite, out('search-dist'), out('search-cache'));
  build(bilingualFixtureSite, out('bilingual-dist'), out('bilingual-cache'));
  build(manyFixtureSite, out('many-dist'), out('many-cache'));

  for (const name of ['search', 'bilingual']) {
    cpSync(out(`${name}-dist`), out(`${name}-stock-dist`), { recursive: true });
    rmSync(out(`${name}-stock-dist/pagefind`), { recursive: true });
    await writePagefindIndex(out(`${name}-stock-dist`), out(`${name}-stock-dist/pagefind`));
  }

  project.provide('siteDist', out('site-dist'));
  project.provide('siteRoot', siteRoot);
  project.provide('fixtureDist', out('fixture-dist'));
  project.provide('searchDist', out('search-dist'));
  project.provide('searchStockDist', out('search-stock-dist'));
  project.provide('bilingualDist', out('bilingual-dist'));
  project.provide('manyDist', out('many-dist'));
  project.provide('bilingualStockDist', out('bilingual-stock-dist'));
  return () => rmSync(temporary, { recursive: true, force: true });
}
