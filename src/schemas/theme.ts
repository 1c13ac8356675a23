/** A theme: the one vocabulary that lives in content, so contributors can propose new ones. */
import { z } from 'astro/zod';
import { entryLanguage } from './common.ts';
import { themeGroups } from './vocabularies.ts';

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
  /**
   * Optional: `sector` for what a solution works on (water, health, energy…), `approach` for how it
   * works (multilevel governance, advocacy…). The themes index and the explorer list the two groups
   * apart; a theme without a group is listed with the approaches, as the starting themes were.
   */
  group: z
    .enum(themeGroups.ids)
    .optional()
    .meta({ description: 'sector (what a solution works on, e.g. water) or approach (how it works, e.g. multilevel governance).' }),
});

export type Theme = z.output<typeof themeSchema>;
