/**
 * The content files the change being tested adds or edits, from git: what a pull request's CI and a
 * contributor's own `npm test` should always check (see `audit-selection.ts`).
 */
import { spawnSync } from 'node:child_process';

/** Runs git in `root`; its output's lines, or undefined when git fails (no git, not a repository, no such revision). */
function git(root: string, ...args: string[]): string[] | undefined {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) return undefined;
  return run.stdout.split('\n').filter(Boolean);
}

/**
 * The revision the change started from:
 * - a merge commit (what GitHub's CI checks out for a pull request: the pull request merged into its
 *   base) started from its first parent;
 * - a branch started where it left `origin/main` (a contributor's branch, on their machine);
 * - main itself has no committed change of its own: only what is not committed yet counts.
 */
function changeBase(root: string): string | undefined {
  const parents = git(root, 'rev-list', '--parents', '-n', '1', 'HEAD')?.[0]?.split(' ') ?? [];
  if (parents.length > 2) return parents[1];
  return git(root, 'merge-base', 'HEAD', 'origin/main')?.[0];
}

/**
 * Repository paths under `content/` that the change adds or edits: committed since the change's base
 * (`changeBase`), and not committed yet (edited, added, untracked). Empty where git cannot tell (no
 * repository, a clone without history): the audit then keeps to its kinds and spread.
 */
export function changedContentFiles(root: string): string[] {
  const files = new Set<string>();
  const base = changeBase(root);
  if (base) for (const file of git(root, 'diff', '--name-only', '--diff-filter=d', base, 'HEAD', '--', 'content') ?? []) files.add(file);
  for (const line of git(root, 'status', '--porcelain', '--untracked-files=all', '--', 'content') ?? []) {
    // "XY path" or "XY from -> to"; a deleted file has no page to audit.
    if (line.slice(0, 2).includes('D')) continue;
    files.add(line.slice(3).split(' -> ').at(-1)!.replace(/^"|"$/g, ''));
  }
  return [...files];
}
