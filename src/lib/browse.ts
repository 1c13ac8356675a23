/** The browse dimensions (themes, scales, regions, phases): their names, values and page texts. */
import type { Atlas, BrowseDimension } from './relations.ts';
import { phases, regions, scales, type VocabularyTerm } from '../schemas/vocabularies.ts';

/** The browse dimensions, in the order the site lists them; also their URL segments. */
export const browseDimensionIds: readonly BrowseDimension[] = ['themes', 'scales', 'regions', 'phases'];

export interface Dimension {
  id: BrowseDimension;
  /** Page title of the index, e.g. "Scales of implementation". */
  title: string;
  /** The word for one value, e.g. "scale". */
  singular: string;
  /** One sentence for the index page. */
  intro: string;
  terms: readonly VocabularyTerm[];
}

/** Every browse dimension with its values; themes come from content, the others from code. */
export function dimensions(atlas: Atlas): Dimension[] {
  return [
    {
      id: 'themes',
      title: 'Themes',
      singular: 'theme',
      intro: 'Solutions and building blocks grouped by what they work on.',
      terms: atlas.themes.map((theme) => ({ id: theme.id, label: theme.data.title, description: theme.data.description })),
    },
    {
      id: 'scales',
      title: 'Scales of implementation',
      singular: 'scale',
      intro: 'From a single community to the whole world: where solutions were implemented.',
      terms: scales.terms,
    },
    {
      id: 'regions',
      title: 'Regions',
      singular: 'region',
      intro: 'Solutions by world region, derived from the countries where they took place.',
      terms: regions.terms,
    },
    {
      id: 'phases',
      title: 'Phases',
      singular: 'phase',
      intro: 'From planning to completion: where each solution stands.',
      terms: phases.terms,
    },
  ];
}

export function dimension(atlas: Atlas, id: BrowseDimension): Dimension {
  const found = dimensions(atlas).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`Unknown browse dimension ${id}`);
  return found;
}
