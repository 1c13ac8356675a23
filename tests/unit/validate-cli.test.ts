/**
 * `npm run validate` end to end: the real command on copies of the fixture site, each broken in one
 * way. Every case checks the exit code and the exact `path:line: field: message` line.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSite, projectRoot } from '../support/paths.ts';

const workspace = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function runValidate(root: string) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'validate.ts'), root], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Change = { file: string; replace?: [string | RegExp, string]; write?: string; remove?: boolean };

/** A copy of the fixture site with the given changes applied. */
function brokenSite(name: string, changes: Change[]): string {
  const root = join(workspace, name);
  cpSync(fixtureSite, root, { recursive: true });
  for (const change of changes) {
    const path = join(root, change.file);
    if (change.remove) rmSync(path);
    else if (change.write !== undefined) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, change.write);
    } else if (change.replace) {
      const before = readFileSync(path, 'utf8');
      const after = before.replace(change.replace[0], change.replace[1]);
      if (after === before) throw new Error(`Test setup: ${String(change.replace[0])} not found in ${change.file}`);
      writeFileSync(path, after);
    }
  }
  return root;
}

const SOLUTION = 'content/solutions/valley-water-pact.mdx';
const BLOCK = 'content/building-blocks/shared-water-committee.mdx';

const cases: { name: string; changes: Change[]; expected: string }[] = [
  {
    name: 'theme that does not exist, with a suggestion',
    changes: [{ file: SOLUTION, replace: ['  - food-security', '  - food-securty'] }],
    expected: `${SOLUTION}:12: themes[1]: "food-securty" does not match any file in content/themes/. Did you mean "food-security"?`,
  },
  {
    name: 'organization that does not exist',
    changes: [{ file: SOLUTION, replace: ['organization: valley-cooperative', 'organization: valley-coop'] }],
    expected: `${SOLUTION}:18: actors[1].organization: "valley-coop" does not match any file in content/organizations/. Did you mean "valley-cooperative"?`,
  },
  {
    name: 'building block that does not exist',
    changes: [{ file: SOLUTION, replace: ['  - shared-water-committee', '  - shared-committee'] }],
    expected: `${SOLUTION}:21: buildingBlocks[0]: "shared-committee" does not match any file in content/building-blocks/. Did you mean "shared-water-committee"?`,
  },
  {
    name: 'scale outside the vocabulary',
    changes: [{ file: SOLUTION, replace: ['scale: local', 'scale: municipal'] }],
    expected: `${SOLUTION}:8: scale: "municipal" is not allowed. Allowed: local, subnational, national, multinational, regional, global.`,
  },
  {
    name: 'missing required field',
    changes: [{ file: BLOCK, replace: [/lessonsLearned:\n  - Meet where the water is.\n/, ''] }],
    expected: `${BLOCK}:3: lessonsLearned: is required (a list).`,
  },
  {
    name: 'file name that is not a slug',
    changes: [
      { file: 'content/news/pact-signed.mdx', remove: true },
      { file: 'content/news/Pact_Signed.mdx', write: readFileSync(join(fixtureSite, 'content/news/pact-signed.mdx'), 'utf8') },
    ],
    expected: 'content/news/Pact_Signed.mdx: (file name): "Pact_Signed" is not a valid slug: use lowercase a-z, 0-9 and single hyphens, e.g. "pact-signed".',
  },
  {
    name: 'duplicate slug',
    changes: [{ file: 'content/news/pact-signed/index.mdx', write: readFileSync(join(fixtureSite, 'content/news/pact-signed.mdx'), 'utf8') }],
    expected: 'content/news/pact-signed/index.mdx: (file): has the same slug "pact-signed" as content/news/pact-signed.mdx; slugs must be unique within a collection.',
  },
  {
    name: 'updated before published',
    changes: [{ file: SOLUTION, replace: ['updated: 2024-03-01', 'updated: 2023-03-01'] }],
    expected: `${SOLUTION}:26: updated: must not be before published (2024-02-01) (got "2023-03-01").`,
  },
  {
    name: 'image without alt text',
    changes: [
      { file: SOLUTION, replace: ['published: 2024-02-01', 'cover:\n  src: ./cover.jpg\npublished: 2024-02-01'] },
    ],
    expected: `${SOLUTION}:25: cover.alt: is required (text).`,
  },
  {
    name: 'image that is not there',
    changes: [{ file: SOLUTION, replace: ['published: 2024-02-01', 'cover:\n  src: ./cover.jpg\n  alt: A committee meeting\npublished: 2024-02-01'] }],
    expected: `${SOLUTION}:26: cover.src: "./cover.jpg" was not found next to this file.`,
  },
  {
    name: 'YAML that does not parse',
    changes: [{ file: 'content/organizations/river-council.yaml', replace: ['acronym: ERC', 'acronym: [ERC'] }],
    expected: 'content/organizations/river-council.yaml:4: (yaml): the YAML does not parse: missed comma between flow collection entries.',
  },
  {
    name: 'misspelled field name',
    changes: [{ file: SOLUTION, replace: ['summary:', 'sumary:'] }],
    expected: `${SOLUTION}:4: sumary: is not a field here, so it would be ignored. Did you mean "summary"?`,
  },
  {
    name: 'impossible calendar date',
    changes: [{ file: 'content/news/pact-signed.mdx', replace: ['published: 2024-02-02', 'published: 2024-02-31'] }],
    expected: 'content/news/pact-signed.mdx:5: published: is not a real calendar date (got "2024-02-31").',
  },
  {
    name: 'event start without quotes loses its time zone',
    changes: [{ file: 'content/events/old-webinar.mdx', replace: ['start: "2020-05-01T15:30:00-05:00"', 'start: 2020-05-01T15:30:00-05:00'] }],
    expected: 'content/events/old-webinar.mdx:5: start: write the date-time in quotes, e.g. "2021-04-20T10:00:00-05:00", so its time zone is kept (got "2020-05-01T20:30:00.000Z").',
  },
  {
    name: 'story inspired by a solution that does not exist',
    changes: [{ file: 'content/stories/how-we-copied-the-committee.mdx', replace: ['solutions/valley-water-pact', 'solutions/valley-pact'] }],
    expected: 'content/stories/how-we-copied-the-committee.mdx:8: inspiredBy[0]: "valley-pact" does not match any file in content/solutions/.',
  },
  {
    name: 'a file the build would not pick up',
    changes: [{ file: 'content/solutions/notes.md', write: '# Notes\n' }],
    expected: 'content/solutions/notes.md: (file): would not be built: files in content/solutions/ are <slug>.mdx or <slug>/index.mdx (images may sit beside index.mdx).',
  },
  {
    name: 'a folder that is not a collection',
    changes: [{ file: 'content/partners/someone.yaml', write: 'name: Someone\n' }],
    expected: 'content/partners/someone.yaml: (file): is not in a collection folder, so it would not be built. Collections: content/solutions/, content/building-blocks/, content/organizations/, content/themes/, content/stories/, content/events/, content/news/.',
  },
  {
    name: 'a published solution inspired by a draft',
    changes: [{ file: 'content/solutions/upstream-water-pact.mdx', replace: ['  - valley-water-pact', '  - unfinished-draft'] }],
    expected: 'content/solutions/upstream-water-pact.mdx:17: inspiredBy[0]: "unfinished-draft" is a draft, which is not published; link to it once it is published.',
  },
  {
    name: 'an MDX file without frontmatter',
    changes: [{ file: 'content/news/pact-signed.mdx', write: 'Just text.\n' }],
    expected: 'content/news/pact-signed.mdx:1: (yaml): has no frontmatter: the file must start with a line "---", the fields, and another "---".',
  },
  {
    name: 'a solution that names itself as its inspiration',
    changes: [{ file: 'content/solutions/upstream-water-pact.mdx', replace: ['  - valley-water-pact', '  - upstream-water-pact'] }],
    expected: 'content/solutions/upstream-water-pact.mdx:17: inspiredBy[0]: refers to this entry itself.',
  },
];

describe('npm run validate', () => {
  it('passes the fixture site with a one-line summary of counts', () => {
    const result = runValidate(fixtureSite);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✓ Content is valid: 3 solutions, 1 building block, 2 organizations, 2 themes, 1 story, 2 events, 2 news items\. \(\d+ ms\)\n$/);
  });

  it('passes the real content', () => {
    const result = runValidate(projectRoot);
    expect(result.status, result.stderr).toBe(0);
  });

  for (const testCase of cases) {
    it(`rejects ${testCase.name}`, () => {
      const root = brokenSite(testCase.name.replace(/\W+/g, '-'), testCase.changes);
      const result = runValidate(root);
      expect(result.status).toBe(1);
      expect(result.stderr.split("\n"), result.stderr).toContain(testCase.expected);
    });
  }

  it('reports every problem of a run, not just the first', () => {
    const root = brokenSite('many-problems', cases.slice(0, 6).flatMap((testCase) => testCase.changes));
    const result = runValidate(root);
    expect(result.status).toBe(1);
    for (const testCase of cases.slice(0, 6)) expect(result.stderr).toContain(testCase.expected);
    expect(result.stderr).toMatch(/✗ \d+ problems found in content\/\./);
  });
});
