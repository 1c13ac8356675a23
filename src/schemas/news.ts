/** A news item about a solution, a network or an alliance. */
import { z } from 'astro/zod';
import { image, isoDate, line, slugRef, summary, title, uniqueList } from './common.ts';

/** The news schema around a given cover schema (see solutionSchemaWith). */
export function newsSchemaWith<C extends z.ZodType>(cover: C) {
  return z.strictObject({
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
  cover: cover.optional(),
});
}

export const newsSchema = newsSchemaWith(image);

export type News = z.output<typeof newsSchema>;
