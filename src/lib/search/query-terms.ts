/**
 * What the search page asks Pagefind for, from what the reader typed: the words without the most common
 * English words ("the", "and", "of"…), which nearly every page holds.
 *
 * Pagefind returns the pages that hold every word of a query that its index holds, so "water and
 * sanitation" only ever differed from "water sanitation" on the rare page without "and", while it ranked
 * nothing better and downloaded the index of "and": at 5,000 solutions 55 kB, more than the rest of
 * the search together (see README "Search"). Search engines have long dropped such words; the page
 * says which were left out. Words in quotes are kept, as Pagefind searches a quoted phrase exactly. A
 * query of common words only ("the", or "a" as the first letter of a word being typed) leaves nothing to
 * search: the page says so, and how to search for them (in quotes), rather than list nearly every page.
 */

/**
 * The English stop words of Apache Lucene's `EnglishAnalyzer` (its `ENGLISH_STOP_WORDS_SET`): a short,
 * well-known list of words that carry no topic. Kept to that list on purpose: a longer one would start
 * to drop words readers search for.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

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

/** Splits what the reader typed into the term Pagefind searches and the common words left out of it. */
export function searchTerms(query: string): SearchTerms {
  const tokens = query.match(TOKENS) ?? [];
  if (tokens.length === 0) return { term: null, leftOut: [] };
  const isCommon = (token: string) => !token.startsWith('"') && COMMON_WORDS.has(bare(token));
  const kept = tokens.filter((token) => !isCommon(token));
  const leftOut = [...new Set(tokens.filter(isCommon).map(bare))];
  return { term: kept.length > 0 ? kept.join(' ') : null, leftOut };
}
