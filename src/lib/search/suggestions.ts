/**
 * Filters a query names: "local" names the scale Local, "food security" the theme, "mexico" the country.
 * The search page offers each as a one-click filter, since a word that names a facet value is better
 * asked as that facet than as text (the word "local" is on many pages of every scale).
 */
import type { FacetName, FacetValueLabels } from './facets.ts';
import type { SearchState } from './state.ts';

/** The facets whose values a query may name, most specific first. */
const NAMED_FACETS: readonly FacetName[] = ['scale', 'phase', 'region', 'theme', 'country'];
/** Enough to choose from, not a wall of buttons. */
const MAX_SUGGESTIONS = 4;

export interface FilterSuggestion {
  facet: FacetName;
  value: string;
  /** The words of the query that name it, as typed. */
  words: string[];
}

/** A word or label as the match compares it: lowercase, without accents or punctuation at its ends. */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The facet values named by a run of the query's words, not already selected. */
export function filterSuggestions(state: SearchState, labels: FacetValueLabels): FilterSuggestion[] {
  const words = state.q.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const keys = words.map(folded);
  const suggestions: FilterSuggestion[] = [];
  for (const facet of NAMED_FACETS) {
    for (const [value, label] of Object.entries(labels[facet])) {
      if (state.filters[facet].includes(value)) continue;
      const wanted = label.split(/\s+/).map(folded).filter(Boolean);
      for (let start = 0; start + wanted.length <= keys.length && wanted.length > 0; start += 1) {
        if (wanted.every((word, offset) => keys[start + offset] === word)) {
          suggestions.push({ facet, value, words: words.slice(start, start + wanted.length) });
          break;
        }
      }
    }
  }
  return suggestions.slice(0, MAX_SUGGESTIONS);
}
