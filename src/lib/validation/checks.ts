/**
 * Checks every content file gets, original or translation: its fields against a schema, in a
 * contributor's words, and the scaffold's placeholders still to replace.
 */
import type { z } from 'astro/zod';
import { PLACEHOLDER_PREFIX } from '../scaffold/templates.ts';
import { closest } from '../suggest.ts';
import { fieldName, type Problem } from './problem.ts';
import { fieldsAt, problemsFromIssue, valueAt } from './schema-issues.ts';
import type { SourceFile } from './source-file.ts';

/** The problems of `source` against `schema`, as a contributor reads them. */
export function checkAgainst(schema: z.ZodType, source: SourceFile): Problem[] {
  const result = schema.safeParse(source.data);
  if (result.success) return [];
  const issues = result.error.issues;
  // A misspelled field name is one mistake: the field it was meant to be is not also "required".
  const meant = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys
            .map((key) => closest(key, fieldsAt(schema, issue.path)))
            .filter((field) => field !== undefined)
            .map((field) => fieldName([...issue.path, field]))
        : [],
    ),
  );
  return issues
    .filter((issue) => !(meant.has(fieldName(issue.path)) && valueAt(source.data, issue.path) === undefined))
    .flatMap((issue) => problemsFromIssue(source, issue, schema));
}

/**
 * The scaffold (`npm run new`) writes "TODO …" wherever the contributor must write something; each one
 * left is reported until it is replaced.
 */
export function checkPlaceholders(source: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string' && value.startsWith(PLACEHOLDER_PREFIX)) {
      problems.push({
        file: source.path,
        line: source.lineOf(path),
        field: fieldName(path),
        message: `is still a placeholder (${JSON.stringify(value.slice(0, 70))}): replace it.`,
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(source.data, []);
  source.body.split('\n').forEach((text, index) => {
    if (text.trimStart().startsWith(PLACEHOLDER_PREFIX)) {
      problems.push({
        file: source.path,
        line: source.bodyLine + index,
        field: '(body)',
        message: `is still a placeholder (${JSON.stringify(text.trim().slice(0, 70))}): replace it with your text.`,
      });
    }
  });
  return problems;
}
