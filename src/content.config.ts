/**
 * Wires each collection to its folder under content/ and to its schema in src/schemas/.
 * The same table drives `npm run validate`, so the build and the validator agree on what is valid.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentRoot } from './content-root.ts';
import { collections as table, patternsFor, slugFromPath, type CollectionName } from './schemas/index.ts';
import { newsSchemaWith } from './schemas/news.ts';
import { solutionSchemaWith } from './schemas/solution.ts';

function loaderFor(name: CollectionName) {
  return glob({
    base: pathToFileURL(`${contentRoot()}/content/${name}/`),
    pattern: patternsFor(name),
    // The file name is the slug, as the content model promises; Astro's default would re-slugify it.
    generateId: ({ entry }) => slugFromPath(entry),
  });
}

/**
 * In the build, a cover's `src` becomes an optimised image, resolved next to the entry file. The
 * validator checks the same field as a path (and that the file exists), since it runs without Astro.
 */
const optimisedCover = ({ image }: SchemaContext) =>
  z.strictObject({
    src: image(),
    alt: z.string().trim().min(1, 'every image needs alt text describing what it shows'),
  });

// Spelled out one by one so that each collection keeps its own data type.
export const collections = {
  solutions: defineCollection({ loader: loaderFor('solutions'), schema: (context) => solutionSchemaWith(optimisedCover(context)) }),
  'building-blocks': defineCollection({ loader: loaderFor('building-blocks'), schema: table['building-blocks'].schema }),
  organizations: defineCollection({ loader: loaderFor('organizations'), schema: table.organizations.schema }),
  themes: defineCollection({ loader: loaderFor('themes'), schema: table.themes.schema }),
  stories: defineCollection({ loader: loaderFor('stories'), schema: table.stories.schema }),
  events: defineCollection({ loader: loaderFor('events'), schema: table.events.schema }),
  news: defineCollection({ loader: loaderFor('news'), schema: (context) => newsSchemaWith(optimisedCover(context)) }),
};
