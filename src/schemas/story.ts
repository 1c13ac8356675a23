/** An inspiration story: who replicated or adapted a solution or building block, and how. */
import { z } from 'astro/zod';
import { isoDate, line, location, slugRef, summary, title, uniqueList, entryLanguage } from './common.ts';

/** A reference written `solutions/<slug>` or `building-blocks/<slug>`. */
export const storyTarget = z
  .string()
  .regex(/^(solutions|building-blocks)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be written solutions/<slug> or building-blocks/<slug>')
  .transform((text) => {
    const [collection, slug] = text.split('/') as ['solutions' | 'building-blocks', string];
    return { collection, slug };
  });

export const storySchema = z.strictObject({
  /** The language this file is written in (see `entryLanguage`). */
  lang: entryLanguage,
  /** The story's title, 5-140 characters. */
  title: title.meta({ description: "The story's title, 5-140 characters." }),
  /** Plain text, 20-600 characters. */
  summary: summary.meta({ description: 'Plain text, 20-600 characters.' }),
  /** Who tells the story. */
  author: line.meta({ description: 'Who tells the story.' }),
  /** Slug of the author's organization. */
  organization: slugRef.optional().meta({ description: "Slug of the author's organization." }),
  /** What inspired it: `solutions/<slug>` or `building-blocks/<slug>`, at least one. */
  inspiredBy: uniqueList(z.string())
    .pipe(z.array(storyTarget).min(1, 'needs at least one solution or building block that inspired it'))
    .meta({ description: 'What inspired it: `solutions/<slug>` or `building-blocks/<slug>`, at least one.' }),
  /** Where the replication happened. */
  location: location.optional().meta({ description: 'Where the replication happened.' }),
  /** Date of publication. */
  published: isoDate.meta({ description: 'Date of publication.' }),
});

export type Story = z.output<typeof storySchema>;
