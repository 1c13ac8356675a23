/**
 * The starting file of each content type, as `npm run new` writes it and as the site's
 * "Share your inspiration story" link pre-fills it. Every required field is present; values a
 * contributor must write are placeholders starting with "TODO", which `npm run validate` rejects until
 * they are replaced. The vocabularies are listed in comments beside the fields that use them.
 */
import { collectionOfType, collections, type ContentType } from '../../schemas/index.ts';
import { eventFormats, levels, phases, roles, scales, sectors } from '../../schemas/vocabularies.ts';
import { defaultLocale, strings, type Locale } from '../../i18n/index.ts';

export { contentTypes, type ContentType } from '../../schemas/index.ts';

/** The folder and extension of a type's files under content/. */
export function typeFolder(type: ContentType): { folder: string; extension: '.mdx' | '.yaml' } {
  const folder = collectionOfType[type];
  return { folder, extension: collections[folder].kind === 'mdx' ? '.mdx' : '.yaml' };
}

export interface TemplateInput {
  title: string;
  /** YYYY-MM-DD. */
  today: string;
  /** Theme ids available, listed in a comment. */
  themeIds: readonly string[];
  /** Values already chosen (e.g. in the interactive mode); placeholders otherwise. */
  choices?: Partial<Record<'scale' | 'phase' | 'sector' | 'level' | 'format' | 'country' | 'theme', string>>;
  /** For stories: what inspired it, written solutions/<slug> or building-blocks/<slug>. */
  inspiredBy?: string;
  /** For stories: the language the contributor writes in (its placeholders are in it); the default language when left out. */
  language?: Locale;
}

/** A placeholder a contributor must replace; the validator rejects any value starting with TODO. */
export const PLACEHOLDER_PREFIX = 'TODO';

const ids = (vocabulary: { ids: readonly string[] }): string => vocabulary.ids.join(', ');
const yamlString = (text: string): string => JSON.stringify(text);
const wrapList = (label: string, values: readonly string[]): string => {
  const lines: string[] = [];
  let current = `# ${label}:`;
  for (const value of values) {
    if (current.length + value.length > 98) {
      lines.push(current);
      current = '#  ';
    }
    current += ` ${value}`;
  }
  lines.push(current);
  return lines.join('\n');
};

function pick(input: TemplateInput, key: keyof NonNullable<TemplateInput['choices']>, todo: string): string {
  return input.choices?.[key] ?? `${PLACEHOLDER_PREFIX} ${todo}`;
}

const summaryLine = `summary: "${PLACEHOLDER_PREFIX}: one plain-text paragraph of 20-600 characters, shown on cards and in search results."`;

/** The text of a new file of the given type. */
export function templateFor(type: ContentType, input: TemplateInput): string {
  const title = `title: ${yamlString(input.title)}`;
  const themes = `${wrapList('Themes (ids of content/themes/)', input.themeIds)}\nthemes:\n  - ${pick(input, 'theme', 'theme id')}`;
  const actors = `# Roles: ${ids(roles)}\nactors:\n  - organization: ${PLACEHOLDER_PREFIX}-organization-slug # a file in content/organizations/ (npm run new -- organization "Name")\n    role: ${PLACEHOLDER_PREFIX} role\n    contribution: "${PLACEHOLDER_PREFIX}: what this organization brought to the alliance."`;
  switch (type) {
    case 'solution':
      return `---
${title}
${summaryLine}
location:
  place: "${PLACEHOLDER_PREFIX}: town, state, country"
  country: ${pick(input, 'country', 'ISO country code, e.g. MX')} # or a list; the region is derived from it
# Scales: ${ids(scales)}
scale: ${pick(input, 'scale', 'scale')}
# Phases (optional: delete the line if it does not apply): ${ids(phases)}
phase: ${pick(input, 'phase', 'phase')}
${themes}
sdgs: [] # optional: Sustainable Development Goals, numbers 1-17
challenges:
  - "${PLACEHOLDER_PREFIX}: a challenge the solution addresses"
beneficiaries:
  - "${PLACEHOLDER_PREFIX}: who benefits"
impacts:
  - "${PLACEHOLDER_PREFIX}: a result, with figures where known"
${actors}
buildingBlocks: # slugs of content/building-blocks/, in order
  - ${PLACEHOLDER_PREFIX}-building-block-slug
published: ${input.today}
---

${PLACEHOLDER_PREFIX}: tell the story of the solution: the context, how the alliance worked, and what came of it.
`;
    case 'building-block':
      return `---
${title}
${summaryLine}
${themes}
enablingFactors:
  - "${PLACEHOLDER_PREFIX}: a condition that made this building block work"
lessonsLearned:
  - "${PLACEHOLDER_PREFIX}: something the people involved learned"
${actors}
published: ${input.today}
---

${PLACEHOLDER_PREFIX}: describe what this building block is and how it works, so that others can copy it.
`;
    case 'story': {
      const language = input.language ?? defaultLocale;
      const text = strings(language).storyTemplate;
      return `---
${language === defaultLocale ? '' : `lang: ${language}\n`}${title}
summary: "${PLACEHOLDER_PREFIX}: ${text.summary}"
author: "${PLACEHOLDER_PREFIX}: ${text.author}"
inspiredBy: # solutions/<slug> or building-blocks/<slug>
  - ${input.inspiredBy ?? `${PLACEHOLDER_PREFIX} solutions/slug-of-the-solution`}
published: ${input.today}
---

${PLACEHOLDER_PREFIX}: ${text.body}
`;
    }
    case 'event':
      return `---
${title}
${summaryLine}
start: "${PLACEHOLDER_PREFIX}: date and time with time zone, e.g. 2027-03-15T10:00:00-06:00"
durationMinutes: 90
# Formats: ${ids(eventFormats)}
format: ${pick(input, 'format', 'format')}
venue:
  online: true
  platform: "${PLACEHOLDER_PREFIX}: e.g. Zoom"
---

${PLACEHOLDER_PREFIX}: what the event is about and who it is for.
`;
    case 'news':
      return `---
${title}
${summaryLine}
published: ${input.today}
---

${PLACEHOLDER_PREFIX}: the news story.
`;
    case 'organization':
      return `${`name: ${yamlString(input.title)}`}
# Sectors: ${ids(sectors)}
sector: ${pick(input, 'sector', 'sector')}
# Governance levels: ${ids(levels)}
level: ${pick(input, 'level', 'level')}
country: ${pick(input, 'country', 'ISO country code, e.g. MX')}
description: "${PLACEHOLDER_PREFIX}: one or two sentences about the organization."
`;
  }
}
