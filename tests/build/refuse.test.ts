/**
 * The build refuses what `npm run validate` refuses, with the same one-line messages, and nothing that
 * looks like a crash: no stack trace, no "unhandled error".
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fixtureSite, projectRoot } from '../support/paths.ts';

const workspace = mkdtempSync(join(tmpdir(), 'atlas-refuse-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

it('fails the build on invalid content and unsafe MDX, naming the file, line, field, value and allowed values', () => {
  const root = join(workspace, 'site');
  cpSync(fixtureSite, root, { recursive: true });
  const file = join(root, 'content/solutions/valley-water-pact.mdx');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('scale: local', 'scale: municipal').replace('  - food-security', '  - food-securty'),
  );
  const news = join(root, 'content/news/pact-signed.mdx');
  writeFileSync(news, `${readFileSync(news, 'utf8')}\n<script>alert(1)</script>\n`);
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts'), '--outDir', join(workspace, 'dist')], {
    cwd: projectRoot,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      ATLAS_CONTENT_ROOT: root,
      ATLAS_CACHE_DIR: join(workspace, 'cache'),
    },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain(
    'content/solutions/valley-water-pact.mdx:8: scale: "municipal" is not allowed. Allowed: local, subnational, national, multinational, regional, global.',
  );
  expect(output).toContain(
    'content/solutions/valley-water-pact.mdx:12: themes[1]: "food-securty" does not match any file in content/themes/. Did you mean "food-security"?',
  );
  expect(output).toMatch(/content\/news\/pact-signed\.mdx:\d+: \(body\): <script> is not allowed: it runs code\./);
  expect(output).toContain('✗ 3 problems found in content/. Fix them and run npm run validate again.');
  expect(output).not.toMatch(/unhandled error/i);
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain('Stack trace');
}, 120_000);
