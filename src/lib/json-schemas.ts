/**
 * JSON Schemas of the collections, generated from the zod schemas, for editors: VS Code's YAML
 * extension uses them for completion and inline errors (see .vscode/settings.json). Written to
 * public/schemas/ by `npm run schemas` and by every build, and published with the site.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { DATE_PATTERN, OFFSET_DATE_TIME_PATTERN } from '../schemas/date-patterns.ts';
import { collectionNames, collections, writtenSchema, type CollectionName } from '../schemas/index.ts';

const DATE = { type: 'string', pattern: DATE_PATTERN.source, description: 'A date written YYYY-MM-DD.' };
const DATE_TIME = {
  type: 'string',
  pattern: OFFSET_DATE_TIME_PATTERN.source,
  description: 'Date and time with its time zone offset, in quotes, e.g. "2027-03-15T10:00:00-06:00".',
};
/** Fields whose zod schema normalises YAML's own types, which JSON Schema cannot express: given by hand. */
const HAND_WRITTEN: Record<string, object> = { published: DATE, updated: DATE, start: DATE_TIME };

export function jsonSchemaFor(name: CollectionName): Record<string, unknown> {
  const schema = z.toJSONSchema(writtenSchema(name), { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
  } & Record<string, unknown>;
  for (const [field, replacement] of Object.entries(HAND_WRITTEN)) {
    if (schema.properties?.[field]) schema.properties[field] = replacement;
  }
  // `country` takes one code or a list; zod sees the list it normalises to.
  const location = schema.properties?.['location'] as { properties?: Record<string, Record<string, unknown>> } | undefined;
  const countries = location?.properties?.['country'];
  if (location?.properties && countries?.['items']) {
    const { description, ...list } = countries;
    location.properties['country'] = { description, anyOf: [countries['items'], list] };
  }
  return {
    ...schema,
    title: `Alliance Atlas ${collections[name].label}`,
    description: `Frontmatter of a file in content/${name}/ (see CONTRIBUTING.md).`,
  };
}

/** The file each collection's schema is written to, relative to the project root. */
export function jsonSchemaPath(name: CollectionName): string {
  return `public/schemas/${name}.schema.json`;
}

/** Writes every schema; returns the paths that changed. */
export function writeJsonSchemas(root: string): string[] {
  mkdirSync(join(root, 'public', 'schemas'), { recursive: true });
  const changed: string[] = [];
  for (const name of collectionNames) {
    const path = jsonSchemaPath(name);
    const text = `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`;
    const file = join(root, path);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      writeFileSync(file, text);
      changed.push(path);
    }
  }
  return changed;
}
