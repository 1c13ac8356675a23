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
