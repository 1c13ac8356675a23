import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedEntryPages, pageKind, pagesToAudit } from '../support/audit-selection.ts';
import { changedContentFiles } from '../support/changed-content.ts';

/** A site's paths: listings and entries in both languages, `solutions` entries first. */
function site(solutions: number): string[] {
  const english = [
    '/',
    '/solutions/',
    '/solutions/2/',
    ...Array.from({ length: solutions }, (_, index) => `/solutions/solution-${index}/`),
    '/themes/',
    '/themes/water/',
    '/themes/water/local/',
    '/themes/water/2/',
    '/organizations/ngo/',
    '/404.html',
  ];
  return [...english, ...english.map((path) => (path === '/' ? '/es/' : `/es${path}`))];
}

describe('pageKind', () => {
  it('names the language and the shape of the path', () => {
    expect(['/', '/es/', '/solutions/', '/solutions/a/', '/es/themes/water/local/', '/themes/water/2/', '/404.html'].map(pageKind)).toEqual(
      ['en:home', 'es:home', 'en:solutions', 'en:solutions/*', 'es:themes/*/*', 'en:themes/*/N', 'en:404.html'],
    );
  });
});

describe('changedEntryPages', () => {
  const paths = site(3);

  it('gives an entry page in every language, whichever of its files changed', () => {
    expect([...changedEntryPages(paths, ['content/solutions/solution-1.es.mdx'])].sort()).toEqual([
      '/es/solutions/solution-1/',
      '/solutions/solution-1/',
    ]);
    expect([...changedEntryPages(paths, ['content/solutions/solution-2/index.mdx', 'content/organizations/ngo.yaml'])].sort()).toEqual([
      '/es/organizations/ngo/',
      '/es/solutions/solution-2/',
      '/organizations/ngo/',
      '/solutions/solution-2/',
    ]);
    expect([...changedEntryPages(paths, ['content/themes/water.yaml'])].sort()).toEqual(['/es/themes/water/', '/themes/water/']);
  });

  it('leaves out files that are no entry of a page: other folders, pictures, entries without a page', () => {
    expect(
      changedEntryPages(paths, ['README.md', 'content/translations/x.yaml', 'src/pages/index.astro', 'content/solutions/solution-9.mdx'])
        .size,
    ).toBe(0);
  });
});

describe('pagesToAudit', () => {
  it('is every page, in order, while the site has at most the limit', () => {
    const paths = site(10);
    expect(pagesToAudit(paths, new Set(), paths.length)).toEqual(paths);
  });

  it('beyond the limit: every kind in each language, the changed pages, a spread of the rest, no more than the limit', () => {
    const paths = site(500);
    const changed = new Set(['/solutions/solution-499/', '/es/solutions/solution-499/']);
    const chosen = pagesToAudit(paths, changed, 60);
    expect(chosen).toHaveLength(60);
    expect(new Set(chosen).size).toBe(60);
    expect(new Set(chosen.map(pageKind))).toEqual(new Set(paths.map(pageKind)));
    for (const path of changed) expect(chosen).toContain(path);
    // In the order of the sitemap, and spread over the solutions rather than their first sixty.
    expect(chosen).toEqual(paths.filter((path) => chosen.includes(path)));
    const numbers = chosen.flatMap((path) => /^\/solutions\/solution-(\d+)\/$/.exec(path)?.[1] ?? []).map(Number);
    expect(Math.max(...numbers.filter((number) => number !== 499))).toBeGreaterThan(400);
    expect(pagesToAudit(paths, changed, 60)).toEqual(chosen);
  });

  it('audits every kind and every changed page even when they alone pass the limit', () => {
    const paths = site(50);
    const changed = new Set(paths.filter((path) => path.includes('solution-')));
    const chosen = pagesToAudit(paths, changed, 10);
    for (const path of changed) expect(chosen).toContain(path);
    expect(new Set(chosen.map(pageKind))).toEqual(new Set(paths.map(pageKind)));
  });
});

describe('changedContentFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-changed-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  };
  const write = (file: string, text = file) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  it('lists what a branch commits since it left origin/main and what is not committed yet, not what was deleted', () => {
    git('init', '-q', '-b', 'main');
    write('content/solutions/old.mdx');
    write('content/news/gone.mdx');
    git('add', '.');
    git('commit', '-q', '-m', 'main');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(changedContentFiles(root)).toEqual([]);

    git('checkout', '-q', '-b', 'contribution');
    write('content/solutions/new.mdx');
    write('src/page.astro');
    git('add', '.');
    git('commit', '-q', '-m', 'a new solution');
    write('content/solutions/old.mdx', 'edited');
    write('content/stories/draft.mdx');
    unlinkSync(join(root, 'content/news/gone.mdx'));
    expect(changedContentFiles(root).sort()).toEqual([
      'content/solutions/new.mdx',
      'content/solutions/old.mdx',
      'content/stories/draft.mdx',
    ]);
  });

  it('lists what a pull request brings when CI checks out its merge into main', () => {
    git('add', '-A');
    git('commit', '-q', '-m', 'more');
    git('checkout', '-q', 'main');
    write('content/events/on-main.mdx');
    git('add', '.');
    git('commit', '-q', '-m', 'main moves on');
    git('merge', '-q', '--no-ff', '--no-edit', 'contribution');
    git('update-ref', '-d', 'refs/remotes/origin/main');
    expect(changedContentFiles(root).sort()).toEqual([
      'content/solutions/new.mdx',
      'content/solutions/old.mdx',
      'content/stories/draft.mdx',
    ]);
  });

  it('is empty outside a repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'atlas-no-git-'));
    try {
      expect(changedContentFiles(outside)).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
