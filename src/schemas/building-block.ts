/** A building block: one reusable element of a solution that others can copy. */
import { z } from 'astro/zod';
import { actor, isoDate, line, phase, scale, slugRef, summary, title, uniqueList, entryLanguage } from './common.ts';
import { updatedNotBeforePublished } from './rules.ts';

export const buildingBlockSchema = z
  .strictObject({
    /** The language this file is written in (see `entryLanguage`). */
    lang: entryLanguage,
    /** The block's name, 5-140 characters. */
    title: title.meta({ description: "The block's name, 5-140 characters." }),
    /** Plain text, 20-600 characters. */
    summary: summary.meta({ description: 'Plain text, 20-600 characters.' }),
    /** Theme ids from content/themes/, at least one. */
    themes: uniqueList(slugRef).min(1, 'needs at least one theme').meta({ description: 'Theme ids from content/themes/, at least one.' }),
    /** Scale of implementation, when the block is tied to one. */
    scale: scale.optional().meta({ description: 'Scale of implementation, when the block is tied to one.' }),
    /** Phase, when the block is tied to one. */
    phase: phase.optional().meta({ description: 'Phase, when the block is tied to one.' }),
    /** What made it work: conditions others need to copy it. */
    enablingFactors: z
      .array(line)
      .min(1, 'needs at least one enabling factor')
      .meta({ description: 'What made it work: conditions others need to copy it.' }),
    /** What the people involved learned. */
    lessonsLearned: z.array(line).min(1, 'needs at least one lesson learned').meta({ description: 'What the people involved learned.' }),
    /** Members of the alliance that carried this block, with their contributions. */
    actors: z.array(actor).optional().meta({ description: 'Members of the alliance that carried this block, with their contributions.' }),
    /** Date of first publication. */
    published: isoDate.meta({ description: 'Date of first publication.' }),
    /** Date of the last substantive edit; not before `published`. */
    updated: isoDate.optional().meta({ description: 'Date of the last substantive edit; not before `published`.' }),
  })
  .superRefine(updatedNotBeforePublished);

export type BuildingBlock = z.output<typeof buildingBlockSchema>;
