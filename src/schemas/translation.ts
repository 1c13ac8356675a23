/**
 * A translation of an entry (CONTENT-MODEL.md, "Languages"): a file beside its original,
 * `<slug>.<lang>.mdx` (or `<slug>/index.<lang>.mdx`, `<slug>.<lang>.yaml`), that holds only the
 * entry's text: its title and summary, its body, an organization's or a theme's description, the text
 * lists of the original (the same number of items, in the same order), the contributions of its
 * actors, and who translated it. Everything else (place, scale, themes, dates, links, roles) is shared
 * by all languages and written once, in the original.
 */
import { z } from 'astro/zod';
import { line, slugRef, summary, title } from './common.ts';
import type { CollectionName } from './index.ts';

/** Who translated the entry, as they wish to be credited. */
const translator = line.optional().meta({ description: 'Who translated this entry, as they wish to be credited.' });

/** The contribution of one actor of the original, in this language. */
const actorContribution = z.strictObject({
  /** Slug of the organization: one of the original's actors. */
  organization: slugRef.meta({ description: "Slug of the organization: one of the original's actors." }),
  /** What it contributed, in this language. */
  contribution: line.meta({ description: 'What it contributed, in this language.' }),
});

/** A translated text list: as many items as the original's, in the same order. */
const textList = (what: string) =>
  z
    .array(line)
    .optional()
    .meta({ description: `The original's ${what}, in this language, item by item.` });

const translated = {
  title: title.meta({ description: 'The title, in this language.' }),
  summary: summary.meta({ description: 'The summary, in this language.' }),
  translator,
};

/** The translatable fields of each collection. */
export const translationSchemas = {
  solutions: z.strictObject({
    ...translated,
    challenges: textList('challenges'),
    beneficiaries: textList('beneficiaries'),
    impacts: textList('impacts'),
    actors: z.array(actorContribution).optional().meta({ description: "The contributions of the original's actors, in this language." }),
  }),
  'building-blocks': z.strictObject({
    ...translated,
    enablingFactors: textList('enabling factors'),
    lessonsLearned: textList('lessons learned'),
    actors: z.array(actorContribution).optional().meta({ description: "The contributions of the original's actors, in this language." }),
  }),
  stories: z.strictObject(translated),
  events: z.strictObject(translated),
  news: z.strictObject(translated),
  organizations: z.strictObject({
    description: z.string().trim().min(1).meta({ description: 'The description of the organization, in this language.' }),
    translator,
  }),
  themes: z.strictObject({
    title: z
      .string()
      .trim()
      .min(3, 'must be at least 3 characters')
      .max(80, 'must be at most 80 characters')
      .meta({ description: 'The theme, in this language.' }),
    description: z
      .string()
      .trim()
      .min(10, 'must be at least 10 characters')
      .meta({ description: 'What the theme covers, in this language.' }),
    translator,
  }),
} satisfies Record<CollectionName, z.ZodType>;

/** The text lists a translation carries item by item: each must have as many items as the original's. */
export const textLists = ['challenges', 'beneficiaries', 'impacts', 'enablingFactors', 'lessonsLearned'] as const;

export type Translation<C extends CollectionName> = z.output<(typeof translationSchemas)[C]>;
export type AnyTranslation = { [C in CollectionName]: Translation<C> }[CollectionName];
