/**
 * The fixed controlled vocabularies of the content model, defined once.
 *
 * Schemas validate against these ids, pages show their labels and descriptions, search uses them as
 * filter values and the scaffold command lists them. Themes are the one vocabulary that lives in
 * content (`content/themes/`), because contributors may propose new ones.
 */

/** One value of a controlled vocabulary. */
export interface VocabularyTerm {
  /** Stable id used in frontmatter and URLs. */
  readonly id: string;
  /** Human label shown on the site. */
  readonly label: string;
  /** One line that says what the value means. */
  readonly description: string;
}

/** Builds a vocabulary whose ids are also a literal union type. */
function vocabulary<const T extends readonly VocabularyTerm[]>(terms: T) {
  const ids = terms.map((term) => term.id) as unknown as { [K in keyof T]: T[K]['id'] };
  const byId = new Map<string, VocabularyTerm>(terms.map((term) => [term.id, term]));
  return {
    terms,
    ids,
    /** The term for an id; throws on an unknown id, which validation has already ruled out. */
    get(id: string): VocabularyTerm {
      const term = byId.get(id);
      if (!term) throw new Error(`Unknown vocabulary id "${id}"`);
      return term;
    },
  };
}

export const scales = vocabulary([
  { id: 'local', label: 'Local', description: 'A neighbourhood, a community, a municipality.' },
  { id: 'subnational', label: 'Subnational', description: 'A state, province or region within one country.' },
  { id: 'national', label: 'National', description: 'A whole country.' },
  { id: 'multinational', label: 'Multinational', description: 'Several countries, side by side.' },
  { id: 'regional', label: 'Regional', description: 'A world region, such as Latin America and the Caribbean.' },
  { id: 'global', label: 'Global', description: 'Worldwide.' },
] as const);

export const phases = vocabulary([
  { id: 'planning', label: 'Planning', description: 'The alliance is being designed; work has not started.' },
  { id: 'inception', label: 'Inception', description: 'First steps: partners convened, baselines set.' },
  { id: 'implementation', label: 'Implementation', description: 'The work is under way.' },
  { id: 'scaling-up', label: 'Scaling up', description: 'What worked is being extended or replicated.' },
  { id: 'completed', label: 'Completed', description: 'The work has ended; results can be read.' },
] as const);

export const regions = vocabulary([
  { id: 'africa', label: 'Africa', description: 'Countries of the African continent.' },
  { id: 'asia', label: 'Asia', description: 'Countries of Central, East, South and South-East Asia.' },
  { id: 'europe', label: 'Europe', description: 'Countries of Europe.' },
  {
    id: 'latin-america-caribbean',
    label: 'Latin America and the Caribbean',
    description: 'Mexico, Central and South America and the Caribbean.',
  },
  { id: 'middle-east', label: 'Middle East', description: 'Countries of Western Asia and the Arabian Peninsula.' },
  { id: 'north-america', label: 'North America', description: 'Canada, the United States, Greenland and Bermuda.' },
  { id: 'oceania', label: 'Oceania', description: 'Australia, New Zealand and the Pacific islands.' },
] as const);

export const sectors = vocabulary([
  { id: 'government', label: 'Government', description: 'Public authorities and agencies at any level.' },
  { id: 'civil-society', label: 'Civil society', description: 'Non-governmental organizations, networks and collectives.' },
  { id: 'community', label: 'Community', description: 'Community groups and the people of a place.' },
  { id: 'academia', label: 'Academia', description: 'Universities, colleges and research institutes.' },
  { id: 'private-sector', label: 'Private sector', description: 'Companies and business associations.' },
  {
    id: 'international-cooperation',
    label: 'International cooperation',
    description: 'Development agencies and multilateral organizations.',
  },
  { id: 'philanthropy', label: 'Philanthropy', description: 'Foundations, including community foundations.' },
] as const);

export const levels = vocabulary([
  { id: 'international', label: 'International', description: 'Works across countries.' },
  { id: 'national', label: 'National', description: 'Works at the level of a whole country.' },
  { id: 'subnational', label: 'Subnational', description: 'Works at the level of a state, province or region.' },
  { id: 'local', label: 'Local', description: 'Works at the level of a municipality or community.' },
] as const);

export const roles = vocabulary([
  { id: 'lead', label: 'Lead', description: 'Leads the solution and convenes the alliance.' },
  { id: 'partner', label: 'Partner', description: 'Shares the work and the decisions.' },
  { id: 'funder', label: 'Funder', description: 'Provides money or in-kind resources.' },
  { id: 'facilitator', label: 'Facilitator', description: 'Guides the process and the conversations.' },
  { id: 'implementer', label: 'Implementer', description: 'Carries out activities on the ground.' },
  { id: 'beneficiary', label: 'Beneficiary', description: 'Takes part as the group the work is for.' },
] as const);

export const eventFormats = vocabulary([
  { id: 'round-table', label: 'Round table', description: 'A moderated discussion among peers.' },
  { id: 'workshop', label: 'Workshop', description: 'Hands-on work in small groups.' },
  { id: 'webinar', label: 'Webinar', description: 'An online presentation with questions.' },
  { id: 'conference', label: 'Conference', description: 'A larger gathering with several sessions.' },
  { id: 'training', label: 'Training', description: 'A course that builds specific skills.' },
  { id: 'field-visit', label: 'Field visit', description: 'A visit to see a solution where it happens.' },
] as const);

export type ScaleId = (typeof scales.ids)[number];
export type PhaseId = (typeof phases.ids)[number];
export type RegionId = (typeof regions.ids)[number];
export type SectorId = (typeof sectors.ids)[number];
export type LevelId = (typeof levels.ids)[number];
export type RoleId = (typeof roles.ids)[number];
export type EventFormatId = (typeof eventFormats.ids)[number];

/** The Sustainable Development Goals, numbered 1-17, with their short names. */
export const sdgNames: readonly string[] = [
  'No poverty',
  'Zero hunger',
  'Good health and well-being',
  'Quality education',
  'Gender equality',
  'Clean water and sanitation',
  'Affordable and clean energy',
  'Decent work and economic growth',
  'Industry, innovation and infrastructure',
  'Reduced inequalities',
  'Sustainable cities and communities',
  'Responsible consumption and production',
  'Climate action',
  'Life below water',
  'Life on land',
  'Peace, justice and strong institutions',
  'Partnerships for the goals',
];
