/** A solution: a documented case of what was done, where, by whom and with what result. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { actor, isoDate, line, location, phase, resource, scale, slugRef, summary, title, uniqueList } from './common.ts';
import { withCoverImage, writtenCover } from './cover.ts';
import { updatedNotBeforePublished } from './rules.ts';

/** Someone who documented the solution. */
const contributor = z.strictObject({
  /** Their name as they wish it shown. */
  name: line,
  /** Slug of their organization in content/organizations/. */
  organization: slugRef.optional(),
});

/** A solution's frontmatter as written (its cover a path). */
export const solutionData = z
  .strictObject({
    /** The solution's name, 5-140 characters. */
    title,
    /** Plain text, 20-600 characters: cards, search results and the meta description. */
    summary,
    /** Where it happened. */
    location,
    /** Scale of implementation. */
    scale,
    /** Phase of the solution. */
    phase: phase.optional(),
    /** Theme ids from content/themes/, at least one. */
    themes: uniqueList(slugRef).min(1, 'needs at least one theme'),
    /** Sustainable Development Goals addressed, 1-17. */
    sdgs: uniqueList(z.int().min(1, 'SDGs are numbered 1 to 17').max(17, 'SDGs are numbered 1 to 17')).optional(),
    /** Challenges the solution addresses. */
    challenges: z.array(line).optional(),
    /** Who benefits. */
    beneficiaries: z.array(line).optional(),
    /** Results, with figures where known. */
    impacts: z.array(line).optional(),
    /** The alliance: who took part, in what role, with what contribution. */
    actors: z.array(actor).min(1, 'needs at least one actor: the alliance is what this site documents'),
    /** Slugs of its building blocks, in the order they are shown. */
    buildingBlocks: uniqueList(slugRef).min(1, 'needs at least one building block'),
    /** Slugs of solutions this one replicated or adapted. */
    inspiredBy: uniqueList(slugRef).optional(),
    /** Who documented it. */
    contributors: z.array(contributor).optional(),
    /** Date of first publication. */
    published: isoDate,
    /** Date of the last substantive edit; not before `published`. */
    updated: isoDate.optional(),
    /** Cover image with alt text. */
    cover: writtenCover.optional(),
    /** Further reading. */
    resources: z.array(resource).optional(),
    /** Drafts are built in dev only: left out of production pages, feeds and search. */
    draft: z.boolean().optional(),
    /** Shown first on the home page when true (an editor's choice). */
    featured: z.boolean().optional(),
  })
  .superRefine(updatedNotBeforePublished);

/** The solutions collection's schema: its frontmatter, with the cover's image from the entry's context. */
export const solutionSchema = (context: SchemaContext) => withCoverImage(solutionData, context);

export type Solution = z.output<typeof solutionData>;
