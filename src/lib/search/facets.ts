/**
 * The search facets, defined once: the filter names written into pages for Pagefind, the URL
 * parameters of /search/, and the groups shown beside the results.
 */
import type { ContentType } from '../../schemas/index.ts';

export const facetNames = ['type', 'theme', 'scale', 'region', 'phase', 'country'] as const;
export type FacetName = (typeof facetNames)[number];

/** Headings of the facet groups. */
export const facetLabels: Record<FacetName, string> = {
  type: 'Type',
  theme: 'Theme',
  scale: 'Scale of implementation',
  region: 'Region',
  phase: 'Phase',
  country: 'Country',
};

/** The kinds of page the index holds (its `type` filter: the content types of src/schemas/index.ts), by label. */
export const contentTypeLabels: Record<ContentType, string> = {
  solution: 'Solution',
  'building-block': 'Building block',
  story: 'Inspiration story',
  event: 'Event',
  news: 'News',
  organization: 'Organization',
};

/** Labels of every filter value, so results and facets show words, not ids. */
export type FacetValueLabels = Record<FacetName, Record<string, string>>;
