/**
 * Starting a translation: its file name beside the original, and its text, with every text field of
 * the original copied behind a "TODO translate:" placeholder, which the validator refuses until it is
 * replaced by the translation. Used by `npm run new -- translation <collection>/<slug> <language>` and by
 * the link that starts a translation on a page not yet translated.
 */
import { languageName, defaultLocale, type Locale } from '../../i18n/index.ts';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { textLists } from '../../schemas/translation.ts';
import { PLACEHOLDER_PREFIX } from './templates.ts';

/** The path of the translation of the entry at `originalPath` (`content/solutions/x.mdx`) into `locale`. */
export function translationPath(originalPath: string, locale: Locale): string {
  return originalPath.replace(
    /(\/index)?\.(mdx|yaml)$/,
    (_, index: string | undefined, extension: string) => `${index ?? ''}.${locale}.${extension}`,
  );
}

const toTranslate = (text: string) => `${PLACEHOLDER_PREFIX} translate: ${text}`;

/**
 * The text of a new translation into `locale` of the entry of `collection` whose data is `data`, at
 * `originalPath`. `body` is the original's MDX body, copied to translate; without it, the body is a
 * placeholder that points at the original.
 */
export function translationTemplate(
  collection: CollectionName,
  data: Record<string, unknown>,
  originalPath: string,
  locale: Locale,
  body?: string,
): string {
  // Written line by line: every value is a string, which JSON writes as a valid YAML double-quoted
  // scalar, and this runs for every page not yet translated.
  const lines: string[] = [];
  for (const field of ['title', 'summary', 'description', ...textLists]) {
    const value = data[field];
    if (typeof value === 'string') lines.push(`${field}: ${JSON.stringify(toTranslate(value))}`);
    else if (Array.isArray(value) && value.length > 0)
      lines.push(`${field}:`, ...value.map((item) => `  - ${JSON.stringify(toTranslate(String(item)))}`));
  }
  const actors = Array.isArray(data['actors']) ? (data['actors'] as { organization?: unknown; contribution?: unknown }[]) : [];
  const contributions = actors.filter((actor) => typeof actor?.contribution === 'string');
  if (contributions.length > 0) {
    lines.push('actors:');
    for (const actor of contributions)
      lines.push(
        `  - organization: ${String(actor.organization)}`,
        `    contribution: ${JSON.stringify(toTranslate(String(actor.contribution)))}`,
      );
  }
  lines.push(`translator: ${PLACEHOLDER_PREFIX} your name, as you wish to be credited (or delete this line)`);
  const language = languageName(defaultLocale, locale);
  const mdx = collections[collection].kind === 'mdx';
  const note = [
    `# Translation into ${language} of ${originalPath}.`,
    `# Write your translation in place of each value that starts with "TODO translate:"${mdx ? ',' : '.'}`,
    ...(mdx ? ['# and in place of the text after the second "---".'] : []),
    '# Everything else (place, scale, themes, dates, links, roles) is written once, in the original.',
  ].join('\n');
  const yaml = `${note}\n${lines.join('\n')}\n`;
  if (!mdx) return yaml;
  const text =
    body === undefined
      ? `${PLACEHOLDER_PREFIX} translate the text of ${originalPath} here.`
      : `${PLACEHOLDER_PREFIX} translate the text below, then delete this line.\n\n${body.trim()}`;
  return `---\n${yaml}---\n\n${text}\n`;
}
