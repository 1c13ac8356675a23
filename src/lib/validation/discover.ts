/**
 * Finds every file under content/ and sorts it into collection entries, their translations, assets, or
 * files that would not be built (which are problems: nothing under content/ is dropped silently).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { collectionNames, collections, entryPath, type CollectionName } from '../../schemas/index.ts';
import type { Problem } from './problem.ts';

/** Files that may sit beside an entry in `<slug>/` folders. */
export const ASSET_EXTENSIONS = /\.(avif|gif|jpe?g|png|svg|webp)$/i;

export interface EntryFile {
  collection: CollectionName;
  slug: string;
  /** Path relative to the project root, with forward slashes. */
  path: string;
}

/** A translation beside its original (`x.es.mdx`). */
export interface TranslationFile extends EntryFile {
  /** The language code its name gives ("es"), whether the site has that language or not. */
  translation: string;
}

export interface Discovery {
  /** The entries: every file that is not a translation. */
  entries: EntryFile[];
  translations: TranslationFile[];
  problems: Problem[];
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((dirent) => {
    if (dirent.name.startsWith('.')) return [];
    const full = join(directory, dirent.name);
    return dirent.isDirectory() ? walk(full) : [full];
  });
}

/** Lists the entries under `<root>/content` and the files that do not belong there. */
export function discover(root: string): Discovery {
  const contentDir = join(root, 'content');
  const entries: EntryFile[] = [];
  const translations: TranslationFile[] = [];
  const problems: Problem[] = [];
  const known = collectionNames.map((name) => `content/${name}/`).join(', ');
  let files: string[];
  try {
    files = walk(contentDir);
  } catch {
    return { entries, translations, problems: [{ file: 'content', field: '(folder)', message: `was not found under ${root}` }] };
  }
  for (const full of files.sort()) {
    const path = relative(root, full).split(sep).join('/');
    const [, folder = '', ...rest] = path.split('/');
    const inside = rest.join('/');
    if (!collectionNames.includes(folder as CollectionName) || rest.length === 0) {
      problems.push({
        file: path,
        field: '(file)',
        message: `is not in a collection folder, so it would not be built. Collections: ${known}.`,
      });
      continue;
    }
    const collection = folder as CollectionName;
    const kind = collections[collection].kind;
    const named = entryPath(collection, inside);
    if (named?.lang !== undefined) {
      translations.push({ collection, slug: named.slug, path, translation: named.lang });
    } else if (named) {
      entries.push({ collection, slug: named.slug, path });
    } else if (kind === 'mdx' && ASSET_EXTENSIONS.test(inside) && rest.length === 2) {
      continue; // an image beside `<slug>/index.mdx`; whether it is used is checked with the entry
    } else {
      const expected =
        kind === 'mdx'
          ? `<slug>.mdx or <slug>/index.mdx (images may sit beside index.mdx), or a translation, <slug>.<language>.mdx`
          : '<slug>.yaml, or a translation, <slug>.<language>.yaml';
      problems.push({ file: path, field: '(file)', message: `would not be built: files in content/${collection}/ are ${expected}.` });
    }
  }
  return { entries, translations, problems };
}
