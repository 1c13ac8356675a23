/** Creating a new entry file from its template: the logic behind `npm run new`. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../slugify.ts';
import { contentTypes, templateFor, typeFolder, type ContentType, type TemplateInput } from './templates.ts';

export class ScaffoldError extends Error {}

/** The theme ids available under `<root>/content/themes/`. */
export function themeIds(root: string): string[] {
  const folder = join(root, 'content', 'themes');
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => name.slice(0, -5))
        .sort()
    : [];
}

export function isContentType(value: string): value is ContentType {
  return (contentTypes as readonly string[]).includes(value);
}

/**
 * Writes the new file and returns its path relative to `root`. Refuses an unknown type, a title that
 * makes no slug, and an entry that already exists (as `<slug>.mdx` or `<slug>/index.mdx`).
 */
export function createEntry(
  root: string,
  type: string,
  title: string,
  options: Pick<TemplateInput, 'choices'> & { today?: string } = {},
): string {
  if (!isContentType(type)) throw new ScaffoldError(`Unknown type "${type}". Types: ${contentTypes.join(', ')}.`);
  const trimmed = title.trim();
  const slug = slugify(trimmed);
  if (trimmed.length < 5 || slug === '')
    throw new ScaffoldError(`The title "${title}" is too short: write at least 5 characters, e.g. "Community water committees in Oaxaca".`);
  const { folder, extension } = typeFolder(type);
  const relative = `content/${folder}/${slug}${extension}`;
  const taken = [relative, `content/${folder}/${slug}/index.mdx`].find((candidate) => existsSync(join(root, candidate)));
  if (taken) throw new ScaffoldError(`${taken} already exists; choose another title, or edit that file.`);
  mkdirSync(join(root, 'content', folder), { recursive: true });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  writeFileSync(
    join(root, relative),
    templateFor(type, { title: trimmed, today, themeIds: themeIds(root), ...(options.choices ? { choices: options.choices } : {}) }),
    { flag: 'wx' },
  );
  return relative;
}
