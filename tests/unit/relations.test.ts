/** Relations are derived from the content, both ways, and never written twice. */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/relations.ts';
import { loadEntries } from '../support/load-entries.ts';
import { fixtureSite } from '../support/paths.ts';

const atlas = buildAtlas(loadEntries(fixtureSite), new Date('2025-01-01T00:00:00Z'));
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('relations', () => {
  it('sorts solutions newest first', () => {
    expect(ids(atlas.solutions)).toEqual(['upstream-water-pact', 'valley-water-pact']);
  });
  it('lists the solutions that use a building block', () => {
    expect(ids(atlas.solutionsUsing('shared-water-committee'))).toEqual(['upstream-water-pact', 'valley-water-pact']);
  });
  it('derives "inspired" from "inspiredBy"', () => {
    expect(ids(atlas.inspiredBy(atlas.solution('upstream-water-pact')))).toEqual(['valley-water-pact']);
    expect(ids(atlas.solutionsInspiredBy('valley-water-pact'))).toEqual(['upstream-water-pact']);
    expect(ids(atlas.solutionsInspiredBy('upstream-water-pact'))).toEqual([]);
  });
  it('links stories to the solutions and building blocks that inspired them', () => {
    expect(ids(atlas.storiesInspiredBy('solutions', 'valley-water-pact'))).toEqual(['how-we-copied-the-committee']);
    expect(ids(atlas.storiesInspiredBy('building-blocks', 'shared-water-committee'))).toEqual(['how-we-copied-the-committee']);
    expect(ids(atlas.storiesInspiredBy('solutions', 'upstream-water-pact'))).toEqual([]);
  });
  it('ranks related solutions by shared building blocks and themes', () => {
    expect(ids(atlas.relatedSolutions(atlas.solution('valley-water-pact')))).toEqual(['upstream-water-pact']);
  });
  it('ranks related solutions by shared blocks (2 points) and themes (1), the newer first on a tie, never the solution itself', () => {
    const base = loadEntries(fixtureSite);
    const template = base.solutions[0]!;
    const solution = (id: string, published: string, buildingBlocks: string[], themes: string[]) => ({
      ...template,
      id,
      data: { ...template.data, title: id, published, buildingBlocks, themes },
    });
    const ranked = buildAtlas(
      {
        ...base,
        solutions: [
          solution('subject', '2024-01-01', ['block-a', 'block-b'], ['water', 'food']),
          solution('one-block', '2020-01-01', ['block-a'], []),
          solution('two-themes-older', '2021-01-01', ['block-z'], ['water', 'food']),
          solution('two-themes-newer', '2023-01-01', [], ['food', 'water']),
          solution('block-and-theme', '2019-01-01', ['block-b'], ['water']),
          solution('one-theme', '2025-01-01', [], ['food']),
          solution('nothing-shared', '2025-06-01', ['block-z'], ['forests']),
        ],
      },
      new Date('2025-01-01T00:00:00Z'),
    );
    expect(ids(ranked.relatedSolutions(ranked.solution('subject'), 10))).toEqual([
      'block-and-theme',
      'two-themes-newer',
      'two-themes-older',
      'one-block',
      'one-theme',
    ]);
    expect(ids(ranked.relatedSolutions(ranked.solution('subject')))).toEqual(['block-and-theme', 'two-themes-newer', 'two-themes-older']);
  });
  it('ranks related solutions as scoring every pair would, on random sites', () => {
    const base = loadEntries(fixtureSite);
    const template = base.solutions[0]!;
    let seed = 11;
    const next = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    for (let site = 0; site < 20; site++) {
      const solutions = Array.from({ length: 40 }, (_, index) => ({
        ...template,
        id: `s${index}`,
        data: {
          ...template.data,
          title: `s${index}`,
          published: `20${10 + next(15)}-0${1 + next(9)}-1${next(10)}`,
          buildingBlocks: [...new Set(Array.from({ length: 1 + next(2) }, () => `b${next(8)}`))],
          themes: [...new Set(Array.from({ length: 1 + next(3) }, () => `t${next(5)}`))],
        },
      }));
      const ranked = buildAtlas({ ...base, solutions }, new Date('2025-01-01T00:00:00Z'));
      const order = ids(ranked.solutions);
      for (const subject of ranked.solutions) {
        const shared = (mine: string[], theirs: string[]) => theirs.filter((id) => mine.includes(id)).length;
        const expected = ranked.solutions
          .filter((other) => other.id !== subject.id)
          .map((other) => ({
            id: other.id,
            score: 2 * shared(subject.data.buildingBlocks, other.data.buildingBlocks) + shared(subject.data.themes, other.data.themes),
          }))
          .filter(({ score }) => score > 0)
          .sort((a, b) => b.score - a.score || order.indexOf(a.id) - order.indexOf(b.id))
          .slice(0, 3)
          .map(({ id }) => id);
        expect(ids(ranked.relatedSolutions(subject)), `site ${site}, ${subject.id}`).toEqual(expected);
        // Asked again (each language's page asks), the same answer.
        expect(ids(ranked.relatedSolutions(subject)), `site ${site}, ${subject.id}, again`).toEqual(expected);
        expect(ids(ranked.relatedSolutions(subject, 1)), `site ${site}, ${subject.id}, one`).toEqual(expected.slice(0, 1));
      }
    }
  });
  it('gathers everything an organization takes part in', () => {
    const involvement = atlas.involvementOf('river-council');
    expect(ids(involvement.solutions)).toEqual(['valley-water-pact']);
    expect(ids(involvement.buildingBlocks)).toEqual(['shared-water-committee']);
    expect(ids(involvement.events)).toEqual(['future-field-visit']);
    expect(ids(involvement.news)).toEqual(['pact-signed']);
    expect(ids(atlas.involvementOf('valley-cooperative').stories)).toEqual(['how-we-copied-the-committee']);
  });
  it('splits events into upcoming and past from the build date', () => {
    expect(ids(atlas.upcomingEvents)).toEqual(['future-field-visit']);
    expect(ids(atlas.pastEvents)).toEqual(['old-webinar']);
    const later = buildAtlas(loadEntries(fixtureSite), new Date('2100-01-01T00:00:00Z'));
    expect(ids(later.upcomingEvents)).toEqual([]);
  });
  it('indexes browse pages by theme, scale, region and phase', () => {
    expect(ids(atlas.browse('themes', 'food-security').solutions)).toEqual(['valley-water-pact']);
    expect(ids(atlas.browse('scales', 'local').solutions)).toEqual(['upstream-water-pact', 'valley-water-pact']);
    expect(ids(atlas.browse('regions', 'africa').solutions)).toHaveLength(2);
    expect(ids(atlas.browse('regions', 'africa').buildingBlocks)).toEqual(['shared-water-committee']);
    expect(ids(atlas.browse('phases', 'implementation').solutions)).toEqual(['valley-water-pact']);
    expect(atlas.browse('phases', 'completed').solutions).toEqual([]);
  });
  it('leaves drafts out unless asked', () => {
    expect(ids(atlas.solutions)).not.toContain('unfinished-draft');
    const withDrafts = buildAtlas(loadEntries(fixtureSite, { includeDrafts: true }), new Date());
    expect(ids(withDrafts.solutions)).toContain('unfinished-draft');
  });
  it('throws a clear error for a reference the validator would have refused', () => {
    expect(() => atlas.organization('nobody')).toThrow('Unknown organization "nobody": run npm run validate');
  });
});
