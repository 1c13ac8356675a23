import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../src/lib/search/common-words.ts';
import { searchTerms } from '../../src/lib/search/query-terms.ts';

describe('searchTerms: what the search page asks Pagefind for', () => {
  it('leaves the common words out and says which', () => {
    expect(searchTerms('water and sanitation', COMMON_WORDS.en)).toEqual({ term: 'water sanitation', leftOut: ['and'] });
    expect(searchTerms('The rights of the Indigenous peoples', COMMON_WORDS.en)).toEqual({
      term: 'rights Indigenous peoples',
      leftOut: ['the', 'of'],
    });
  });

  it('reads a common word with punctuation around it as that word', () => {
    expect(searchTerms('water, and, sanitation', COMMON_WORDS.en)).toEqual({ term: 'water, sanitation', leftOut: ['and'] });
  });

  it('keeps words that only start like a common word', () => {
    expect(searchTerms('theory another isla', COMMON_WORDS.en)).toEqual({ term: 'theory another isla', leftOut: [] });
  });

  it('keeps quoted phrases whole, common words included, even before the closing quote is typed', () => {
    expect(searchTerms('"water and sanitation" in chiapas', COMMON_WORDS.en)).toEqual({
      term: '"water and sanitation" chiapas',
      leftOut: ['in'],
    });
    expect(searchTerms('chiapas "the alli', COMMON_WORDS.en)).toEqual({ term: 'chiapas "the alli', leftOut: [] });
  });

  it('leaves nothing to search in a query of common words only, and names them', () => {
    expect(searchTerms('The', COMMON_WORDS.en)).toEqual({ term: null, leftOut: ['the'] });
    expect(searchTerms(' to  be ', COMMON_WORDS.en)).toEqual({ term: null, leftOut: ['to', 'be'] });
    expect(searchTerms('"the"', COMMON_WORDS.en)).toEqual({ term: '"the"', leftOut: [] });
  });

  it('gives no term for an empty query', () => {
    expect(searchTerms('', COMMON_WORDS.en)).toEqual({ term: null, leftOut: [] });
    expect(searchTerms('   ', COMMON_WORDS.en)).toEqual({ term: null, leftOut: [] });
  });

  it('leaves out the stop words of Lucene and Snowball, but never a topic word, nor "who" (WHO)', () => {
    for (const word of ['the', 'will', 'such', 'from', 'which', 'have', 'its', 'our', 'between', 'through', 'more'])
      expect(COMMON_WORDS.en?.has(word), word).toBe(true);
    for (const word of ['water', 'who', 'women', 'community', 'partners', 'new', 'also', 'de', 'la'])
      expect(COMMON_WORDS.en?.has(word), word).toBe(false);
    expect(searchTerms('partners from the community, which have', COMMON_WORDS.en)).toEqual({
      term: 'partners community,',
      leftOut: ['from', 'the', 'which', 'have'],
    });
    expect(searchTerms('WHO health alliance', COMMON_WORDS.en)).toEqual({ term: 'WHO health alliance', leftOut: [] });
  });

  it('leaves out the Spanish stop words of Snowball on the Spanish search page, with or without accents', () => {
    expect(searchTerms('alianzas de la comunidad y los gobiernos', COMMON_WORDS.es)).toEqual({
      term: 'alianzas comunidad gobiernos',
      leftOut: ['de', 'la', 'y', 'los'],
    });
    expect(searchTerms('Educación en el campo que también funciona', COMMON_WORDS.es)).toEqual({
      term: 'Educación campo funciona',
      leftOut: ['en', 'el', 'que', 'también'],
    });
    expect(searchTerms('tambien mas agua', COMMON_WORDS.es)).toEqual({ term: 'agua', leftOut: ['tambien', 'mas'] });
    expect(searchTerms('"de la" Huasteca', COMMON_WORDS.es)).toEqual({ term: '"de la" Huasteca', leftOut: [] });
    expect(searchTerms('de la', COMMON_WORDS.es)).toEqual({ term: null, leftOut: ['de', 'la'] });
  });

  it('keeps Spanish topic words and names: "estados", and the words of other languages', () => {
    for (const word of ['de', 'la', 'que', 'y', 'en', 'los', 'son', 'fue', 'tiene', 'nosotros', 'mas', 'sea', 'era'])
      expect(COMMON_WORDS.es?.has(word), word).toBe(true);
    for (const word of ['agua', 'estado', 'estados', 'alianza', 'comunidad', 'the', 'and'])
      expect(COMMON_WORDS.es?.has(word), word).toBe(false);
    expect(searchTerms('Estados Unidos', COMMON_WORDS.es)).toEqual({ term: 'Estados Unidos', leftOut: [] });
    // Each page leaves out its own language's words: "sea" (to be) is Spanish, the sea is English.
    expect(searchTerms('sea and coasts', COMMON_WORDS.en)).toEqual({ term: 'sea coasts', leftOut: ['and'] });
    expect(searchTerms('the water', COMMON_WORDS.es)).toEqual({ term: 'the water', leftOut: [] });
  });
});
