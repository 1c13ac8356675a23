/**
 * Global setup of the `site` tests: builds the real site into dist/ and the minimal fixture site into a
 * temporary folder, once, with the same command a user runs. Tests read the outputs with `inject`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { fixtureSite, projectRoot } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    fixtureDist: string;
  }
}

const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Vitest puts NODE_ENV=test and Vite's DEV/PROD/MODE flags into process.env; a build started with them
 * runs in development mode (drafts included). Builds here get the environment a user's shell has.
 */
function cleanEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !/^(VITEST.*|NODE_ENV|DEV|PROD|MODE|SSR|BASE_URL|TEST)$/.test(entry[0]),
    ),
  );
}

function build(outDir: string, env: Record<string, string> = {}): void {
  try {
    execFileSync(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...cleanEnvironment(), ...env },
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }
}

export default function setup(project: TestProject) {
  const siteDist = join(projectRoot, 'dist');
  const temporary = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  const fixtureDist = join(temporary, 'dist');
  build(siteDist);
  build(fixtureDist, { ATLAS_CONTENT_ROOT: fixtureSite, ATLAS_CACHE_DIR: join(temporary, 'cache') });
  project.provide('siteDist', siteDist);
  project.provide('fixtureDist', fixtureDist);
  return () => rmSync(temporary, { recursive: true, force: true });
}
