/**
 * Checks the translations beside the entries (CONTENT-MODEL.md, "Languages") with the same rules and
 * the same messages as the entries themselves, and the rules of a translation: it is in a language of
 * the site, its original exists and is written in another language, it holds only text (every other
 * field is written once, in the original), and its text lists and contributions match the original's.
 */
import { isLocale, languageName, locales, defaultLocale } from '../../i18n/index.ts';
import { collections, writtenSchema, type CollectionName } from '../../schemas/index.ts';
import { textLists, translationSchemas } from '../../schemas/translation.ts';
import type { TranslationFile } from './discover.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { fieldName, type Problem } from './problem.ts';
import { fieldsAt } from './schema-issues.ts';
import type { SourceFile } from './source-file.ts';
import { checkAgainst, checkPlaceholders } from './checks.ts';
import type { LoadedEntry } from './validate.ts';

/** The language an original is written in: its `lang`, English when left out. */
function languageOf(original: LoadedEntry): string {
  const lang = (original.source?.data as { lang?: unknown } | undefined)?.lang;
  return typeof lang === 'string' ? lang : defaultLocale;
}

/**
 * The problems of every translation in `translations`, against the originals in `originals`; `read`
 * reads a translation's file (reporting what keeps it from being read).
 */
export function checkTranslations(
  translations: readonly TranslationFile[],
  originals: readonly LoadedEntry[],
  read: (translation: TranslationFile) => SourceFile | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const originalOf = new Map(originals.map((original) => [`${original.collection}/${original.slug}`, original]));
  const seen = new Map<string, string>();
  for (const translation of translations) {
    const language = translation.translation;
    const at = { file: translation.path, field: '(file name)' };
    if (!isLocale(language)) {
      problems.push({ ...at, message: `"${language}" is not a language of this site; its languages are ${locales.join(', ')}.` });
      continue;
    }
    const original = originalOf.get(`${translation.collection}/${translation.slug}`);
    if (!original) {
      const extension = collections[translation.collection].kind === 'mdx' ? 'mdx' : 'yaml';
      problems.push({
        ...at,
        message: `is a translation of "${translation.slug}", but content/${translation.collection}/ has no ${translation.slug}.${extension} to translate.`,
      });
      continue;
    }
    if (languageOf(original) === language) {
      problems.push({
        ...at,
        message: `is in ${languageName(defaultLocale, language)}, the language its original, ${original.path}, is written in: a translation is in another language.`,
      });
      continue;
    }
    const key = `${translation.collection}/${translation.slug}.${language}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        file: translation.path,
        field: '(file)',
        message: `translates the same entry into the same language as ${earlier}.`,
      });
      continue;
    }
    seen.set(key, translation.path);
    const source = read(translation);
    if (!source) continue;
    problems.push(...checkTranslation(translation.collection, source, original));
    if (collections[translation.collection].kind === 'mdx') problems.push(...checkMdxSafety(source));
  }
  return problems;
}

/** The problems of one translation's fields, against its original. */
function checkTranslation(collection: CollectionName, source: SourceFile, original: LoadedEntry): Problem[] {
  const data = source.data as Record<string, unknown>;
  const originalData = (original.source?.data ?? {}) as Record<string, unknown>;
  const schema = translationSchemas[collection];
  const translatable = new Set(fieldsAt(schema, []));
  const shared = Object.keys(data).filter((field) => !translatable.has(field) && fieldsAt(writtenSchema(collection), []).includes(field));
  const problems: Problem[] = shared.map((field) => ({
    file: source.path,
    line: source.lineOf([field]),
    field,
    message: `is shared by every language: write it once, in the original, ${original.path}; a translation holds only text.`,
  }));
  // The schema's own messages for the rest, leaving out the shared fields it would call unknown.
  const rest = Object.fromEntries(Object.entries(data).filter(([field]) => !shared.includes(field)));
  problems.push(...checkPlaceholders(source), ...checkAgainst(schema, { ...source, data: rest }));

  for (const list of textLists) {
    const translated = data[list];
    if (!Array.isArray(translated)) continue;
    const written = originalData[list];
    const expected = Array.isArray(written) ? written.length : 0;
    if (translated.length !== expected) {
      problems.push({
        file: source.path,
        line: source.lineOf([list]),
        field: list,
        message:
          expected === 0
            ? `has ${translated.length} items, but the original, ${original.path}, has none to translate.`
            : `has ${translated.length} ${translated.length === 1 ? 'item' : 'items'} where the original, ${original.path}, has ${expected}: translate each item, in the same order.`,
      });
    }
  }

  const actors = data['actors'];
  if (Array.isArray(actors)) {
    const originalActors = (Array.isArray(originalData['actors']) ? originalData['actors'] : []) as { organization?: unknown }[];
    const names = originalActors.map((actor) => String(actor.organization));
    actors.forEach((actor: { organization?: unknown }, index) => {
      if (typeof actor?.organization !== 'string' || names.includes(actor.organization)) return;
      const path = ['actors', index, 'organization'];
      problems.push({
        file: source.path,
        line: source.lineOf(path),
        field: fieldName(path),
        message: `"${actor.organization}" is not an actor of the original, ${original.path}; its actors are ${names.join(', ') || 'none'}.`,
      });
    });
  }
  return problems;
}
