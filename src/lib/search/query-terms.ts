/**
 * What the search page asks Pagefind for, from what the reader typed: the words without the most common
 * English words ("the", "and", "of"…), which nearly every page holds.
 *
 * Pagefind returns the pages that hold every word of a query that its index holds, so "water and
 * sanitation" only ever differed from "water sanitation" on the rare page without "and", while it ranked
 * nothing better and downloaded the index of "and", more than the rest of the search together
 * (docs/search.md). Search engines have long dropped such words; the page
 * says which were left out. Words in quotes are kept, as Pagefind searches a quoted phrase exactly. A
 * query of common words only ("the", or "a" as the first letter of a word being typed) leaves nothing to
 * search: the page says so, and how to search for them (in quotes), rather than list nearly every page.
 */

/** The English stop words of Apache Lucene's `EnglishAnalyzer` (its `ENGLISH_STOP_WORDS_SET`). */
const LUCENE_STOP_WORDS =
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with';

/**
 * The English stop words of the Snowball project (snowballstem.org, the list NLTK ships), without the
 * contractions ("isn't"), which the search splits at the apostrophe anyway: pronouns, auxiliaries,
 * prepositions, conjunctions and determiners, the closed classes of English that carry no topic.
 */
const SNOWBALL_STOP_WORDS =
  'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
  'it its itself they them their theirs themselves what which who whom this that these those am is are was were be ' +
  'been being have has had having do does did doing would should could ought a an the and but if or because as ' +
  'until while of at by for with about against between into through during before after above below to from up ' +
  'down in out on off over under again further then once here there when where why how all any both each few more ' +
  'most other some such no nor not only own same so than too very';

/** Words of those lists that readers search for on this site: "who" is also WHO, the World Health Organization. */
const KEPT_WORDS = new Set(['who']);

/**
 * The common words left out of a search: Lucene's short list and Snowball's longer one. Each of these
 * words is on nearly every page of English prose, so each costs a large index chunk and narrows
 * nothing. Lucene's list alone left "from",
 * "which" or "have" in, and a query with two or three of them ("partners from community") passed the
 * search page's download budget. Words of a topic are never on these lists.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `${LUCENE_STOP_WORDS} ${SNOWBALL_STOP_WORDS}`.split(' ').filter((word) => !KEPT_WORDS.has(word)),
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
