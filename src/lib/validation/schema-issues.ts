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
  array: 'a list (one "- item" per line)',
  object: 'a group of fields',
  tuple: 'a list',
  date: 'a date',
};

type Def = Record<string, unknown>;
const defOf = (node: unknown): Def | undefined => (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/**
 * The fields of the object a schema expects at `path` (as zod reports an issue's path), or [] when there
 * is none there. Wrappers (optional, pipes, preprocessing) are seen through; in a union, the first
 * option that has an object there answers.
 */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const walk = (node: unknown, rest: readonly PropertyKey[]): string[] | undefined => {
    const def = defOf(node);
    if (!def) return undefined;
    switch (def['type']) {
      case 'object': {
        const shape = def['shape'] as Record<string, unknown>;
        if (rest.length === 0) return Object.keys(shape);
        const [key, ...more] = rest;
        return typeof key === 'string' && key in shape ? walk(shape[key], more) : undefined;
      }
      case 'array':
        return typeof rest[0] === 'number' ? walk(def['element'], rest.slice(1)) : undefined;
      case 'tuple':
        return typeof rest[0] === 'number' ? walk((def['items'] as unknown[])[rest[0]], rest.slice(1)) : undefined;
      case 'union':
        for (const option of def['options'] as unknown[]) {
          const found = walk(option, rest);
          if (found) return found;
        }
        return undefined;
      case 'pipe':
        return walk(def['in'], rest) ?? walk(def['out'], rest);
      default:
        return 'innerType' in def ? walk(def['innerType'], rest) : undefined;
    }
  };
  return walk(schema, path) ?? [];
}

/** What a field holds, from a schema's message written "must be …" (see src/schemas/common.ts). */
const heldBy = (message: string): string | undefined => (message.startsWith('must be ') ? message.slice('must be '.length) : undefined);

/** Converts one zod issue of `schema` into one or more Problems in `file`. */
export function problemsFromIssue(file: SourceFile, issue: z.core.$ZodIssue, schema: z.ZodType): Problem[] {
  const path = issue.path;
  const value = valueAt(file.data, path);
  const at = (fieldPath: readonly PropertyKey[], message: string): Problem => ({
    file: file.path,
    line: file.lineOf(fieldPath),
    field: fieldName(fieldPath),
    message,
  });
  switch (issue.code) {
    case 'unrecognized_keys': {
      // Suggestions come from the fields of this object only: "a" in a solution is not the cover's "alt".
      const fields = fieldsAt(schema, path);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, fields);
        return at(
          [...path, key],
          `is not a field here, so it would be ignored.${suggestion || ` The fields here are: ${fields.join(', ')}.`}`,
        );
      });
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      // A message written in the schema (for long lists such as country codes) replaces the full list.
      const held = heldBy(issue.message);
      if (value === undefined) return [at(path, held ? `is required: ${held}.` : `is required. Allowed: ${allowed.join(', ')}.`)];
      if (value === null) return [at(path, held ? `has no value: write ${held}.` : `has no value. Allowed: ${allowed.join(', ')}.`)];
      if (held) return [at(path, `${quote(value)} is not ${held}.${didYouMean(value, allowed)}`)];
      return [at(path, `${quote(value)} is not allowed. Allowed: ${allowed.join(', ')}.${didYouMean(value, allowed)}`)];
    }
    case 'invalid_type': {
      const held = heldBy(issue.message) ?? EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined) return [at(path, `is required: ${held}.`)];
      if (value === null) return [at(path, `has no value: write ${held}.`)];
      return [at(path, `must be ${held}, not ${typeName(value)}.`)];
    }
    case 'invalid_union': {
      // A union's own message (set in the schema) is the clearest; otherwise report the first branch.
      const custom = issue.message && !issue.message.startsWith('Invalid input');
      const first = issue.errors[0]?.[0];
      if (!custom && first) return problemsFromIssue(file, { ...first, path: [...path, ...first.path] }, schema);
      return [at(path, `${issue.message} (got ${quote(value)}).`)];
    }
    default: {
      const shown = value === undefined || (typeof value === 'object' && !(value instanceof Date)) ? '' : ` (got ${quote(value)})`;
      return [at(path, `${issue.message}${shown}.`)];
    }
  }
}
