/**
 * What the search page asks Pagefind for, from what the reader typed: the words without the most common
 * words of the page's language ("the", "and", "of"…; "de", "la", "que"…), which nearly every page holds.
 *
 * Pagefind returns the pages that hold every word of a query that its index holds, so "water and
 * sanitation" only ever differed from "water sanitation" on the rare page without "and", while it ranked
 * nothing better and downloaded the index of "and", more than the rest of the search together
 * (docs/search.md). Search engines have long dropped such words; the page
 * says which were left out. Words in quotes are kept, as Pagefind searches a quoted phrase exactly. A
 * query of common words only ("the", or "a" as the first letter of a word being typed) leaves nothing to
 * search: the page says so, and how to search for them (in quotes), rather than list nearly every page.
 */

/**
 * A word as the lists and the index compare it: lowercase, without accents. Pagefind folds accents in
 * its index, and readers type "mas" and "tambien" as often as "más" and "también".
 */
export const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface SearchTerms {
  /** The query to give Pagefind; null when nothing is left to search (an empty query, or common words only). */
  term: string | null;
  /** The common words left out of it, lowercase, each once, in the order typed. */
  leftOut: string[];
}

/** A quoted phrase (its closing quote may still be missing while typing) or a run of other characters. */
const TOKENS = /"[^"]*"?|[^\s"]+/g;
/** A word with the punctuation around it removed, lowercase: "And," is "and". */
const bare = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();

/**
 * Splits what the reader typed into the term Pagefind searches and the common words left out of it:
 * `common` is the page's language's list (common-words.ts), none for a language without one.
 */
export function searchTerms(query: string, common: ReadonlySet<string> | undefined): SearchTerms {
  const tokens = query.match(TOKENS) ?? [];
  if (tokens.length === 0) return { term: null, leftOut: [] };
  const isCommon = (token: string) => !token.startsWith('"') && common !== undefined && common.has(folded(bare(token)));
  const kept = tokens.filter((token) => !isCommon(token));
  const leftOut = [...new Set(tokens.filter(isCommon).map(bare))];
  return { term: kept.length > 0 ? kept.join(' ') : null, leftOut };
}
