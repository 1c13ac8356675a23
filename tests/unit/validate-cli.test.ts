/**
 * `npm run validate`: the validator on copies of the fixture site, each broken in one way, checked
 * for the exact `path:line: field: message` line it reports (in process, so each case takes
 * milliseconds); and the real command end to end, for its output and exit code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportText } from '../../src/lib/validation/report.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { fixtureSite, projectRoot } from '../support/paths.ts';

const workspace = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** The command itself, as a contributor runs it. */
function runValidate(root: string) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'validate.ts'), root], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines the command would print for the content at `root`. */
const reportLines = (root: string) => reportText(validateContent(root)).split('\n');

/** Starting a Node process takes a few hundred milliseconds; a busy machine may take several times that. */
const PROCESS_TIMEOUT = 20_000;

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
const TRANSLATION = 'content/solutions/valley-water-pact.es.mdx';
/** A valid Spanish translation of the fixture's solution, with `extra` lines added to its frontmatter. */
const translation = (extra = '') =>
  `---\ntitle: Pacto del agua del valle\nsummary: Una solución ficticia en la que un consejo y una cooperativa acordaron compartir el agua.\n${extra}---\n\nEl pacto se firmó en la temporada seca.\n`;

const cases: { name: string; changes: Change[]; expected: string }[] = [
  {
    name: 'theme that does not exist, with a suggestion',
    changes: [{ file: SOLUTION, replace: ['  - food-security', '  - food-securty'] }],
    expected: `${SOLUTION}:12: themes[1]: "food-securty" does not match any file in content/themes/. Did you mean "food-security"? The themes are: food-security, water. To propose a new theme, add content/themes/food-securty.yaml (a title and a description) in the same pull request.`,
  },
  {
    name: 'organization that does not exist',
    changes: [{ file: SOLUTION, replace: ['organization: valley-cooperative', 'organization: valley-coop'] }],
    expected: `${SOLUTION}:18: actors[1].organization: "valley-coop" does not match any file in content/organizations/. Did you mean "valley-cooperative"? To add the organization, create content/organizations/valley-coop.yaml in the same pull request.`,
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
    changes: [{ file: BLOCK, replace: [/lessonsLearned:\n {2}- Meet where the water is.\n/, ''] }],
    expected: `${BLOCK}:3: lessonsLearned: is required: a list (one "- item" per line).`,
  },
  {
    name: 'missing scale, with the scales there are',
    changes: [{ file: SOLUTION, replace: ['scale: local\n', ''] }],
    expected: `${SOLUTION}:3: scale: is required. Allowed: local, subnational, national, multinational, regional, global.`,
  },
  {
    name: 'a phase left empty',
    changes: [{ file: SOLUTION, replace: ['phase: implementation', 'phase:'] }],
    expected: `${SOLUTION}:9: phase: has no value. Allowed: planning, inception, implementation, scaling-up, completed.`,
  },
  {
    name: 'missing title',
    changes: [{ file: SOLUTION, replace: ['title: Valley water pact\n', ''] }],
    expected: `${SOLUTION}:3: title: is required: a title of 5 to 140 characters.`,
  },
  {
    name: 'missing publication date',
    changes: [{ file: 'content/news/pact-signed.mdx', replace: ['published: 2024-02-02\n', ''] }],
    expected: 'content/news/pact-signed.mdx:3: published: is required: a date written YYYY-MM-DD.',
  },
  {
    name: 'a date written day first, with one message',
    changes: [{ file: 'content/news/pact-signed.mdx', replace: ['published: 2024-02-02', 'published: 29/11/2026'] }],
    expected: 'content/news/pact-signed.mdx:5: published: must be a date written YYYY-MM-DD (got "29/11/2026").',
  },
  {
    name: 'file name that is not a slug',
    changes: [
      { file: 'content/news/pact-signed.mdx', remove: true },
      { file: 'content/news/Pact_Signed.mdx', write: readFileSync(join(fixtureSite, 'content/news/pact-signed.mdx'), 'utf8') },
    ],
    expected:
      'content/news/Pact_Signed.mdx: (file name): "Pact_Signed" is not a valid slug: use lowercase a-z, 0-9 and single hyphens, e.g. "pact-signed".',
  },
  {
    name: 'file name of digits only, the address of a page of a listing',
    changes: [
      { file: 'content/news/pact-signed.mdx', remove: true },
      { file: 'content/news/2030.mdx', write: readFileSync(join(fixtureSite, 'content/news/pact-signed.mdx'), 'utf8') },
    ],
    expected:
      'content/news/2030.mdx: (file name): "2030" is not a valid slug: a number alone is the address of a page of a listing (/news/2030/); add a word, e.g. "news-item-2030".',
  },
  {
    name: 'duplicate slug',
    changes: [
      { file: 'content/news/pact-signed/index.mdx', write: readFileSync(join(fixtureSite, 'content/news/pact-signed.mdx'), 'utf8') },
    ],
    expected:
      'content/news/pact-signed/index.mdx: (file): has the same slug "pact-signed" as content/news/pact-signed.mdx; slugs must be unique within a collection.',
  },
  {
    name: 'updated before published',
    changes: [{ file: SOLUTION, replace: ['updated: 2024-03-01', 'updated: 2023-03-01'] }],
    expected: `${SOLUTION}:26: updated: must not be before published (2024-02-01) (got "2023-03-01").`,
  },
  {
    name: 'image without alt text',
    changes: [
      {
        file: 'content/news/committee-photo/index.mdx',
        replace: ['  alt: A green placeholder standing in for a photo of the committee\n', ''],
      },
    ],
    expected: 'content/news/committee-photo/index.mdx:9: cover.alt: is required: alt text that says what the image shows.',
  },
  {
    name: 'image that is not there',
    changes: [
      {
        file: SOLUTION,
        replace: ['published: 2024-02-01', 'cover:\n  src: ./cover.jpg\n  alt: A committee meeting\npublished: 2024-02-01'],
      },
    ],
    expected: `${SOLUTION}:26: cover.src: "./cover.jpg" was not found next to this file.`,
  },
  {
    name: 'YAML that does not parse',
    changes: [{ file: 'content/organizations/river-council.yaml', replace: ['acronym: ERC', 'acronym: [ERC'] }],
    expected: 'content/organizations/river-council.yaml:4: (yaml): the YAML does not parse: missed comma between flow collection entries.',
  },
  {
    name: 'a value with ": " in it, without quotes',
    changes: [
      {
        file: 'content/organizations/river-council.yaml',
        replace: ['name: Example River Council', 'name: Example River Council: the valley'],
      },
    ],
    expected:
      'content/organizations/river-council.yaml:2: (yaml): the YAML does not parse: bad indentation of a mapping entry; YAML reads ": " inside a value as the start of a field, so write the value of name in double quotes (name: "…").',
  },
  {
    name: 'misspelled field name',
    changes: [{ file: SOLUTION, replace: ['summary:', 'sumary:'] }],
    expected: `${SOLUTION}:4: sumary: is not a field here, so it would be ignored. Did you mean "summary"?`,
  },
  {
    name: 'a field name like none of the fields, with the fields there are',
    changes: [{ file: SOLUTION, replace: ['scale: local', 'scale: local\na: 1'] }],
    expected: `${SOLUTION}:9: a: is not a field here, so it would be ignored. The fields here are: lang, title, summary, location, scale, phase, themes, sdgs, challenges, beneficiaries, impacts, actors, buildingBlocks, inspiredBy, contributors, published, updated, cover, resources, draft, featured.`,
  },
  {
    name: 'impossible calendar date',
    changes: [{ file: 'content/news/pact-signed.mdx', replace: ['published: 2024-02-02', 'published: 2024-02-31'] }],
    expected: 'content/news/pact-signed.mdx:5: published: is not a real calendar date (got "2024-02-31").',
  },
  {
    name: 'event start without quotes loses its time zone',
    changes: [
      { file: 'content/events/old-webinar.mdx', replace: ['start: "2020-05-01T15:30:00-05:00"', 'start: 2020-05-01T15:30:00-05:00'] },
    ],
    expected:
      'content/events/old-webinar.mdx:5: start: write the date-time in quotes, e.g. "2021-04-20T10:00:00-05:00", so its time zone is kept (got "2020-05-01T20:30:00.000Z").',
  },
  {
    name: 'story inspired by a solution that does not exist',
    changes: [
      { file: 'content/stories/how-we-copied-the-committee.mdx', replace: ['solutions/valley-water-pact', 'solutions/valley-pact'] },
    ],
    expected:
      'content/stories/how-we-copied-the-committee.mdx:8: inspiredBy[0]: "valley-pact" does not match any file in content/solutions/.',
  },
  {
    name: 'a file the build would not pick up',
    changes: [{ file: 'content/solutions/notes.md', write: '# Notes\n' }],
    expected:
      'content/solutions/notes.md: (file): would not be built: files in content/solutions/ are <slug>.mdx or <slug>/index.mdx (images may sit beside index.mdx), or a translation, <slug>.<language>.mdx.',
  },
  {
    name: 'a folder that is not a collection',
    changes: [{ file: 'content/partners/someone.yaml', write: 'name: Someone\n' }],
    expected:
      'content/partners/someone.yaml: (file): is not in a collection folder, so it would not be built. Collections: content/solutions/, content/building-blocks/, content/organizations/, content/themes/, content/stories/, content/events/, content/news/.',
  },
  {
    name: 'a published solution inspired by a draft',
    changes: [{ file: 'content/solutions/upstream-water-pact.mdx', replace: ['  - valley-water-pact', '  - unfinished-draft'] }],
    expected:
      'content/solutions/upstream-water-pact.mdx:17: inspiredBy[0]: "unfinished-draft" is a draft, which is not published; link to it once it is published.',
  },
  {
    name: 'an MDX file without frontmatter',
    changes: [{ file: 'content/news/pact-signed.mdx', write: 'Just text.\n' }],
    expected:
      'content/news/pact-signed.mdx:1: (yaml): has no frontmatter: the file must start with a line "---", the fields, and another "---".',
  },
  {
    name: 'a "<" that starts no tag, in plain words with the parser\'s message after',
    changes: [
      {
        file: SOLUTION,
        replace: [
          'The pact was signed in the dry season.',
          'The pact was signed in the dry season.\n\nWater losses fell to <5% of supply.',
        ],
      },
    ],
    expected: `${SOLUTION}:31:22: (body): a "<" here starts no tag: write "less than" in words, or \\< to show the character.\n    The MDX parser said: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`) (mdx-jsx:unexpected-character)`,
  },
  {
    name: 'an HTML comment',
    changes: [
      {
        file: SOLUTION,
        replace: ['The pact was signed in the dry season.', 'The pact was signed in the dry season.\n\n<!-- editor note -->'],
      },
    ],
    expected: `${SOLUTION}:31:1: (body): an HTML comment (<!-- … -->) is not allowed in MDX: remove it; for a note to readers, use <Callout tone="note">…</Callout>.\n    The MDX parser said: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`) (mdx-jsx:unexpected-character)`,
  },
  {
    name: 'braces around words',
    changes: [{ file: SOLUTION, replace: ['The pact was signed in the dry season.', 'The budget {approx.} was small.'] }],
    expected: `${SOLUTION}:29:20: (body): braces { } hold code in MDX: write \\{ and \\} to show them as text.\n    The MDX parser said: Could not parse expression with oxc: Unexpected token (mdx-jsx:unexpected-character)`,
  },
  {
    name: 'a tag never closed, named with where it opened',
    changes: [{ file: SOLUTION, replace: ['The pact was signed in the dry season.', 'The pact was <b>signed in the dry season.'] }],
    expected: `${SOLUTION}:29:14: (body): <b> opened at line 29, column 14 is never closed: end it with </b>, or write \\< if "<" was meant as text.\n    The MDX parser said: Expected a closing tag for \`<b>\` (2:14) before the end of \`paragraph\` (mdx-jsx:unexpected-character)`,
  },
  {
    name: 'a YAML anchor and alias',
    changes: [
      {
        file: BLOCK,
        replace: [
          'enablingFactors:\n  - A council willing to share decisions.',
          'enablingFactors: &factors\n  - A council willing to share decisions.\nlessons: *factors',
        ],
      },
    ],
    expected: `${BLOCK}:7: (yaml): uses an anchor (&factors), which contributed files do not allow: write each value out in full where it is used.`,
  },
  {
    name: 'a YAML merge key',
    changes: [{ file: 'content/organizations/river-council.yaml', replace: ['acronym: ERC', '<<: { acronym: ERC }'] }],
    expected:
      'content/organizations/river-council.yaml:3: (yaml): uses a merge key (<<), which contributed files do not allow: write each value out in full where it is used.',
  },
  {
    name: 'a solution that names itself as its inspiration',
    changes: [{ file: 'content/solutions/upstream-water-pact.mdx', replace: ['  - valley-water-pact', '  - upstream-water-pact'] }],
    expected: 'content/solutions/upstream-water-pact.mdx:17: inspiredBy[0]: refers to this entry itself.',
  },
  // Translations (CONTENT-MODEL.md, "Languages"): each refusal the contract lists, in the same style.
  {
    name: 'a translation in a language the site does not have',
    changes: [{ file: TRANSLATION.replace('.es.', '.fr.'), write: translation() }],
    expected: `${TRANSLATION.replace('.es.', '.fr.')}: (file name): "fr" is not a language of this site; its languages are en, es.`,
  },
  {
    name: 'a translation without an original',
    changes: [{ file: 'content/solutions/lost-pact.es.mdx', write: translation() }],
    expected:
      'content/solutions/lost-pact.es.mdx: (file name): is a translation of "lost-pact", but content/solutions/ has no lost-pact.mdx to translate.',
  },
  {
    name: "a translation in its original's own language",
    changes: [{ file: TRANSLATION.replace('.es.', '.en.'), write: translation() }],
    expected: `${TRANSLATION.replace('.es.', '.en.')}: (file name): is in English, the language its original, ${SOLUTION}, is written in: a translation is in another language.`,
  },
  {
    name: 'a second translation of an entry into the same language',
    changes: [
      { file: TRANSLATION, write: translation() },
      { file: 'content/solutions/valley-water-pact/index.es.mdx', write: translation() },
    ],
    expected: `content/solutions/valley-water-pact/index.es.mdx: (file): translates the same entry into the same language as ${TRANSLATION}.`,
  },
  {
    name: 'a translation that sets a field shared by every language',
    changes: [{ file: TRANSLATION, write: translation('scale: national\n') }],
    expected: `${TRANSLATION}:4: scale: is shared by every language: write it once, in the original, ${SOLUTION}; a translation holds only text.`,
  },
  {
    name: 'a theme group outside the vocabulary',
    changes: [{ file: 'content/themes/water.yaml', write: 'title: Water\ndescription: A fictional theme for tests.\ngroup: sectors\n' }],
    expected: 'content/themes/water.yaml:3: group: "sectors" is not allowed. Allowed: sector, approach. Did you mean "sector"?',
  },
  {
    name: "a theme's translation that sets its group",
    changes: [{ file: 'content/themes/water.es.yaml', write: 'title: Agua\ndescription: Un tema ficticio de prueba.\ngroup: sector\n' }],
    expected:
      'content/themes/water.es.yaml:3: group: is shared by every language: write it once, in the original, content/themes/water.yaml; a translation holds only text.',
  },
  {
    name: 'a translated list with fewer items than the original',
    changes: [
      {
        file: 'content/building-blocks/shared-water-committee.es.mdx',
        write:
          '---\ntitle: Comité compartido del agua\nsummary: Un bloque ficticio en el que un consejo y una cooperativa comparten un comité.\nenablingFactors:\n  - Uno.\n  - Dos.\n---\n\nEl comité se reúne.\n',
      },
    ],
    expected: `content/building-blocks/shared-water-committee.es.mdx:4: enablingFactors: has 2 items where the original, ${BLOCK}, has 1: translate each item, in the same order.`,
  },
  {
    name: 'a translated contribution of an organization that is not an actor of the original',
    changes: [{ file: TRANSLATION, write: translation('actors:\n  - organization: someone-else\n    contribution: Convocó al comité.\n') }],
    expected: `${TRANSLATION}:5: actors[0].organization: "someone-else" is not an actor of the original, ${SOLUTION}; its actors are river-council, valley-cooperative.`,
  },
  {
    name: 'a translation without a title',
    changes: [{ file: TRANSLATION, write: translation().replace('title: Pacto del agua del valle\n', '') }],
    expected: `${TRANSLATION}:2: title: is required: a title of 5 to 140 characters.`,
  },
  {
    name: 'a translation that still holds its placeholder',
    changes: [
      { file: TRANSLATION, write: translation().replace('title: Pacto del agua del valle', 'title: "TODO translate: Valley water pact"') },
    ],
    expected: `${TRANSLATION}:2: title: is still a placeholder ("TODO translate: Valley water pact"): replace it.`,
  },
  {
    name: 'a translation with a script in its text',
    changes: [{ file: TRANSLATION, write: `${translation()}\n<script>alert(1)</script>\n` }],
    expected: `${TRANSLATION}:8: (body): <script> is not allowed: it runs code. Contributed files cannot run code or embed other pages.`,
  },
];

describe('npm run validate', () => {
  it(
    'passes the fixture site with a one-line summary of counts, and exits 0',
    () => {
      const result = runValidate(fixtureSite);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(
        /^✓ Content is valid: 3 solutions, 1 building block, 2 organizations, 2 themes, 1 story, 2 events, 2 news items\. \(\d+ ms\)\n$/,
      );
    },
    PROCESS_TIMEOUT,
  );

  it(
    'lists the problems on standard error and exits 1',
    () => {
      const root = brokenSite('command', cases[0]!.changes);
      const result = runValidate(root);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`${cases[0]!.expected}\n✗ 1 problem found in content/. Fix it and run npm run validate again.\n`);
    },
    PROCESS_TIMEOUT,
  );

  it('passes the real content', () => {
    expect(validateContent(projectRoot).problems).toEqual([]);
  });

  for (const testCase of cases) {
    it(`rejects ${testCase.name}`, () => {
      const root = brokenSite(testCase.name.replace(/\W+/g, '-'), testCase.changes);
      const report = reportText(validateContent(root));
      expect(report).toContain(`${testCase.expected}\n`);
      // One mistake, one problem (a problem's own further lines are indented).
      expect(
        report.split('\n').filter((line) => line.startsWith('content/')),
        report,
      ).toHaveLength(1);
    });
  }

  it('refuses, in well under a second, aliases nested nine deep that would take minutes to expand', () => {
    const levels = 'abcdefghij';
    const aliases = [`a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
    for (let level = 1; level < levels.length; level++) {
      aliases.push(`${levels[level]}: &${levels[level]} [${Array.from({ length: 9 }, () => `*${levels[level - 1]}`).join(', ')}]`);
    }
    const root = brokenSite('billion-laughs', [{ file: SOLUTION, replace: ['scale: local', `scale: local\n${aliases.join('\n')}`] }]);
    expect(reportLines(root)).toContain(
      `${SOLUTION}:9: (yaml): uses an anchor (&a), which contributed files do not allow: write each value out in full where it is used.`,
    );
  }, 10_000);

  it('refuses a file over the size limit without reading it as YAML or MDX', () => {
    const root = brokenSite('huge-file', []);
    writeFileSync(
      join(root, SOLUTION),
      `${readFileSync(join(root, SOLUTION), 'utf8')}\n${'A long line of a report pasted whole. '.repeat(140_000)}\n`,
    );
    expect(reportLines(root)).toContain(
      `${SOLUTION}: (file): is 5.1 MB; a content file may hold at most 512 kB of text (images go in files of their own beside it).`,
    );
  }, 10_000);

  it('accepts files as editors save them: Windows line endings, a byte-order mark, tabs after a colon, no final newline, any script and emoji', () => {
    const root = brokenSite('real-world', []);
    const solution = readFileSync(join(root, SOLUTION), 'utf8');
    writeFileSync(
      join(root, SOLUTION),
      `\uFEFF${solution.replace('title: Valley water pact', 'title: اتفاق مياه الوادي 💧').replace('scale: local', 'scale:\tlocal').trimEnd().replace(/\n/g, '\r\n')}`,
    );
    expect(reportLines(root)).toEqual([
      '✓ Content is valid: 3 solutions, 1 building block, 2 organizations, 2 themes, 1 story, 2 events, 2 news items.',
    ]);
  });

  it('reports every problem of a run, not just the first', () => {
    const chosen = cases.filter((testCase) =>
      /^(theme|organization|building block) that does not exist|^missing publication date$|^a phase left empty$/.test(testCase.name),
    );
    expect(chosen).toHaveLength(5);
    const root = brokenSite(
      'many-problems',
      chosen.flatMap((testCase) => testCase.changes),
    );
    const lines = reportLines(root);
    for (const testCase of chosen) expect(lines).toContain(testCase.expected);
    expect(lines.at(-1)).toMatch(/^✗ \d+ problems found in content\/\./);
  });
});
