/** A solution: a documented case of what was done, where, by whom and with what result. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { actor, isoDate, line, location, phase, resource, scale, slugRef, summary, title, uniqueList, entryLanguage } from './common.ts';
import { withCoverImage, writtenCover } from './cover.ts';
import { updatedNotBeforePublished } from './rules.ts';

/** Someone who documented the solution. */
const contributor = z.strictObject({
  /** Their name as they wish it shown. */
  name: line.meta({ description: 'Their name as they wish it shown.' }),
  /** Slug of their organization in content/organizations/. */
  organization: slugRef.optional().meta({ description: 'Slug of their organization in content/organizations/.' }),
});

/** A solution's frontmatter as written (its cover a path). */
export const solutionData = z
  .strictObject({
    /** The language this file is written in (see `entryLanguage`). */
    lang: entryLanguage,
    /** The solution's name, 5-140 characters. */
    title: title.meta({ description: "The solution's name, 5-140 characters." }),
    /** Plain text, 20-600 characters: cards, search results and the meta description. */
    summary: summary.meta({ description: 'Plain text, 20-600 characters: cards, search results and the meta description.' }),
    /** Where it happened. */
    location: location.meta({ description: 'Where it happened.' }),
    /** Scale of implementation. */
    scale: scale.meta({ description: 'Scale of implementation.' }),
    /** Phase of the solution. */
    phase: phase.optional().meta({ description: 'Phase of the solution.' }),
    /** Theme ids from content/themes/, at least one. */
    themes: uniqueList(slugRef).min(1, 'needs at least one theme').meta({ description: 'Theme ids from content/themes/, at least one.' }),
    /** Sustainable Development Goals addressed, 1-17. */
    sdgs: uniqueList(z.int().min(1, 'SDGs are numbered 1 to 17').max(17, 'SDGs are numbered 1 to 17'))
      .optional()
      .meta({ description: 'Sustainable Development Goals addressed, 1-17.' }),
    /** Challenges the solution addresses. */
    challenges: z.array(line).optional().meta({ description: 'Challenges the solution addresses.' }),
    /** Who benefits. */
    beneficiaries: z.array(line).optional().meta({ description: 'Who benefits.' }),
    /** Results, with figures where known. */
    impacts: z.array(line).optional().meta({ description: 'Results, with figures where known.' }),
    /** The alliance: who took part, in what role, with what contribution. */
    actors: z
      .array(actor)
      .min(1, 'needs at least one actor: the alliance is what this site documents')
      .meta({ description: 'The alliance: who took part, in what role, with what contribution.' }),
    /** Slugs of its building blocks, in the order they are shown. */
    buildingBlocks: uniqueList(slugRef)
      .min(1, 'needs at least one building block')
      .meta({ description: 'Slugs of its building blocks, in the order they are shown.' }),
    /** Slugs of solutions this one replicated or adapted. */
    inspiredBy: uniqueList(slugRef).optional().meta({ description: 'Slugs of solutions this one replicated or adapted.' }),
    /** Who documented it. */
    contributors: z.array(contributor).optional().meta({ description: 'Who documented it.' }),
    /** Date of first publication. */
    published: isoDate.meta({ description: 'Date of first publication.' }),
    /** Date of the last substantive edit; not before `published`. */
    updated: isoDate.optional().meta({ description: 'Date of the last substantive edit; not before `published`.' }),
    /** Cover image with alt text. */
    cover: writtenCover.optional().meta({ description: 'Cover image with alt text.' }),
    /** Further reading. */
    resources: z.array(resource).optional().meta({ description: 'Further reading.' }),
    /** Drafts are built in dev only: left out of production pages, feeds and search. */
    draft: z.boolean().optional().meta({ description: 'Drafts are built in dev only: left out of production pages, feeds and search.' }),
    /** Shown first on the home page when true (an editor's choice). */
    featured: z.boolean().optional().meta({ description: "Shown first on the home page when true (an editor's choice)." }),
  })
  .superRefine(updatedNotBeforePublished);

/** The solutions collection's schema: its frontmatter, with the cover's image from the entry's context. */
export const solutionSchema = (context: SchemaContext) => withCoverImage(solutionData, context);

export type Solution = z.output<typeof solutionData>;
