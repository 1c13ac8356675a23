/** Every collection of the content model, read from the same folder as the site, without schemas. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const content = `${process.env['ATLAS_CONTENT_ROOT'] ?? '.'}/content`;
const mdx = (name: string) => defineCollection({ loader: glob({ base: `${content}/${name}`, pattern: ['*.mdx', '*/index.mdx'] }) });
const yaml = (name: string) => defineCollection({ loader: glob({ base: `${content}/${name}`, pattern: '*.yaml' }) });

export const collections = {
  solutions: mdx('solutions'),
  'building-blocks': mdx('building-blocks'),
  stories: mdx('stories'),
  events: mdx('events'),
  news: mdx('news'),
  organizations: yaml('organizations'),
  themes: yaml('themes'),
};
