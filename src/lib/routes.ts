/**
 * The routes of every language: each page of the site lives in src/pages/[...lang]/, whose `lang`
 * parameter is left out for the default language (its pages at the root) and is the language's code
 * for the others (`/es/…`).
 */
import { defaultLocale, localeParam, locales, type Locale } from '../i18n/index.ts';

/** The `lang` parameter of each language, or of every language but the default. */
export function languageParams({ exceptDefault = false } = {}): { lang: string | undefined; locale: Locale }[] {
  return locales.filter((locale) => !exceptDefault || locale !== defaultLocale).map((locale) => ({ lang: localeParam(locale), locale }));
}

/** Every path of `paths` in every language. */
export function inEveryLanguage<P extends Record<string, string>>(paths: readonly { params: P }[]) {
  return languageParams().flatMap(({ lang }) => paths.map(({ params }) => ({ params: { ...params, lang } })));
}

/** The pages of a route without other parameters, one per language. */
export function everyLanguage() {
  return languageParams().map(({ lang }) => ({ params: { lang } }));
}
