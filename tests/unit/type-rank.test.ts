/** Relevance across types: scores weighed by type, and the file that marks the lower-ranked pages. */
import { describe, expect, it } from 'vitest';
import { decodeLowerRanked, encodeLowerRanked, LOWER_WEIGHT, rankByType } from '../../src/lib/search/type-rank.ts';

describe('rankByType', () => {
  const results = [
    { id: 'organization', score: 10 },
    { id: 'solution', score: 8 },
    { id: 'news', score: 20 },
    { id: 'block', score: 5 },
  ];
  const lower = new Set(['organization', 'news']);
  const weight = (result: { id: string }) => (lower.has(result.id) ? LOWER_WEIGHT : 1);

  it('puts a solution above an organization that matched a little better, but not far better', () => {
    expect(rankByType(results, weight).map((result) => result.id)).toEqual(['news', 'solution', 'organization', 'block']);
  });

  it("keeps Pagefind's order between results of equal weighed scores", () => {
    const tied = [
      { id: 'a', score: 4 },
      { id: 'organization', score: 8 },
      { id: 'b', score: 4 },
    ];
    expect(rankByType(tied, weight).map((result) => result.id)).toEqual(['a', 'organization', 'b']);
  });
});

describe('the file of lower-ranked pages', () => {
  it('reads back exactly the pages it marks, a bit a page', () => {
    const marked = [0, 7, 8, 9, 63, 64, 99];
    const file = encodeLowerRanked(100, marked);
    expect(file.length).toBe(13);
    const isLower = decodeLowerRanked(file);
    expect(Array.from({ length: 100 }, (_, position) => position).filter(isLower)).toEqual(marked);
    expect(isLower(1_000)).toBe(false);
  });

  it('refuses a page outside the index', () => {
    expect(() => encodeLowerRanked(10, [10])).toThrow('Page 10 is outside 0–9');
  });
});
