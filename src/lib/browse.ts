/** The browse dimensions (themes, scales, regions, phases): their names, values and page texts, in a language. */
import { strings, type Locale, type Strings } from '../i18n/index.ts';
import type { Term } from '../i18n/en.ts';
import { phases, regions, scales } from '../schemas/vocabularies.ts';
import type { Atlas, BrowseDimension } from './relations.ts';

/** The browse dimensions, in the order the site lists them; also their URL segments. */
export const browseDimensionIds: readonly BrowseDimension[] = ['themes', 'scales', 'regions', 'phases'];

/** One value of a dimension, in a language. */
export interface DimensionTerm extends Term {
  id: string;
}

export interface Dimension {
  id: BrowseDimension;
  /** The dimension's texts: title, intro, empty states (src/i18n/). */
  text: Strings['dimensions'][BrowseDimension];
  terms: readonly DimensionTerm[];
}

/** Every browse dimension with its values, in `locale`; themes come from content (and their translations), the others from code. */
export function dimensions(atlas: Atlas, locale: Locale): Dimension[] {
  const t = strings(locale);
  const fixed = (id: 'scales' | 'regions' | 'phases', ids: readonly string[]): Dimension => ({
    id,
    text: t.dimensions[id],
    terms: ids.map((term) => ({ id: term, ...(t.vocabularies[id] as Record<string, Term>)[term]! })),
  });
  return [
    {
      id: 'themes',
      text: t.dimensions.themes,
      terms: atlas.themes.map((theme) => ({ id: theme.id, label: theme.data.title, description: theme.data.description })),
    },
    fixed('scales', scales.ids),
    fixed('regions', regions.ids),
    fixed('phases', phases.ids),
  ];
}

export function dimension(atlas: Atlas, locale: Locale, id: BrowseDimension): Dimension {
  const found = dimensions(atlas, locale).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`Unknown browse dimension ${id}`);
  return found;
}
