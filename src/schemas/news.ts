/** A news item about a solution, a network or an alliance. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { isoDate, line, slugRef, summary, title, uniqueList, entryLanguage } from './common.ts';
import { withCoverImage, writtenCover } from './cover.ts';

/** A news item's frontmatter as written (its cover a path). */
export const newsData = z.strictObject({
  /** The language this file is written in (see `entryLanguage`). */
  lang: entryLanguage,
  /** Headline, 5-140 characters. */
  title: title.meta({ description: 'Headline, 5-140 characters.' }),
  /** Plain text, 20-600 characters. */
  summary: summary.meta({ description: 'Plain text, 20-600 characters.' }),
  /** Date of publication. */
  published: isoDate.meta({ description: 'Date of publication.' }),
  /** Dateline place, e.g. "Monterrey, Nuevo León". */
  place: line.optional().meta({ description: 'Dateline place, e.g. "Monterrey, Nuevo León".' }),
  /** Slugs of the organizations the item is about. */
  organizations: uniqueList(slugRef).optional().meta({ description: 'Slugs of the organizations the item is about.' }),
  /** Theme ids. */
  themes: uniqueList(slugRef).optional().meta({ description: 'Theme ids.' }),
  /** Credit line, e.g. "Photo credit: Comunalia". */
  credit: line.optional().meta({ description: 'Credit line, e.g. "Photo credit: Comunalia".' }),
  /** Lead image with alt text. */
  cover: writtenCover.optional().meta({ description: 'Lead image with alt text.' }),
});

/** The news collection's schema: its frontmatter, with the cover's image from the entry's context. */
export const newsSchema = (context: SchemaContext) => withCoverImage(newsData, context);

export type News = z.output<typeof newsData>;
