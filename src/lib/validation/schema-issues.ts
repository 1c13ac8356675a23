/**
 * Turns zod issues into Problems a contributor can act on: the field, the bad value, what is allowed,
 * and a "did you mean" for near misses.
 */
import type { z } from 'astro/zod';
import { didYouMean } from '../suggest.ts';
import { fieldName, quote, type Problem } from './problem.ts';
import type { SourceFile } from './source-file.ts';

/** The value at a path in parsed data (the contributor's input, before any transform). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const segment of path) {
    // A single value written where a list is allowed is wrapped by the schema: index 0 is the value itself.
    if (segment === 0 && value !== null && typeof value !== 'object') continue;
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  return `the ${typeof value} ${quote(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  tuple: 'a list',
  date: 'a date',
};

/** Every field name a schema knows, for suggesting the right one when a key is misspelled. */
export function knownKeys(schema: z.ZodType): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    if (def['type'] === 'object') {
      for (const [key, child] of Object.entries(def['shape'] as Record<string, unknown>)) {
        keys.add(key);
        walk(child);
      }
    }
    for (const field of ['in', 'out', 'innerType', 'element']) walk(def[field]);
    for (const list of ['options', 'items']) (def[list] as unknown[] | undefined)?.forEach(walk);
  };
  walk(schema);
  return keys;
}

/** Converts one zod issue into one or more Problems in `file`. */
export function problemsFromIssue(file: SourceFile, issue: z.core.$ZodIssue, keys: Set<string>): Problem[] {
  const path = issue.path;
  const value = valueAt(file.data, path);
  const at = (fieldPath: readonly PropertyKey[], message: string): Problem => ({
    file: file.path,
    line: file.lineOf(fieldPath),
    field: fieldName(fieldPath),
    message,
  });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        at([...path, key], `is not a field here, so it would be ignored.${didYouMean(key, keys)}`),
      );
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      // A message written in the schema (for long lists such as country codes) replaces the full list.
      if (!issue.message.startsWith('Invalid')) return [at(path, `${quote(value)} ${issue.message}.${didYouMean(value, allowed)}`)];
      return [at(path, `${quote(value)} is not allowed. Allowed: ${allowed.join(', ')}.${didYouMean(value, allowed)}`)];
    }
    case 'invalid_type':
      if (value === undefined) return [at(path, `is required (${EXPECTED[issue.expected] ?? issue.expected}).`)];
      return [at(path, `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeName(value)}.`)];
    case 'invalid_union': {
      // A union's own message (set in the schema) is the clearest; otherwise report the first branch.
      const custom = issue.message && !issue.message.startsWith('Invalid input');
      const first = issue.errors[0]?.[0];
      if (!custom && first) return problemsFromIssue(file, { ...first, path: [...path, ...first.path] }, keys);
      return [at(path, `${issue.message} (got ${quote(value)}).`)];
    }
    default: {
      const shown = value === undefined || (typeof value === 'object' && !(value instanceof Date)) ? '' : ` (got ${quote(value)})`;
      return [at(path, `${issue.message}${shown}.`)];
    }
  }
}
