/** Creating a new entry file from its template, or the start of a translation: the logic behind `npm run new`. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, isLocale, locales } from '../../i18n/index.ts';
import { collectionNames, collections, type CollectionName } from '../../schemas/index.ts';
import { slugify } from '../slugify.ts';
import { readSource } from '../validation/source-file.ts';
import { contentTypes, templateFor, typeFolder, type ContentType, type TemplateInput } from './templates.ts';
import { translationPath, translationTemplate } from './translation.ts';

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

/**
 * Writes the start of a translation of `<collection>/<slug>` into `language` beside its original, with
 * the original's text fields and body to translate, and returns its path relative to `root`. Refuses a
 * collection or entry that does not exist, a language the site does not have, the original's own
 * language, and a translation that already exists.
 */
export function createTranslation(root: string, target: string, language: string): string {
  const [collection = '', slug = '', ...rest] = target.split('/');
  if (!isCollectionName(collection) || slug === '' || rest.length > 0)
    throw new ScaffoldError(
      `"${target}" is not an entry: write <collection>/<slug>, e.g. solutions/inecc-alliance-with-communities-in-tabasco. Collections: ${collectionNames.join(', ')}.`,
    );
  if (!isLocale(language)) throw new ScaffoldError(`"${language}" is not a language of this site: ${locales.join(', ')}.`);
  const extension = collections[collection].kind;
  const original = [`content/${collection}/${slug}.${extension}`, `content/${collection}/${slug}/index.mdx`].find((candidate) =>
    existsSync(join(root, candidate)),
  );
  if (!original)
    throw new ScaffoldError(`There is no ${collections[collection].label} "${slug}": no content/${collection}/${slug}.${extension}.`);
  const source = readSource(original, readFileSync(join(root, original), 'utf8').replace(/^\uFEFF/, ''));
  const data = (source.data ?? {}) as Record<string, unknown>;
  const written = isLocale(data['lang']) ? data['lang'] : defaultLocale;
  if (written === language)
    throw new ScaffoldError(
      `${original} is written in ${language} already: translate it into ${locales.filter((locale) => locale !== language).join(', ')}.`,
    );
  const relative = translationPath(original, language);
  if (existsSync(join(root, relative))) throw new ScaffoldError(`${relative} already exists: edit it to improve the translation.`);
  writeFileSync(
    join(root, relative),
    translationTemplate(collection, data, original, language, extension === 'mdx' ? source.body : undefined),
    { flag: 'wx' },
  );
  return relative;
}

function isCollectionName(value: string): value is CollectionName {
  return (collectionNames as readonly string[]).includes(value);
}
