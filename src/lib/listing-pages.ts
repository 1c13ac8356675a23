/**
 * The pages of a listing in every language: Astro's `paginate()` over the entries a listing shows, in
 * pages of `PAGE_SIZE`, so that no listing page grows with the collection. The first page is the
 * listing's own address (`/solutions/`), the next ones follow it (`/solutions/2/`).
 */
import type { PaginateFunction } from 'astro';
import { defaultLocale, type Locale } from '../i18n/index.ts';
import { getAtlas } from './atlas.ts';
import { dimension as dimensionOf } from './browse.ts';
import type { Atlas, BrowseDimension } from './relations.ts';
import { languageParams } from './routes.ts';

import { PAGE_SIZE } from './page-size.ts';

/** The paths of every page of a listing, in every language; `items` gives the entries listed in a language. */
export async function listingPages<T, P extends Record<string, string> = Record<never, string>>(
  paginate: PaginateFunction,
  items: (atlas: Atlas, locale: Locale) => readonly T[],
  params: P = {} as P,
) {
  const pages = await Promise.all(
    languageParams().map(async ({ lang, locale }) =>
      paginate([...items(await getAtlas(locale), locale)], { pageSize: PAGE_SIZE, params: { ...params, lang } }),
    ),
  );
  return pages.flat();
}

/** The title of a page of a listing: "Solutions", then "Solutions (page 2 of 9)". */
export function pageTitle(
  title: string,
  page: { currentPage: number; lastPage: number },
  pageOf: (current: number, last: number) => string,
) {
  return page.currentPage === 1 ? title : `${title} (${pageOf(page.currentPage, page.lastPage)})`;
}

/**
 * The pages of every value of a browse dimension, in every language: its solutions. (One route per
 * dimension, each under its own folder: a route whose first segments were all parameters could not be
 * told apart from the language prefix.)
 */
export async function browseValuePages(paginate: PaginateFunction, dimension: BrowseDimension) {
  const values = dimensionOf(await getAtlas(), defaultLocale, dimension).terms.map((term) => term.id);
  const pages = await Promise.all(values.map((id) => listingPages(paginate, (atlas) => atlas.browse(dimension, id).solutions, { id })));
  return pages.flat();
}

/** The countries that solutions work in, as codes, sorted. */
export const countriesOfSolutions = (atlas: Atlas) =>
  [...new Set(atlas.solutions.flatMap((solution) => solution.data.location.countries))].sort();

/** The solutions that work in a country (any of their countries), in the atlas's order. */
export function solutionsInCountry(atlas: Atlas, code: string): readonly Solution[] {
  let byCountry = solutionsByCountry.get(atlas);
  if (!byCountry) {
    byCountry = new Map();
    for (const solution of atlas.solutions) {
      for (const country of new Set(solution.data.location.countries)) {
        const list = byCountry.get(country);
        if (list) list.push(solution);
        else byCountry.set(country, [solution]);
      }
    }
    solutionsByCountry.set(atlas, byCountry);
  }
  return byCountry.get(code) ?? [];
}
type Solution = Atlas['solutions'][number];
// Each page of each country asks: one pass over the solutions per atlas, not one per page.
const solutionsByCountry = new WeakMap<Atlas, Map<string, Solution[]>>();

/** The pages of every country that solutions work in, in every language: its solutions. */
export async function countryPages(paginate: PaginateFunction) {
  const codes = countriesOfSolutions(await getAtlas());
  const pages = await Promise.all(
    codes.map((code) => listingPages(paginate, (atlas) => solutionsInCountry(atlas, code), { code: code.toLowerCase() })),
  );
  return pages.flat();
}
