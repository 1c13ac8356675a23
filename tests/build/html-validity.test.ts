/** Every built page passes the Nu Html Checker (vnu-jar, needs Java): zero errors. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';

const javaFound = spawnSync('java', ['-version']).status === 0;
if (!javaFound) {
  if (process.env['CI']) throw new Error('Java was not found: the HTML checker needs it (.ci/run installs default-jre-headless).');
  console.warn('\n\n!!! SKIPPING HTML VALIDATION: Java was not found. Install a JRE (apt-get install -y default-jre-headless).\n\n');
}

describe.skipIf(!javaFound)('valid HTML', () => {
  it.each([
    ['the site', inject('siteDist')],
    ['the fixture site', inject('fixtureDist')],
    ['the search fixture site', inject('searchDist')],
    ['the bilingual fixture site', inject('bilingualDist')],
  ])('in %s', (_name, dist) => {
    const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', '--skip-non-html', dist], { encoding: 'utf8' });
    expect(result.stderr.trim().split('\n').filter(Boolean)).toEqual([]);
    expect(result.status).toBe(0);
  });
});
