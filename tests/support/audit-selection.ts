/**
 * Which pages of the real site the accessibility audit visits. Each audit costs about half a second
 * of a browser's time, and the real site grows with every contribution: audited whole, some tens of
 * new solutions would take `npm test` past its 10 minutes (docs/performance.md, "The test suite's
 * time"). So the audit visits every page while the site is small, and beyond a limit:
 *
 * - one page of each kind in each language (every template, in both languages' words),
 * - every page of the entries the change being tested adds or edits (`changedEntryPages`), so that a
 *   contribution's own pages are always audited in its pull request,
 * - and pages spread evenly over the rest, up to the limit.
 *
 * What the audit checks that content can break (an entry's headings, links, images, tables) lives in
 * the entries' pages, which are audited when they change; the templates are audited on every run.
 */
import { splitPath } from './site-pages.ts';

/** The language and shape of a page's path: `es:themes/*`, `en:themes/*\/*`, `en:solutions/N` (a listing's page N). */
export function pageKind(path: string): string {
  const { language, parts } = splitPath(path);
  if (parts.length === 0) return `${language}:home`;
  const shape = parts.map((part, index) => (index === 0 ? part : /^\d+$/.test(part) ? 'N' : '*'));
  return `${language}:${shape.join('/')}`;
}

/**
 * The pages, among `paths`, of the entries whose files (repository paths, `content/solutions/x.es.mdx`)
 * are in `files`: an entry's page in every language, whichever of its files changed. An entry's page
 * has its folder's and file's name (`content/<folder>/<slug>…` is `/<folder>/<slug>/`); a file with no
 * such page (a folder without pages, an image) is left out.
 */
export function changedEntryPages(paths: readonly string[], files: readonly string[]): Set<string> {
  const wanted = new Set<string>();
  for (const file of files) {
    const match = /^content\/([^/]+)\/([^/.]+)/.exec(file);
    if (match) wanted.add(`/${match[1]}/${match[2]}/`);
  }
  return new Set(paths.filter((path) => wanted.has(`/${splitPath(path).parts.join('/')}/`)));
}

/**
 * The pages to audit, in the order of `paths`: all of them while there are at most `limit`; beyond,
 * one of each kind, the `changed` ones, and an even spread of the rest up to `limit` (the kinds and the
 * changed pages are audited even when they alone pass the limit).
 */
export function pagesToAudit(paths: readonly string[], changed: ReadonlySet<string>, limit: number): string[] {
  if (paths.length <= limit) return [...paths];
  const chosen = new Set<string>();
  const kinds = new Set<string>();
  for (const path of paths) {
    const kind = pageKind(path);
    if (!kinds.has(kind)) {
      kinds.add(kind);
      chosen.add(path);
    }
  }
  for (const path of paths) if (changed.has(path)) chosen.add(path);
  const rest = paths.filter((path) => !chosen.has(path));
  const room = Math.max(0, limit - chosen.size);
  for (let index = 0; index < room; index++) chosen.add(rest[Math.floor((index * rest.length) / room)]!);
  return paths.filter((path) => chosen.has(path));
}
