/** A theme: the one vocabulary that lives in content, so contributors can propose new ones. */
import { z } from 'astro/zod';
import { entryLanguage } from './common.ts';

export const themeSchema = z.strictObject({
  /** The language this file is written in (see `entryLanguage`). */
  lang: entryLanguage,
  /** Label shown on tags and browse pages. */
  title: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(80, 'must be at most 80 characters')
    .meta({ description: 'Label shown on tags and browse pages.' }),
  /** One or two sentences shown on the theme's page. */
  description: z
    .string()
    .trim()
    .min(10, 'must be at least 10 characters')
    .meta({ description: "One or two sentences shown on the theme's page." }),
});

export type Theme = z.output<typeof themeSchema>;
