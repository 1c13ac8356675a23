/** A news item about a solution, a network or an alliance. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { isoDate, line, slugRef, summary, title, uniqueList } from './common.ts';
import { withCoverImage, writtenCover } from './cover.ts';

/** A news item's frontmatter as written (its cover a path). */
export const newsData = z.strictObject({
  /** Headline, 5-140 characters. */
  title,
  /** Plain text, 20-600 characters. */
  summary,
  /** Date of publication. */
  published: isoDate,
  /** Dateline place, e.g. "Monterrey, Nuevo León". */
  place: line.optional(),
  /** Slugs of the organizations the item is about. */
  organizations: uniqueList(slugRef).optional(),
  /** Theme ids. */
  themes: uniqueList(slugRef).optional(),
  /** Credit line, e.g. "Photo credit: Comunalia". */
  credit: line.optional(),
  /** Lead image with alt text. */
  cover: writtenCover.optional(),
});

/** The news collection's schema: its frontmatter, with the cover's image from the entry's context. */
export const newsSchema = (context: SchemaContext) => withCoverImage(newsData, context);

export type News = z.output<typeof newsData>;
