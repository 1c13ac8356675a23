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

export const collections = {
  solutions: { schema: solutionSchema, kind: 'mdx', label: 'solution' },
  'building-blocks': { schema: () => buildingBlockSchema, kind: 'mdx', label: 'building block' },
  organizations: { schema: () => organizationSchema, kind: 'yaml', label: 'organization' },
  themes: { schema: () => themeSchema, kind: 'yaml', label: 'theme' },
  stories: { schema: () => storySchema, kind: 'mdx', label: 'story' },
  events: { schema: () => eventSchema, kind: 'mdx', label: 'event' },
  news: { schema: newsSchema, kind: 'mdx', label: 'news item' },
} as const satisfies Record<string, { schema: (context: SchemaContext) => z.ZodType; kind: 'mdx' | 'yaml'; label: string }>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

const written = new Map<CollectionName, z.ZodType>();

/** A collection's schema as the validator reads it: a cover's `src` stays the path written. */
export function writtenSchema(name: CollectionName): z.ZodType {
  let schema = written.get(name);
  if (!schema) written.set(name, (schema = collections[name].schema(pathsOnly)));
  return schema;
}

/**
 * Glob patterns of the files a collection holds, relative to content/<collection>/.
 * MDX collections accept `<slug>.mdx` or `<slug>/index.mdx` (with images beside it).
 */
export function patternsFor(name: CollectionName): string[] {
  return collections[name].kind === 'mdx' ? ['*.mdx', '*/index.mdx'] : ['*.yaml'];
}

/** The slug of an entry from its path relative to its collection folder. */
export function slugFromPath(relativePath: string): string {
  return relativePath.replace(/\/index\.mdx$/, '').replace(/\.(mdx|yaml)$/, '');
}
