/**
 * The small file the build's optimizer writes into the search bundle once it has reworked it
 * (`src/search-index/optimize.ts`), and that the search page reads before it loads Pagefind:
 * its presence says the bundle holds packed files, short page names in date order and a facet table;
 * its absence, that the bundle is Pagefind's own, to be searched with Pagefind's own filters and sort.
 */

/** The manifest's name in the bundle's folder. */
export const SEARCH_MANIFEST_FILE = 'atlas-search.json';

/** The one format of the manifest this code writes and reads; a reader refuses any other. */
const FORMAT = 1;

export interface SearchManifest {
  format: typeof FORMAT;
  /** Per language of the index: the tag of its file names and of its facet table (`index-names.ts`). */
  languages: Record<string, { tag: string }>;
}

export function searchManifest(languages: Record<string, { tag: string }>): SearchManifest {
  return { format: FORMAT, languages };
}

/** The manifest in `value` (parsed JSON), or undefined when it is not one this code can read. */
export function readSearchManifest(value: unknown): SearchManifest | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { format, languages } = value as Partial<SearchManifest>;
  if (format !== FORMAT || languages === null || typeof languages !== 'object') return undefined;
  const valid = Object.values(languages).every((language) => typeof language?.tag === 'string');
  return valid ? { format, languages } : undefined;
}
