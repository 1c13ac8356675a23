/** Cross-field rules shared by schemas (zod `superRefine` callbacks). */
import type { z } from 'astro/zod';

/** `updated`, when given, must not be before `published` (both are YYYY-MM-DD strings). */
export function updatedNotBeforePublished(entry: { published: string; updated?: string | undefined }, ctx: z.RefinementCtx): void {
  if (entry.updated !== undefined && entry.updated < entry.published) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      input: entry.updated,
      message: `must not be before published (${entry.published})`,
    });
  }
}
