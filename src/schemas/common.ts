/**
 * Small field schemas shared by several collections. Each one carries a message a contributor can act on.
 */
import { z } from 'astro/zod';
import { countryCodes, regionOfCountry } from './countries.ts';
import { DATE_PATTERN } from './date-patterns.ts';
import { defaultLocale, locales } from '../i18n/index.ts';
import { regions, roles, scales, phases } from './vocabularies.ts';

/** Lowercase a-z, 0-9 and single hyphens: the shape of every slug and vocabulary id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its slug (existence is checked across collections by the validator). */
export const slugRef = z.string().regex(SLUG_PATTERN, 'must be a slug: lowercase letters a-z, digits and single hyphens, e.g. "comunalia"');

/*
 * A message written "must be …" on a field's type says what the field holds; the validator reuses it
 * when the field is missing ("is required: …") or empty ("has no value: write …"), see
 * src/lib/validation/schema-issues.ts.
 */

/** A title: 5-140 characters. */
export const title = z
  .string({ error: 'must be a title of 5 to 140 characters' })
  .trim()
  .min(5, 'must be at least 5 characters')
  .max(140, 'must be at most 140 characters');

/** A plain-text summary of 20-600 characters: shown on cards, in search results and as the meta description. */
export const summary = z
  .string({ error: 'must be plain text of 20 to 600 characters' })
  .trim()
  .min(20, 'must be at least 20 characters')
  .max(600, 'must be at most 600 characters');

/** A non-empty line of text, used in lists such as challenges or lessons learned. */
export const line = z.string().trim().min(1, 'must not be empty');

/** An https URL. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// address' });

/**
 * A calendar date written YYYY-MM-DD. YAML turns an unquoted date into a Date object, so both forms are
 * accepted and normalised to the "YYYY-MM-DD" string, which sorts and compares correctly as text.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    // One mistake, one message: a date of another form is not also "not a real calendar date".
    .regex(DATE_PATTERN, { error: 'must be a date written YYYY-MM-DD', abort: true })
    .refine(
      (text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
      'is not a real calendar date',
    ),
);

/** A language of the site (src/i18n/). */
export const language = z.enum(locales);

/**
 * An entry's `lang`: the language its file is written in, the default language when left out. Its
 * translations sit beside it (CONTENT-MODEL.md, "Languages").
 */
export const entryLanguage = language.optional().meta({
  description: `The language this file is written in: ${locales.join(' or ')} (${defaultLocale} when left out). Translations sit beside it.`,
});

/** A scale of implementation id. */
export const scale = z.enum(scales.ids);
/** A phase id. */
export const phase = z.enum(phases.ids);
/** A region id. */
export const region = z.enum(regions.ids);
/** An actor role id. */
export const role = z.enum(roles.ids);

/** An ISO 3166-1 alpha-2 country code such as "MX". */
export const country = z.enum(countryCodes as [string, ...string[]], {
  error: 'must be an ISO 3166-1 alpha-2 country code: two capital letters, e.g. "MX"',
});

/**
 * Where a solution or story happened. `country` may be one code or a list; it is normalised to a list.
 * `region` is derived from the first country when omitted.
 */
export const location = z
  .strictObject({
    /** Free text a reader recognises, e.g. "Centla, Tabasco, Mexico". */
    place: z
      .string()
      .trim()
      .min(2, 'must name the place')
      .meta({ description: 'Free text a reader recognises, e.g. "Centla, Tabasco, Mexico".' }),
    /** ISO 3166-1 alpha-2 code, or a list of codes for work across borders. */
    country: z
      .preprocess(
        (value) => (typeof value === 'string' ? [value] : value),
        z
          .array(country, { error: 'must be an ISO 3166-1 alpha-2 country code such as "MX", or a list of them' })
          .min(1, 'must name at least one country'),
      )
      .optional()
      .meta({ description: 'ISO 3166-1 alpha-2 code, e.g. MX, or a list of codes for work across borders.' }),
    /** Region id; required when there is no country, otherwise derived from it. */
    region: region.optional().meta({ description: 'Region id; required when there is no country, otherwise derived from it.' }),
    /** Optional [latitude, longitude] for a map link. */
    coordinates: z
      .tuple([
        z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
        z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180'),
      ])
      .optional()
      .meta({ description: 'Optional [latitude, longitude] of the place, e.g. [18.4, -92.6].' }),
  })
  .refine((loc) => loc.country !== undefined || loc.region !== undefined, {
    message: 'needs a country or a region',
    path: ['region'],
  })
  .transform(({ country: given, region: givenRegion, ...rest }) => {
    const countries = given ?? [];
    const derived = givenRegion ?? regionOfCountry.get(countries[0] ?? '');
    return { ...rest, countries, region: derived as z.output<typeof region> };
  });

/** One member of an alliance and what it brought. */
export const actor = z.strictObject({
  /** Slug of a file in content/organizations/. */
  organization: slugRef.meta({ description: 'Slug of a file in content/organizations/.' }),
  /** What the organization did in the alliance. */
  role: role.meta({ description: 'What the organization did in the alliance.' }),
  /** What it contributed, in a sentence. */
  contribution: line.optional().meta({ description: 'What it contributed, in a sentence.' }),
});

/** A link to a further resource. */
export const resource = z.strictObject({
  /** Link text. */
  title: line.meta({ description: 'Link text.' }),
  /** https address. */
  url: httpsUrl.meta({ description: 'https address.' }),
});

/** A list of slugs written once each. */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).refine((items) => new Set(items as unknown[]).size === items.length, 'lists the same value twice');
}

export type Location = z.output<typeof location>;
export type Actor = z.output<typeof actor>;
