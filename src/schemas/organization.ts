/** An organization: one actor of the alliances documented here. */
import { z } from 'astro/zod';
import { country, httpsUrl, entryLanguage } from './common.ts';
import { levels, sectors } from './vocabularies.ts';

export const organizationSchema = z.strictObject({
  /** The language this file is written in (see `entryLanguage`). */
  lang: entryLanguage,
  /** Full name, in the organization's own language. */
  name: z.string().trim().min(2, "must be the organization's name").meta({ description: "Full name, in the organization's own language." }),
  /** Short name or acronym, e.g. "INECC". */
  acronym: z.string().trim().min(1).optional().meta({ description: 'Short name or acronym, e.g. "INECC".' }),
  /** Sector the organization belongs to. */
  sector: z.enum(sectors.ids).meta({ description: 'Sector the organization belongs to.' }),
  /** Governance level it works at. */
  level: z.enum(levels.ids).meta({ description: 'Governance level it works at.' }),
  /** Country, ISO 3166-1 alpha-2. */
  country: country.optional().meta({ description: 'Country, ISO 3166-1 alpha-2.' }),
  /** Official website (https). */
  website: httpsUrl.optional().meta({ description: 'Official website (https).' }),
  /** One or two sentences about the organization. */
  description: z.string().trim().min(1).optional().meta({ description: 'One or two sentences about the organization.' }),
});

export type Organization = z.output<typeof organizationSchema>;
