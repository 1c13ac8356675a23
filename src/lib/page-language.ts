/**
 * The language of the page being rendered, from its path (src/lib/urls.ts), with its texts and its
 * URLs: what every page and component asks first.
 */
import { strings, type Locale } from '../i18n/index.ts';
import { localeOfPath, urlsFor } from './urls.ts';

export function pageLanguage(url: URL) {
  const locale = localeOfPath(url.pathname);
  return { locale, t: strings(locale), urls: urlsFor(locale) };
}

/** The language of an entry's text when it is not `locale` (an entry shown in its original), for a `lang` attribute. */
export function foreignText(entry: { text?: { lang: Locale } | undefined }, locale: Locale): Locale | undefined {
  return entry.text && entry.text.lang !== locale ? entry.text.lang : undefined;
}
