/**
 * The search facets, defined once: the filter names written into pages for Pagefind, the URL
 * parameters of /search/, and the groups shown beside the results. Their headings and value labels are
 * in each language's texts (src/i18n/).
 */
import type { Strings } from '../../i18n/index.ts';
import type { ContentType } from '../../schemas/index.ts';

export const facetNames = ['type', 'theme', 'scale', 'region', 'phase', 'country'] as const;
export type FacetName = (typeof facetNames)[number];

/** The word for each kind of page the index holds (its `type` filter: the content types of src/schemas/index.ts). */
export const contentTypeKinds: Record<ContentType, keyof Strings['kinds']> = {
  solution: 'solution',
  'building-block': 'buildingBlock',
  story: 'story',
  event: 'event',
  news: 'news',
  organization: 'organization',
};

/** Labels of every filter value, so results and facets show words, not ids. */
export type FacetValueLabels = Record<FacetName, Record<string, string>>;

/** Facets whose values are shown in labelled groups, in order (themes: sectors, then approaches). */
export type FacetValueGroups = Partial<Record<FacetName, { label: string; values: string[] }[]>>;
