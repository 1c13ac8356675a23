/** The site in one language: translations lay their text over the original, and relations stay the same in every language. */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/relations.ts';
import { localizeAtlas, translatedData, type FindTranslation } from '../../src/lib/localize.ts';
import { loadEntries } from '../support/load-entries.ts';
import { fixtureSite } from '../support/paths.ts';

const atlas = buildAtlas(loadEntries(fixtureSite), new Date('2025-01-01T00:00:00Z'));
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

/** Spanish text for one solution and one building block of the fixture, as translation files would give it. */
const findTranslation: FindTranslation = (collection, id, locale) => {
  if (locale !== 'es') return undefined;
  if (collection === 'solutions' && id === 'valley-water-pact')
    return {
      filePath: 'content/solutions/valley-water-pact.es.mdx',
      data: {
        title: 'Pacto del agua del valle',
        summary: 'Un pacto ficticio.',
        translator: 'Ana',
        actors: [{ organization: 'river-council', contribution: 'Convocó al comité.' }],
      },
    };
  if (collection === 'building-blocks' && id === 'shared-water-committee')
    return { data: { title: 'Comité compartido del agua', summary: 'Un bloque ficticio.', enablingFactors: ['Un consejo dispuesto.'] } };
  return undefined;
};

describe('the site in one language', () => {
  const spanish = localizeAtlas(atlas, findTranslation, 'es');
  const english = localizeAtlas(atlas, findTranslation, 'en');

  it('shows a translation’s text, and says which file and translator it comes from', () => {
    const solution = spanish.solution('valley-water-pact');
    expect(solution.data.title).toBe('Pacto del agua del valle');
    expect(solution.text).toEqual({ lang: 'es', file: 'content/solutions/valley-water-pact.es.mdx', translator: 'Ana' });
    // The shared fields stay the original's.
    expect(solution.data.scale).toBe(atlas.solution('valley-water-pact').data.scale);
    expect(solution.data.actors.map((actor) => [actor.organization, actor.role, actor.contribution])).toEqual([
      ['river-council', 'lead', 'Convocó al comité.'],
      ['valley-cooperative', 'partner', undefined],
    ]);
  });

  it('shows the original of an entry with no translation, in the language it is written in', () => {
    const solution = spanish.solution('upstream-water-pact');
    expect(solution.data.title).toBe(atlas.solution('upstream-water-pact').data.title);
    expect(solution.text?.lang).toBe('en');
    expect(english.solution('valley-water-pact').data.title).toBe('Valley water pact');
    expect(english.solution('valley-water-pact').text?.lang).toBe('en');
  });

  it('keeps every relation the same in every language', () => {
    expect(ids(spanish.solutionsUsing('shared-water-committee'))).toEqual(ids(atlas.solutionsUsing('shared-water-committee')));
    expect(ids(spanish.blocksOf(spanish.solution('valley-water-pact')))).toEqual(['shared-water-committee']);
    expect(spanish.blocksOf(spanish.solution('valley-water-pact'))[0]?.data.title).toBe('Comité compartido del agua');
    expect(ids(spanish.involvementOf('river-council').solutions)).toEqual(ids(atlas.involvementOf('river-council').solutions));
    expect(ids(spanish.solutions)).toEqual(ids(atlas.solutions));
  });

  it('browses in its own language, each listing the same on every page that asks for it', () => {
    const region = atlas.solution('valley-water-pact').data.location.region;
    const inSpanish = spanish.browse('regions', region);
    expect(ids(inSpanish.solutions)).toEqual(ids(atlas.browse('regions', region).solutions));
    expect(inSpanish.solutions.find((solution) => solution.id === 'valley-water-pact')?.data.title).toBe('Pacto del agua del valle');
    expect(english.browse('regions', region).solutions.find((solution) => solution.id === 'valley-water-pact')?.data.title).toBe(
      atlas.solution('valley-water-pact').data.title,
    );
    expect(spanish.browse('regions', region)).toBe(inSpanish);
    expect(spanish.browse('regions', 'no-such-region')).toEqual({ solutions: [], buildingBlocks: [] });
  });

  it('lays a translation over the original field by field, lists item by item', () => {
    const merged = translatedData(
      { title: 'A', summary: 'S', enablingFactors: ['One', 'Two'], lessonsLearned: ['L'], themes: ['water'] },
      { title: 'Á', summary: 'Ś', enablingFactors: ['Uno', 'Dos'], translator: 'Ana' },
    );
    expect(merged).toEqual({ title: 'Á', summary: 'Ś', enablingFactors: ['Uno', 'Dos'], lessonsLearned: ['L'], themes: ['water'] });
  });
});
