/**
 * Links from the site into the repository's web editor, so a practitioner can contribute without
 * installing anything: "Suggest an edit" opens the entry's file, "Share your inspiration story" opens
 * a new story file pre-filled with the template.
 */
import { relative, resolve, sep } from 'node:path';
import { contentRoot } from '../content-root.ts';
import { site } from '../site.config.ts';
import { templateFor } from './scaffold/templates.ts';
import { translationPath, translationTemplate } from './scaffold/translation.ts';
import { fill, strings, type Locale } from '../i18n/index.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import { slugify } from './slugify.ts';

/** The web editor for a file of the repository (path relative to the project root). */
export function editUrl(filePath: string): string {
  return `${site.repository}/edit/${site.branch}/${filePath.replace(/^\.\//, '')}`;
}

/**
 * The web editor for an entry's file, given as the content layer gives it (relative to the project);
 * in the repository it lies under content/, wherever the content root the build read is.
 */
export function editEntryUrl(entryFile: string): string {
  return editUrl(repositoryPath(entryFile));
}

/** An entry's file as the repository holds it, under content/ (see `editEntryUrl`). */
function repositoryPath(entryFile: string): string {
  return relative(contentRoot(), resolve(entryFile)).split(sep).join('/');
}

/**
 * The web editor's new-file page for the translation of an entry into `locale`: its name beside the
 * original, and its text fields to translate (the body stays a pointer to the original, which keeps the
 * link short).
 */
export function newTranslationUrl(
  collection: CollectionName,
  entry: { id: string; data: object; filePath?: string | undefined },
  locale: Locale,
): string {
  const original = entry.filePath ? repositoryPath(entry.filePath) : `content/${collection}/${entry.id}.${collections[collection].kind}`;
  const query = new URLSearchParams({
    filename: translationPath(original, locale),
    value: translationTemplate(collection, entry.data as Record<string, unknown>, original, locale),
  });
  return `${site.repository}/new/${site.branch}?${query.toString()}`;
}

/** The web editor's new-file page for a story inspired by the given solution or building block. */
export function newStoryUrl(target: { collection: 'solutions' | 'building-blocks'; id: string; title: string }, language: Locale): string {
  const words = strings(language).storyTemplate;
  const title = fill(words.title, { title: target.title }).slice(0, 140);
  const text = templateFor('story', {
    title,
    today: new Date().toISOString().slice(0, 10),
    themeIds: [],
    inspiredBy: `${target.collection}/${target.id}`,
    language,
  });
  const query = new URLSearchParams({
    filename: `content/stories/${slugify(`inspired-by-${target.id}`).slice(0, 60)}-${words.file}.mdx`,
    value: text,
  });
  return `${site.repository}/new/${site.branch}?${query.toString()}`;
}
