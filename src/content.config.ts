/**
 * Wires each collection to its folder under content/ and to its schema in src/schemas/, and the
 * translations beside the entries to two collections of their own (one of MDX files, one of YAML).
 * The same table drives `npm run validate`, so the build and the validator agree on what is valid.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentRoot } from './content-root.ts';
import { collections as table, patternsFor, slugFromPath, translationPatterns, type CollectionName } from './schemas/index.ts';

function loaderFor(name: CollectionName) {
  return glob({
    base: pathToFileURL(`${contentRoot()}/content/${name}/`),
    pattern: patternsFor(name),
    // The file name is the slug, as the content model promises; Astro's default would re-slugify it.
    generateId: ({ entry }) => slugFromPath(entry),
  });
}

/**
 * The translations, by `<collection>/<slug>.<language>`. Their fields are checked by the validator
 * against src/schemas/translation.ts before the build, and read with it by src/lib/atlas.ts.
 */
function translationsLoader(kind: 'mdx' | 'yaml') {
  return glob({
    base: pathToFileURL(`${contentRoot()}/content/`),
    pattern: translationPatterns().filter((pattern) => pattern.endsWith(`.${kind}`)),
    generateId: ({ entry }) => slugFromPath(entry.replace(/\/index(\.[^./]+\.mdx)$/, '$1')),
  });
}
const translation = z.looseObject({});

// Spelled out one by one so that each collection keeps its own data type.
export const collections = {
  solutions: defineCollection({ loader: loaderFor('solutions'), schema: table.solutions.schema }),
  'building-blocks': defineCollection({ loader: loaderFor('building-blocks'), schema: table['building-blocks'].schema }),
  organizations: defineCollection({ loader: loaderFor('organizations'), schema: table.organizations.schema }),
  themes: defineCollection({ loader: loaderFor('themes'), schema: table.themes.schema }),
  stories: defineCollection({ loader: loaderFor('stories'), schema: table.stories.schema }),
  events: defineCollection({ loader: loaderFor('events'), schema: table.events.schema }),
  news: defineCollection({ loader: loaderFor('news'), schema: table.news.schema }),
  translations: defineCollection({ loader: translationsLoader('mdx'), schema: translation }),
  'data-translations': defineCollection({ loader: translationsLoader('yaml'), schema: translation }),
};
