/**
 * The table of collections: where each lives under content/, which files it holds and its schema.
 * Used by src/content.config.ts (the build), the validator and the tests alike.
 *
 * Each schema is a function of Astro's `SchemaContext`, as Astro's collections take it: the build gives
 * it the entry's `image()`, the validator and the editors' JSON Schemas `pathsOnly` (see `cover.ts`).
 */
import type { SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import { buildingBlockSchema } from './building-block.ts';
import { eventSchema } from './event.ts';
import { newsSchema } from './news.ts';
import { organizationSchema } from './organization.ts';
import { solutionSchema } from './solution.ts';
import { storySchema } from './story.ts';
import { themeSchema } from './theme.ts';
import { pathsOnly } from './cover.ts';

/**
 * Every collection, by its folder under content/ (also its URL segment): its schema, the kind of file
 * it holds, the word for one entry in messages, and its content type: the id `npm run new` takes and
 * the search index's `type` filter holds (themes, a vocabulary, have none).
 */
export const collections = {
  solutions: { schema: solutionSchema, kind: 'mdx', label: 'solution', type: 'solution' },
  'building-blocks': { schema: () => buildingBlockSchema, kind: 'mdx', label: 'building block', type: 'building-block' },
  organizations: { schema: () => organizationSchema, kind: 'yaml', label: 'organization', type: 'organization' },
  themes: { schema: () => themeSchema, kind: 'yaml', label: 'theme', type: undefined },
  stories: { schema: () => storySchema, kind: 'mdx', label: 'story', type: 'story' },
  events: { schema: () => eventSchema, kind: 'mdx', label: 'event', type: 'event' },
  news: { schema: newsSchema, kind: 'mdx', label: 'news item', type: 'news' },
} as const satisfies Record<
  string,
  { schema: (context: SchemaContext) => z.ZodType; kind: 'mdx' | 'yaml'; label: string; type: string | undefined }
>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** A content type: a collection of entries that people contribute and search (every one but themes). */
export type ContentType = NonNullable<(typeof collections)[CollectionName]['type']>;
/** The content types, in the table's order. */
export const contentTypes = collectionNames.flatMap((name) => (collections[name].type ? [collections[name].type] : []));
/** The collection of each content type. */
export const collectionOfType = Object.fromEntries(
  collectionNames.flatMap((name) => (collections[name].type ? [[collections[name].type, name]] : [])),
) as Record<ContentType, CollectionName>;

const written = new Map<CollectionName, z.ZodType>();

/** A collection's schema as the validator reads it: a cover's `src` stays the path written. */
export function writtenSchema(name: CollectionName): z.ZodType {
  let schema = written.get(name);
  if (!schema) written.set(name, (schema = collections[name].schema(pathsOnly)));
  return schema;
}

/**
 * Glob patterns of the entries a collection holds, relative to content/<collection>/: `<slug>.mdx` or
 * `<slug>/index.mdx` (with images beside it), or `<slug>.yaml`; never a translation, which has a
 * language before its extension (`<slug>.es.mdx`).
 */
export function patternsFor(name: CollectionName): string[] {
  return collections[name].kind === 'mdx' ? ['*.mdx', '*/index.mdx', '!*.*.mdx', '!*/index.*.mdx'] : ['*.yaml', '!*.*.yaml'];
}

/** Glob patterns of the translations beside a collection's entries, relative to content/ (see `patternsFor`). */
export function translationPatterns(): string[] {
  return collectionNames.flatMap((name) =>
    collections[name].kind === 'mdx' ? [`${name}/*.*.mdx`, `${name}/*/index.*.mdx`] : [`${name}/*.*.yaml`],
  );
}

/**
 * What a file's path inside its collection's folder names: the slug of an entry, with the language
 * code written before the extension when it is a translation (`x.es.mdx`: slug "x", language "es"), or
 * nothing when the file is neither.
 */
export function entryPath(name: CollectionName, inside: string): { slug: string; lang?: string } | undefined {
  const extension = collections[name].kind === 'mdx' ? 'mdx' : 'yaml';
  const match =
    new RegExp(`^([^/.]+)(?:\\.([^/.]+))?\\.${extension}$`).exec(inside) ??
    (extension === 'mdx' ? /^([^/.]+)\/index(?:\.([^/.]+))?\.mdx$/.exec(inside) : null);
  if (!match) return undefined;
  return match[2] === undefined ? { slug: match[1]! } : { slug: match[1]!, lang: match[2] };
}

/** The slug of an entry from its path relative to its collection folder. */
export function slugFromPath(relativePath: string): string {
  return relativePath.replace(/\/index\.mdx$/, '').replace(/\.(mdx|yaml)$/, '');
}
