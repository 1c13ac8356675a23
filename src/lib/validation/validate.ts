/**
 * Validates everything under content/: the schemas the build uses, the cross-references, and the rules
 * zod alone cannot see. Reports every problem in one pass. Used by `npm run validate` and by the build.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collections, collectionNames, writtenSchema, type CollectionName } from '../../schemas/index.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { slugify } from '../slugify.ts';
import { didYouMean } from '../suggest.ts';
import { ASSET_EXTENSIONS, discover, type EntryFile } from './discover.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { fieldName, type Problem } from './problem.ts';
import { links, targetsAlong } from '../links.ts';
import { readSource, YamlSyntaxError, type SourceFile } from './source-file.ts';
import { checkAgainst, checkPlaceholders } from './checks.ts';
import { checkTranslations } from './translations.ts';

export interface ValidationResult {
  problems: Problem[];
  /** Number of entries found per collection. */
  counts: Record<CollectionName, number>;
  /** Number of translations found. */
  translations: number;
}

export interface LoadedEntry extends EntryFile {
  source?: SourceFile;
}

/** Validates the content folder of the project at `root`. */
export function validateContent(root: string): ValidationResult {
  const { entries, translations, problems } = discover(root);
  const counts = Object.fromEntries(collectionNames.map((name) => [name, 0])) as Record<CollectionName, number>;
  const loaded: LoadedEntry[] = [];
  const seen = new Map<string, string>();

  for (const entry of entries) {
    counts[entry.collection] += 1;
    const key = `${entry.collection}/${entry.slug}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        file: entry.path,
        field: '(file)',
        message: `has the same slug "${entry.slug}" as ${earlier}; slugs must be unique within a collection.`,
      });
    }
    seen.set(key, entry.path);
    if (!SLUG_PATTERN.test(entry.slug)) {
      const suggestion = slugify(entry.slug);
      problems.push({
        file: entry.path,
        field: '(file name)',
        message: `"${entry.slug}" is not a valid slug: use lowercase a-z, 0-9 and single hyphens${suggestion ? `, e.g. "${suggestion}"` : ''}.`,
      });
    }
    // /solutions/2/ is the second page of the list of solutions, so an entry's address needs a letter.
    else if (/^\d+$/.test(entry.slug)) {
      problems.push({
        file: entry.path,
        field: '(file name)',
        message: `"${entry.slug}" is not a valid slug: a number alone is the address of a page of a listing (/${entry.collection}/${entry.slug}/); add a word, e.g. "${collections[entry.collection].label.replace(/ /g, '-')}-${entry.slug}".`,
      });
    }
    loaded.push({ ...entry, ...readEntry(root, entry, problems) });
  }

  const slugs = new Map<CollectionName, Set<string>>(collectionNames.map((name) => [name, new Set<string>()]));
  const drafts = new Set<string>();
  for (const entry of loaded) {
    slugs.get(entry.collection)?.add(entry.slug);
    if ((entry.source?.data as { draft?: unknown } | undefined)?.draft === true) drafts.add(`${entry.collection}/${entry.slug}`);
  }

  for (const entry of loaded) {
    if (!entry.source) continue;
    const placeholders = checkPlaceholders(entry.source);
    // A field still holding its placeholder gets that one message, not every rule it also breaks.
    const unfilled = new Set(placeholders.map((problem) => problem.field));
    const found = [
      ...checkSchema(entry.collection, entry.source),
      ...checkReferences(entry, entry.source, slugs, drafts),
      ...checkImages(root, entry.source),
      ...checkCalendarDates(entry.source),
    ].filter(
      (problem) =>
        ![...unfilled].some(
          (field) => problem.field === field || problem.field.startsWith(`${field}[`) || problem.field.startsWith(`${field}.`),
        ),
    );
    problems.push(...placeholders, ...found);
    if (collections[entry.collection].kind === 'mdx') problems.push(...checkMdxSafety(entry.source));
  }
  problems.push(...checkTranslations(translations, loaded, (translation) => readEntry(root, translation, problems).source));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, counts, translations: translations.length };
}

/**
 * The most text a content file may hold: far more than any real entry (images are files of their own),
 * and little enough that checking and building one never takes long.
 */
export const MAX_FILE_BYTES = 512 * 1024;

export function readEntry(root: string, entry: EntryFile, problems: Problem[]): { source?: SourceFile } {
  const size = statSync(join(root, entry.path)).size;
  if (size > MAX_FILE_BYTES) {
    const shown = size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(size / 1024)} kB`;
    problems.push({
      file: entry.path,
      field: '(file)',
      message: `is ${shown}; a content file may hold at most ${MAX_FILE_BYTES / 1024} kB of text (images go in files of their own beside it).`,
    });
    return {};
  }
  const text = readFileSync(join(root, entry.path), 'utf8');
  if (text.trim() === '') {
    problems.push({ file: entry.path, line: 1, field: '(file)', message: 'is empty.' });
    return {};
  }
  try {
    const source = readSource(entry.path, text);
    if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
      problems.push({ file: entry.path, line: 1, field: '(file)', message: 'must hold fields written "name: value".' });
      return {};
    }
    return { source };
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    problems.push({ file: entry.path, line: error.line, field: '(yaml)', message: `${error.message}.` });
    return {};
  }
}

export function checkSchema(collection: CollectionName, source: SourceFile): Problem[] {
  return checkAgainst(writtenSchema(collection), source);
}

function checkReferences(entry: EntryFile, source: SourceFile, slugs: Map<CollectionName, Set<string>>, drafts: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const isDraft = drafts.has(`${entry.collection}/${entry.slug}`);
  for (const link of links.filter((candidate) => candidate.from === entry.collection)) {
    for (const { collection: target, slug, path } of targetsAlong(source.data, link)) {
      // A value that is not even a slug gets the schema's one message about its form.
      if (!SLUG_PATTERN.test(slug)) continue;
      // Its line is looked up only for a problem (see source-file.ts).
      const at = () => ({ file: source.path, line: source.lineOf(path), field: fieldName(path) });
      const known = slugs.get(target) ?? new Set<string>();
      if (!known.has(slug)) {
        problems.push({
          ...at(),
          message: `"${slug}" does not match any file in content/${target}/.${didYouMean(slug, known)}${missingTargetHint[target]?.(slug, known) ?? ''}`,
        });
      } else if (target === entry.collection && slug === entry.slug) {
        problems.push({ ...at(), message: `refers to this entry itself.` });
      } else if (!isDraft && drafts.has(`${target}/${slug}`)) {
        problems.push({ ...at(), message: `"${slug}" is a draft, which is not published; link to it once it is published.` });
      }
    }
  }
  return problems;
}

/** What to do when a reference names an entry that does not exist, by the collection it points at. */
const missingTargetHint: Partial<Record<CollectionName, (slug: string, known: ReadonlySet<string>) => string>> = {
  themes: (slug, known) =>
    ` The themes are: ${[...known].sort().join(', ')}. To propose a new theme, add content/themes/${slug}.yaml (a title and a description) in the same pull request.`,
  organizations: (slug) => ` To add the organization, create content/organizations/${slug}.yaml in the same pull request.`,
};

/** A date written YYYY-MM-DD anywhere in YAML text, whatever field holds it. */
const WRITTEN_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const isCalendarDate = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * YAML reads an unquoted 2024-02-30 as 1 March without complaint; the written text is checked here so
 * that an impossible date is reported instead of silently moved. (The fields are only looked up when
 * the text holds such a date at all: the lookup parses the file a second time.)
 */
function checkCalendarDates(source: SourceFile): Problem[] {
  const suspect = [...source.yaml.matchAll(WRITTEN_DATE)].some(
    ([, year, month, day]) => !isCalendarDate(Number(year), Number(month), Number(day)),
  );
  if (!suspect) return [];
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (value instanceof Date) {
      const written = source.rawText(path)?.replace(/^["']|["']$/g, '') ?? '';
      const day = /^(\d{4}-\d{2}-\d{2})/.exec(written)?.[1];
      if (day !== undefined && value.toISOString().slice(0, 10) !== day && !/[+-]\d{2}:?\d{2}$|Z$/.test(written)) {
        problems.push({
          file: source.path,
          line: source.lineOf(path),
          field: fieldName(path),
          message: `is not a real calendar date (got "${written}").`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(source.data, []);
  return problems;
}

function checkImages(root: string, source: SourceFile): Problem[] {
  const src = (source.data as { cover?: { src?: unknown } }).cover?.src;
  if (typeof src !== 'string' || src.trim() === '') return [];
  const at = { file: source.path, line: source.lineOf(['cover', 'src']), field: 'cover.src' };
  if (/^[a-z]+:/i.test(src) || src.startsWith('/'))
    return [{ ...at, message: `"${src}" must be a path relative to this file, e.g. "./cover.jpg" beside index.mdx.` }];
  if (!ASSET_EXTENSIONS.test(src))
    return [{ ...at, message: `"${src}" is not an image; allowed: .avif, .gif, .jpg, .jpeg, .png, .svg, .webp.` }];
  if (!existsSync(join(root, dirname(source.path), src))) return [{ ...at, message: `"${src}" was not found next to this file.` }];
  return [];
}
