/** A place as readers see it: the place as written, and its countries when the place does not name them. */
import { countryName, type Locale } from '../i18n/index.ts';

/**
 * "Tabasco, Mexico" stays as it is; "Tabasco" becomes "Tabasco (Mexico)". A place is shared by every
 * language and written in its entry's original language (`placeLang`), so it names its countries in
 * that language's words; the countries added are in the reader's (`locale`).
 */
export function placeWithCountries(place: string, countries: readonly string[], placeLang: Locale, locale: Locale): string {
  if (countries.length === 0) return place;
  const named = (language: Locale) => countries.every((code) => place.includes(countryName(language, code)));
  if (named(placeLang) || named(locale)) return place;
  return `${place} (${countries.map((code) => countryName(locale, code)).join(', ')})`;
}
