/** The browse dimensions (themes, scales, regions, phases): their names, values and page texts, in a language. */
import { strings, type Locale, type Strings } from '../i18n/index.ts';
import type { Term } from '../i18n/en.ts';
import { phases, regions, scales, themeGroups, type ScaleId, type ThemeGroupId } from '../schemas/vocabularies.ts';
import type { Atlas, BrowseDimension } from './relations.ts';

/** The browse dimensions, in the order the site lists them; also their URL segments. */
export const browseDimensionIds: readonly BrowseDimension[] = ['themes', 'scales', 'regions', 'phases'];

/** One value of a dimension, in a language. */
export interface DimensionTerm extends Term {
  id: string;
  /** A theme's group (sector or approach); the fixed vocabularies have none. */
  group?: ThemeGroupId | undefined;
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
  // Groups are shown once a theme declares one; the others are then the approaches (see themeGroupOf).
  const grouped = atlas.themes.some((theme) => theme.data.group !== undefined);
  const fixed = (id: 'scales' | 'regions' | 'phases', ids: readonly string[]): Dimension => ({
    id,
    text: t.dimensions[id],
    terms: ids.map((term) => ({ id: term, ...(t.vocabularies[id] as Record<string, Term>)[term]! })),
  });
  return [
    {
      id: 'themes',
      text: t.dimensions.themes,
      terms: atlas.themes.map((theme) => ({
        id: theme.id,
        label: theme.data.title,
        description: theme.data.description,
        group: grouped ? themeGroupOf(theme.data.group) : undefined,
      })),
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

/** A theme without a group is one of the approaches: the starting themes were all ways of working. */
const themeGroupOf = (group: ThemeGroupId | undefined): ThemeGroupId => group ?? 'approach';

/** A dimension's terms in their groups (sectors, then approaches), each labelled; a dimension without groups is one unlabelled group. */
export function termGroups<T extends DimensionTerm>(
  terms: readonly T[],
  locale: Locale,
): { id: ThemeGroupId | undefined; label: string | undefined; description: string | undefined; terms: T[] }[] {
  if (!terms.some((term) => term.group)) return [{ id: undefined, label: undefined, description: undefined, terms: [...terms] }];
  const t = strings(locale);
  return themeGroups.ids
    .map((id) => ({ id, ...t.vocabularies.themeGroups[id], terms: terms.filter((term) => term.group === id) }))
    .filter((group) => group.terms.length > 0);
}

/** The solutions of a theme at one scale: the list of a theme × scale page. */
export function solutionsOfThemeAtScale(atlas: Atlas, theme: string, scale: string) {
  return atlas.browse('themes', theme).solutions.filter((solution) => solution.data.scale === scale);
}

/** The scales a theme's solutions were implemented at, in the vocabulary's order, with how many at each; none empty. */
export function scalesOfTheme(atlas: Atlas, theme: string): { scale: ScaleId; count: number }[] {
  const solutions = atlas.browse('themes', theme).solutions;
  return scales.ids
    .map((scale) => ({ scale, count: solutions.filter((solution) => solution.data.scale === scale).length }))
    .filter((entry) => entry.count > 0);
}

/** The themes of the solutions at a scale, in the themes' order, with how many of each; none empty. */
export function themesAtScale(atlas: Atlas, scale: string): { theme: string; count: number }[] {
  return atlas.themes
    .map((theme) => ({ theme: theme.id, count: solutionsOfThemeAtScale(atlas, theme.id, scale).length }))
    .filter((entry) => entry.count > 0);
}
