import { describe, expect, it } from 'vitest';
import { COMMON_WORDS, searchTerms } from '../../src/lib/search/query-terms.ts';

describe('searchTerms: what the search page asks Pagefind for', () => {
  it('leaves the common words out and says which', () => {
    expect(searchTerms('water and sanitation')).toEqual({ term: 'water sanitation', leftOut: ['and'] });
    expect(searchTerms('The rights of the Indigenous peoples')).toEqual({ term: 'rights Indigenous peoples', leftOut: ['the', 'of'] });
  });

  it('reads a common word with punctuation around it as that word', () => {
    expect(searchTerms('water, and, sanitation')).toEqual({ term: 'water, sanitation', leftOut: ['and'] });
  });

  it('keeps words that only start like a common word', () => {
    expect(searchTerms('theory another isla')).toEqual({ term: 'theory another isla', leftOut: [] });
  });

  it('keeps quoted phrases whole, common words included, even before the closing quote is typed', () => {
    expect(searchTerms('"water and sanitation" in chiapas')).toEqual({ term: '"water and sanitation" chiapas', leftOut: ['in'] });
    expect(searchTerms('chiapas "the alli')).toEqual({ term: 'chiapas "the alli', leftOut: [] });
  });

  it('leaves nothing to search in a query of common words only, and names them', () => {
    expect(searchTerms('The')).toEqual({ term: null, leftOut: ['the'] });
    expect(searchTerms(' to  be ')).toEqual({ term: null, leftOut: ['to', 'be'] });
    expect(searchTerms('"the"')).toEqual({ term: '"the"', leftOut: [] });
  });

  it('gives no term for an empty query', () => {
    expect(searchTerms('')).toEqual({ term: null, leftOut: [] });
    expect(searchTerms('   ')).toEqual({ term: null, leftOut: [] });
  });

  it('leaves out the stop words of Lucene and Snowball, but never a topic word, nor "who" (WHO)', () => {
    for (const word of ['the', 'will', 'such', 'from', 'which', 'have', 'its', 'our', 'between', 'through', 'more'])
      expect(COMMON_WORDS.has(word), word).toBe(true);
    for (const word of ['water', 'who', 'women', 'community', 'partners', 'new', 'also', 'de', 'la'])
      expect(COMMON_WORDS.has(word), word).toBe(false);
    expect(searchTerms('partners from the community, which have')).toEqual({
      term: 'partners community,',
      leftOut: ['from', 'the', 'which', 'have'],
    });
    expect(searchTerms('WHO health alliance')).toEqual({ term: 'WHO health alliance', leftOut: [] });
  });
});
