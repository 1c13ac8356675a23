/**
 * The site's languages: their texts (one module per language, en.ts and es.ts, of one shape) and the
 * few helpers that put numbers, counts and names into them. The first language is the default, served
 * at today's URLs; every other is served under /<code>/. Adding a language means writing its texts
 * and adding it to `languages` below; astro.config.mjs, the routes and the content model read the list
 * from here.
 */
import { en, type NounForms } from './en.ts';
import { es } from './es.ts';
import { pluralForm } from './text.ts';

export { fill } from './text.ts';

const languages = { en, es };

export type Strings = typeof en;
export type Locale = keyof typeof languages;

/** Every language of the site, the default first. */
export const locales = Object.keys(languages) as Locale[];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in languages;
}

/** The texts of a language. */
export function strings(locale: Locale): Strings {
  return languages[locale];
}

/** The language of a route's `lang` parameter: none for the default language, its code for the others. */
export function localeOf(param: string | undefined): Locale {
  if (param === undefined) return defaultLocale;
  if (!isLocale(param)) throw new Error(`"${param}" is not a language of this site: ${locales.join(', ')}`);
  return param;
}

/** The route parameter of a language (see `localeOf`). */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/**
 * One formatter of each kind per language, made on first use: a listing page names hundreds of
 * countries and counts, and making an Intl formatter costs far more than using it.
 */
function memo<T>(make: (intl: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(strings(locale).language.intl)));
    return value;
  };
}
const numberFormat = memo((intl) => new Intl.NumberFormat(intl));
const languageNames = memo((intl) => new Intl.DisplayNames([intl], { type: 'language' }));
const regionNames = memo((intl) => new Intl.DisplayNames([intl], { type: 'region' }));

/** A number written as the language writes it: 5,000. */
export function formatNumber(locale: Locale, value: number): string {
  return numberFormat(locale).format(value);
}

/** A count with its noun: "1 solution", "3 solutions", "1 solución". */
export function counted(locale: Locale, count: number, forms: NounForms): string {
  return `${formatNumber(locale, count)} ${pluralForm(strings(locale).language.intl, count, forms)}`;
}

/** The name of a language in `locale`'s words: "Spanish", "español". */
export function languageName(locale: Locale, language: Locale): string {
  const key = `${locale}:${language}`;
  let name = displayNames.get(key);
  if (name === undefined) displayNames.set(key, (name = languageNames(locale).of(language) ?? language));
  return name;
}

/** A country's name in `locale`'s words, from its ISO 3166-1 alpha-2 code. */
export function countryName(locale: Locale, code: string): string {
  const key = `${locale}:region:${code}`;
  let name = displayNames.get(key);
  if (name === undefined) displayNames.set(key, (name = regionNames(locale).of(code) ?? code));
  return name;
}
// Every page names its languages and every card its countries, and ICU's lookup is slow next to a Map's.
const displayNames = new Map<string, string>();
