/**
 * Wires each collection to its folder under content/ and to its schema in src/schemas/.
 * The same table drives `npm run validate`, so the build and the validator agree on what is valid.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentRoot } from './content-root.ts';
import { collections as table, patternsFor, slugFromPath, type CollectionName } from './schemas/index.ts';

function loaderFor(name: CollectionName) {
  return glob({
    base: pathToFileURL(`${contentRoot()}/content/${name}/`),
    pattern: patternsFor(name),
    // The file name is the slug, as the content model promises; Astro's default would re-slugify it.
    generateId: ({ entry }) => slugFromPath(entry),
  });
}

// Spelled out one by one so that each collection keeps its own data type.
export const collections = {
  solutions: defineCollection({ loader: loaderFor('solutions'), schema: table.solutions.schema }),
  'building-blocks': defineCollection({ loader: loaderFor('building-blocks'), schema: table['building-blocks'].schema }),
  organizations: defineCollection({ loader: loaderFor('organizations'), schema: table.organizations.schema }),
  themes: defineCollection({ loader: loaderFor('themes'), schema: table.themes.schema }),
  stories: defineCollection({ loader: loaderFor('stories'), schema: table.stories.schema }),
  events: defineCollection({ loader: loaderFor('events'), schema: table.events.schema }),
  news: defineCollection({ loader: loaderFor('news'), schema: table.news.schema }),
};
