/** `npm run new`: the created file, its refusal to overwrite, and that it validates once filled in. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEntry, createTranslation, ScaffoldError } from '../../src/lib/scaffold/create.ts';
import { contentTypes, type ContentType } from '../../src/lib/scaffold/templates.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { fixtureSite, projectRoot } from '../support/paths.ts';

const workspace = mkdtempSync(join(tmpdir(), 'atlas-scaffold-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function freshSite(name: string): string {
  const root = join(workspace, name);
  cpSync(fixtureSite, root, { recursive: true });
  return root;
}

/** What a contributor writes in place of each placeholder, per type. */
const fillIns: Record<ContentType, [RegExp, string][]> = {
  solution: [
    [/summary: "TODO[^"]*"/, 'summary: "A new solution in which a council and a cooperative share one committee for water."'],
    [/place: "TODO[^"]*"/, 'place: "Example Valley"'],
    [/country: TODO[^#\n]*/, 'country: KE '],
    [/scale: TODO.*/, 'scale: local'],
    [/phase: TODO.*/, 'phase: implementation'],
    [/ {2}- TODO theme id/, '  - water'],
    [/ {2}- "TODO: a challenge[^"]*"/, '  - "Dry seasons."'],
    [/ {2}- "TODO: who benefits"/, '  - "Farmers."'],
    [/ {2}- "TODO: a result[^"]*"/, '  - "Two villages share water."'],
    [/organization: TODO-organization-slug.*/, 'organization: river-council'],
    [/role: TODO role/, 'role: lead'],
    [/contribution: "TODO[^"]*"/, 'contribution: "Convened the committee."'],
    [/ {2}- TODO-building-block-slug/, '  - shared-water-committee'],
    [/^TODO: tell the story.*$/m, 'The committee met every month.'],
  ],
  'building-block': [
    [/summary: "TODO[^"]*"/, 'summary: "A new building block about monthly meetings by the river."'],
    [/ {2}- TODO theme id/, '  - water'],
    [/ {2}- "TODO: a condition[^"]*"/, '  - "Trust."'],
    [/ {2}- "TODO: something[^"]*"/, '  - "Meet by the river."'],
    [/organization: TODO-organization-slug.*/, 'organization: river-council'],
    [/role: TODO role/, 'role: lead'],
    [/contribution: "TODO[^"]*"/, 'contribution: "Hosted the meetings."'],
    [/^TODO: describe.*$/m, 'Meetings happen by the river.'],
  ],
  story: [
    [/summary: "TODO[^"]*"/, 'summary: "How a village copied the shared committee after a visit."'],
    [/author: "TODO[^"]*"/, 'author: "Example Author"'],
    [/ {2}- TODO solutions\/slug-of-the-solution/, '  - solutions/valley-water-pact'],
    [/^TODO: tell us how[\s\S]*?happened\?\n/m, 'We visited and copied it.\n'],
  ],
  event: [
    [/summary: "TODO[^"]*"/, 'summary: "A workshop on running shared water committees."'],
    [/start: "TODO[^"]*"/, 'start: "2030-03-15T10:00:00-06:00"'],
    [/format: TODO.*/, 'format: workshop'],
    [/platform: "TODO[^"]*"/, 'platform: "Example Meet"'],
    [/^TODO: what the event.*$/m, 'Bring your questions.'],
  ],
  news: [
    [/summary: "TODO[^"]*"/, 'summary: "The committee met for the hundredth time this week."'],
    [/^TODO: the news story\.$/m, 'It met.'],
  ],
  organization: [
    [/sector: TODO.*/, 'sector: civil-society'],
    [/level: TODO.*/, 'level: local'],
    [/country: TODO.*/, 'country: KE'],
    [/description: "TODO[^"]*"/, 'description: "A new organization."'],
  ],
};

describe('npm run new', () => {
  for (const type of contentTypes) {
    it(`creates a ${type} that fails validation until its placeholders are filled`, () => {
      const root = freshSite(type);
      const path = createEntry(root, type, 'Educación ambiental compartida', { today: '2025-01-15' });
      const folder = {
        solution: 'solutions',
        'building-block': 'building-blocks',
        story: 'stories',
        event: 'events',
        news: 'news',
        organization: 'organizations',
      }[type];
      expect(path).toBe(`content/${folder}/educacion-ambiental-compartida.${type === 'organization' ? 'yaml' : 'mdx'}`);
      const file = join(root, path);
      const created = readFileSync(file, 'utf8');
      expect(created).toContain(
        type === 'organization' ? 'name: "Educación ambiental compartida"' : 'title: "Educación ambiental compartida"',
      );
      if (type !== 'organization' && type !== 'event') expect(created).toContain('published: 2025-01-15');

      const before = validateContent(root).problems.map(formatProblem);
      expect(before.length).toBeGreaterThan(0);
      for (const line of before) expect(line).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}:\\d+: `));
      expect(before.some((line) => line.includes('is still a placeholder'))).toBe(true);

      let filled = created;
      for (const [pattern, replacement] of fillIns[type]) {
        const next = filled.replace(pattern, replacement);
        if (next === filled) throw new Error(`Test setup: ${pattern} not found in the ${type} template`);
        filled = next;
      }
      writeFileSync(file, filled);
      expect(validateContent(root).problems.map(formatProblem)).toEqual([]);
    });
  }

  it('refuses to overwrite an existing entry, also one written as <slug>/index.mdx', () => {
    const root = freshSite('overwrite');
    expect(() => createEntry(root, 'solution', 'Valley water pact')).toThrow(
      new ScaffoldError('content/solutions/valley-water-pact.mdx already exists; choose another title, or edit that file.'),
    );
    expect(readFileSync(join(root, 'content/solutions/valley-water-pact.mdx'), 'utf8')).toContain('A fictional solution');
  });

  it('refuses unknown types and titles that make no slug', () => {
    const root = freshSite('refusals');
    expect(() => createEntry(root, 'recipe', 'A new recipe')).toThrow(
      'Unknown type "recipe". Types: solution, building-block, organization, story, event, news.',
    );
    expect(() => createEntry(root, 'solution', '¡¿!?')).toThrow(/is too short/);
  });

  it('runs from the command line, and answers questions in the terminal', () => {
    const root = freshSite('cli');
    const script = join(projectRoot, 'scripts/new.ts');
    const direct = spawnSync(process.execPath, [script, 'news', 'Committee meets again'], {
      env: { ...process.env, ATLAS_CONTENT_ROOT: root },
      encoding: 'utf8',
    });
    expect(direct.status, direct.stderr).toBe(0);
    expect(direct.stdout).toContain('Created content/news/committee-meets-again.mdx');

    const asked = spawnSync(process.execPath, [script, '--interactive'], {
      env: { ...process.env, ATLAS_CONTENT_ROOT: root },
      input: ['organization', 'Example Water Network', '2', 'subnational', 'ke', ''].join('\n'),
      encoding: 'utf8',
    });
    expect(asked.status, asked.stderr).toBe(0);
    const organization = readFileSync(join(root, 'content/organizations/example-water-network.yaml'), 'utf8');
    expect(organization).toContain('sector: civil-society');
    expect(organization).toContain('level: subnational');
    expect(organization).toContain('country: KE');

    const again = spawnSync(process.execPath, [script, 'news', 'Committee meets again'], {
      env: { ...process.env, ATLAS_CONTENT_ROOT: root },
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/news/committee-meets-again.mdx already exists');
  });

  it('starts a translation beside its original, with its text to translate, that validates once translated', () => {
    const root = freshSite('translation');
    const path = createTranslation(root, 'solutions/valley-water-pact', 'es');
    expect(path).toBe('content/solutions/valley-water-pact.es.mdx');
    const written = readFileSync(join(root, path), 'utf8');
    expect(written).toContain('# Translation into Spanish of content/solutions/valley-water-pact.mdx.');
    expect(written).toContain('title: "TODO translate: Valley water pact"');
    expect(written).toContain('    contribution: "TODO translate: Convened the committee."');
    // Only the text: no shared field is copied.
    expect(written).not.toMatch(/^(scale|location|themes|published):/m);
    expect(written).toContain('TODO translate the text below, then delete this line.\n\nThe pact was signed in the dry season.');
    const before = validateContent(root).problems.map(formatProblem);
    expect(before).toContain(`${path}:6: title: is still a placeholder ("TODO translate: Valley water pact"): replace it.`);

    const translated = written
      .replace(/title: "TODO[^"]*"/, 'title: Pacto del agua del valle')
      .replace(
        /summary: "TODO[^"]*"/,
        'summary: "Una solución ficticia en la que un consejo y una cooperativa acordaron compartir el agua."',
      )
      .replace(/contribution: "TODO[^"]*"/, 'contribution: Convocó al comité.')
      .replace(/translator: TODO.*/, 'translator: Ana Ejemplo')
      .replace(
        /TODO translate the text below, then delete this line\.\n\nThe pact was signed in the dry season\./,
        'El pacto se firmó en la temporada seca.',
      );
    writeFileSync(join(root, path), translated);
    expect(validateContent(root).problems.map(formatProblem)).toEqual([]);
    expect(validateContent(root).translations).toBe(1);
  });

  it('starts the translation of an organization or a theme as YAML, with no body', () => {
    const root = freshSite('translation-yaml');
    const path = createTranslation(root, 'themes/water', 'es');
    expect(path).toBe('content/themes/water.es.yaml');
    const written = readFileSync(join(root, path), 'utf8');
    expect(written).toContain('title: "TODO translate: Water stewardship"');
    expect(written).not.toContain('---');
  });

  it('refuses to start a translation of nothing, into a language the site lacks or the original is in, or over another', () => {
    const root = freshSite('translation-refusals');
    expect(() => createTranslation(root, 'solutions/no-such-pact', 'es')).toThrow(
      new ScaffoldError('There is no solution "no-such-pact": no content/solutions/no-such-pact.mdx.'),
    );
    expect(() => createTranslation(root, 'recipes/valley-water-pact', 'es')).toThrow(
      /^"recipes\/valley-water-pact" is not an entry: write <collection>\/<slug>/,
    );
    expect(() => createTranslation(root, 'solutions/valley-water-pact', 'fr')).toThrow(
      new ScaffoldError('"fr" is not a language of this site: en, es.'),
    );
    expect(() => createTranslation(root, 'solutions/valley-water-pact', 'en')).toThrow(
      new ScaffoldError('content/solutions/valley-water-pact.mdx is written in en already: translate it into es.'),
    );
    createTranslation(root, 'solutions/valley-water-pact', 'es');
    expect(() => createTranslation(root, 'solutions/valley-water-pact', 'es')).toThrow(
      new ScaffoldError('content/solutions/valley-water-pact.es.mdx already exists: edit it to improve the translation.'),
    );
  });

  it('starts a translation from the command line', () => {
    const root = freshSite('translation-cli');
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/new.ts'), 'translation', 'building-blocks/shared-water-committee', 'es'],
      {
        env: { ...process.env, ATLAS_CONTENT_ROOT: root },
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Created content/building-blocks/shared-water-committee.es.mdx');
    const wrong = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/new.ts'), 'translation', 'building-blocks/shared-water-committee'],
      {
        env: { ...process.env, ATLAS_CONTENT_ROOT: root },
        encoding: 'utf8',
      },
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('Write the entry and the language, e.g. npm run new -- translation solutions/<slug> es');
  });
});
