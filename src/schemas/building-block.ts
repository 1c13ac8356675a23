/** A building block: one reusable element of a solution that others can copy. */
import { z } from 'astro/zod';
import { actor, isoDate, line, phase, scale, slugRef, summary, title, uniqueList } from './common.ts';
import { updatedNotBeforePublished } from './rules.ts';

export const buildingBlockSchema = z
  .strictObject({
    /** The block's name, 5-140 characters. */
    title,
    /** Plain text, 20-600 characters. */
    summary,
    /** Theme ids from content/themes/, at least one. */
    themes: uniqueList(slugRef).min(1, 'needs at least one theme'),
    /** Scale of implementation, when the block is tied to one. */
    scale: scale.optional(),
    /** Phase, when the block is tied to one. */
    phase: phase.optional(),
    /** What made it work: conditions others need to copy it. */
    enablingFactors: z.array(line).min(1, 'needs at least one enabling factor'),
    /** What the people involved learned. */
    lessonsLearned: z.array(line).min(1, 'needs at least one lesson learned'),
    /** Members of the alliance that carried this block, with their contributions. */
    actors: z.array(actor).optional(),
    /** Date of first publication. */
    published: isoDate,
    /** Date of the last substantive edit; not before `published`. */
    updated: isoDate.optional(),
  })
  .superRefine(updatedNotBeforePublished);

export type BuildingBlock = z.output<typeof buildingBlockSchema>;
