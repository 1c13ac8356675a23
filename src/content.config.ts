/**
 * Wires each collection to its folder under content/ and to its schema in src/schemas/.
 * The same table drives `npm run validate`, so the build and the validator agree on what is valid.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentRoot } from './content-root.ts';
import { collections as table, patternsFor, slugFromPath, type CollectionName } from './schemas/index.ts';

function collectionFor(name: CollectionName) {
  return defineCollection({
    loader: glob({
      base: pathToFileURL(`${contentRoot()}/content/${name}/`),
      pattern: patternsFor(name),
      // The file name is the slug, as the content model promises; Astro's default would re-slugify it.
      generateId: ({ entry }) => slugFromPath(entry),
    }),
    schema: table[name].schema,
  });
}

export const collections = {
  solutions: collectionFor('solutions'),
  'building-blocks': collectionFor('building-blocks'),
  organizations: collectionFor('organizations'),
  themes: collectionFor('themes'),
  stories: collectionFor('stories'),
  events: collectionFor('events'),
  news: collectionFor('news'),
};
